/**
 * The redraw part of `bench:charts`: builds the chart bench page (bench/page/charts.html,
 * bench/page/chartRedrawBench.ts) and times single chart redraws on it, away from training, so
 * that the figure is the charts' own cost: JavaScript, style and layout of one redraw.
 */
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';

/** A synthetic race to redraw. */
export interface RedrawCase {
  readonly variants: number;
  readonly seeds: number;
  readonly smoothing: number;
}

/** Milliseconds per redraw of one chart. */
export interface RedrawTimes {
  /** Wall time, as the page's clock sees it: longer when other processes take the CPU. */
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly maxMs: number;
  /**
   * Main-thread CPU time of the measured stretch per redraw (paint included): close to what the
   * wall time would be on an idle machine.
   */
  readonly cpuMs: number;
}

/** What the page offers (bench/page/chartRedrawBench.ts). */
interface ChartBenchPage {
  redraw(index: number): number;
  pathData(index: number): string[];
}

/** Epochs every run has when timing starts: a few hundred, so that lines are at their full point count. */
const START_EPOCHS = 600;
const WARMUP_REDRAWS = 20;

/** Builds the bench page of the sources under `rootDir` into `outDir`; returns the page's path inside it. */
export async function buildRedrawPage(rootDir: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: rootDir,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(rootDir, 'bench', 'page', 'charts.html') },
    },
  });
  return 'bench/page/charts.html';
}

const quantile = (sorted: readonly number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;

/**
 * Opens the page on `redrawCase` and times `count` redraws after a warm-up, alternating between
 * the two charts with a frame between them (as the app's redraws are apart). Throws when a redraw
 * does not change the drawing synchronously: its time would then miss part of the work.
 */
export async function timeRedraws(
  browser: Browser,
  pageUrl: string,
  redrawCase: RedrawCase,
  count: number,
): Promise<RedrawTimes> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const { variants, seeds, smoothing } = redrawCase;
    await page.goto(
      `${pageUrl}#variants=${variants}&seeds=${seeds}&epochs=${START_EPOCHS}&smooth=${smoothing}`,
    );
    await page.waitForFunction(() => {
      const bench = (window as unknown as { __chartBench?: ChartBenchPage }).__chartBench;
      return bench !== undefined && bench.pathData(0).length > 0 && bench.pathData(1).length > 0;
    });
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuSeconds = async (): Promise<number> => {
      const { metrics } = await session.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
    };
    const hasDrawn = await page.evaluate(`(async () => {
      const bench = window.__chartBench;
      const before = bench.pathData(0).join();
      bench.redraw(0);
      const hasDrawn = bench.pathData(0).join() !== before;
      await bench.warmUp(${WARMUP_REDRAWS});
      return hasDrawn;
    })()`);
    if (!hasDrawn) throw new Error('a redraw left the drawing unchanged: the page cannot time it');
    const startCpu = await cpuSeconds();
    // Text, not a function: tsx would wrap the inner functions in a helper the page lacks.
    const times = (await page.evaluate(`(async () => {
      const bench = window.__chartBench;
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const result = [];
      for (let i = 0; i < ${count}; i++) {
        await nextFrame();
        result.push(bench.redraw(i % 2));
      }
      await nextFrame();
      return result;
    })()`)) as number[];
    const cpuMs = ((await cpuSeconds()) - startCpu) * 1000;
    const sorted = [...times].sort((a, b) => a - b);
    return {
      medianMs: quantile(sorted, 0.5),
      p90Ms: quantile(sorted, 0.9),
      maxMs: sorted.at(-1) ?? Number.NaN,
      cpuMs: cpuMs / count,
    };
  } finally {
    await page.close();
  }
}
