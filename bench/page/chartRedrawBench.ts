/**
 * The page `bench:charts` times chart redraws on (bench/page/charts.html; never part of the
 * app's build), away from training: the app's two live charts
 * (Loss, Accuracy) fed a synthetic race, in real Chromium layout. `window.__chartBench.redraw(i)`
 * appends one epoch to every run and redraws chart i alone, synchronously, then forces style and
 * layout, and returns the milliseconds it took: the cost of one chart redraw as the app pays it
 * (each chart redraws in its own task there). The race comes from the fragment:
 * `#variants=4&seeds=3&epochs=300&smooth=0.6`.
 */
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { DEFAULT_CHART_OPTIONS } from '../../src/core/chart/chartOptions';
import type { CurveSource } from '../../src/core/chart/chartSeries';
import { type MetricColumnsLike, MetricHistory } from '../../src/core/run/metricHistory';
import { ComparisonChart } from '../../src/ui/charts/ComparisonChart';

/** What the bench script calls. */
export interface ChartBenchPage {
  /** Appends an epoch to every run, redraws chart `index` (0 Loss, 1 Accuracy); ms taken. */
  redraw(index: number): number;
  /** The drawn paths' data of chart `index`, to check that a redraw really drew. */
  pathData(index: number): string[];
  /** Redraws both charts `count` times each, a frame apart, so that caches and the JIT are warm. */
  warmUp(count: number): Promise<void>;
}

const settings = new URLSearchParams(location.hash.slice(1));
const setting = (name: string, fallback: number): number => Number(settings.get(name) ?? fallback);
const variantCount = setting('variants', 1);
const seedCount = setting('seeds', 1);
const startEpochs = setting('epochs', 300);
const options = { ...DEFAULT_CHART_OPTIONS, smoothing: setting('smooth', 0) };

/** A fixed pseudo-random sequence (a linear congruential generator): the same noisy curves every time. */
let lcgState = 12345;
const noise = (): number => {
  lcgState = (Math.imul(lcgState, 1664525) + 1013904223) >>> 0;
  return lcgState / 2 ** 32 - 0.5;
};

/** One epoch of a run that learns at `speed`: falling, noisy loss and the accuracy that mirrors it. */
function epochOf(epoch: number, speed: number): MetricColumnsLike {
  const loss = 0.7 * Math.exp(-speed * epoch) + 0.02 + 0.03 * noise();
  return {
    epoch: [epoch],
    trainLoss: [loss],
    testLoss: [loss * 1.1 + 0.02 * noise()],
    trainAccuracy: [1 - loss],
    testAccuracy: [0.97 - loss + 0.02 * noise()],
    elapsedMs: [epoch * 40],
  };
}

const runs = Array.from({ length: variantCount }, () =>
  Array.from({ length: seedCount }, () => new MetricHistory()),
);
const speedOf = (variant: number, seed: number): number => 0.002 * (1 + variant) * (1 + 0.1 * seed);
let epochs = 0;
function growAll(): void {
  epochs += 1;
  runs.forEach((seeds, variant) => {
    seeds.forEach((history, seed) => {
      history.append(epochOf(epochs, speedOf(variant, seed)));
    });
  });
}
for (let i = 0; i < startEpochs; i++) growAll();

const curves: CurveSource[] = runs.map((histories, variantIndex) => ({
  variantIndex,
  label: `${String.fromCharCode(65 + variantIndex)} · variant`,
  histories,
  trainingSetSize: 400,
}));

const redrawers: Array<() => void> = [];
const CHARTS = [
  { title: 'Loss', trainKey: 'trainLoss', testKey: 'testLoss', isPercent: false },
  { title: 'Accuracy', trainKey: 'trainAccuracy', testKey: 'testAccuracy', isPercent: true },
] as const;

/** One chart with its own version, as each live chart has its own throttled clock in the app. */
function BenchChart({ index }: { readonly index: number }) {
  const [version, setVersion] = useState(0);
  redrawers[index] = () => setVersion((previous) => previous + 1);
  const chart = CHARTS[index] ?? CHARTS[0];
  return createElement(ComparisonChart, { ...chart, curves, ghost: null, options, version });
}

const host = document.getElementById('charts') as HTMLElement;
createRoot(host).render(CHARTS.map((_, index) => createElement(BenchChart, { key: index, index })));

const page: ChartBenchPage = {
  redraw(index) {
    const startMs = performance.now();
    growAll();
    flushSync(() => redrawers[index]?.());
    host.getBoundingClientRect();
    return performance.now() - startMs;
  },
  async warmUp(count) {
    for (let i = 0; i < 2 * count; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      page.redraw(i % 2);
    }
  },
  pathData: (index) =>
    [...(host.children[index]?.querySelectorAll('path.recharts-line-curve') ?? [])].map(
      (path) => path.getAttribute('d') ?? '',
    ),
};
(window as unknown as { __chartBench: ChartBenchPage }).__chartBench = page;
