import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartDrawing, KEY_COLOUR, raceLegendEntries, TEST_DASH } from '../../core/chart/chartDrawing';
import { type ChartOptions, DEFAULT_CHART_OPTIONS } from '../../core/chart/chartOptions';
import type { CurveSource } from '../../core/chart/chartSeries';
import { drawingExtent, legendEntries, pointNear, tooltipX, valuesAt } from '../../core/chart/drawingReadout';
import { createLatestValue } from '../../core/chart/latestValue';
import { MetricHistory } from '../../core/run/metricHistory';
import { SERIES_COLOURS, VARIANT_COLOURS } from '../theme';
import { ChartOptionsBar } from './ChartOptionsBar';
import { CHART_PALETTE, ComparisonChart, MAX_POINTS_PER_LINE } from './ComparisonChart';

const LOSS = { trainKey: 'trainLoss', testKey: 'testLoss' } as const;
const ACCURACY = { trainKey: 'trainAccuracy', testKey: 'testAccuracy' } as const;

/** A seed's run of `epochs` epochs whose loss falls at `speed`, offset by the seed. */
function run(epochs: number, speed: number, seed: number): MetricHistory {
  const history = new MetricHistory();
  const epoch = Array.from({ length: epochs }, (_, i) => i + 1);
  const loss = epoch.map((e) => Math.exp(-speed * e) + 0.01 * seed);
  history.append({
    epoch,
    trainLoss: loss,
    testLoss: loss.map((value) => value * 1.2),
    trainAccuracy: loss.map((value) => 1 - value),
    testAccuracy: loss.map((value) => 0.95 - value),
    elapsedMs: epoch.map((e) => e * 50),
  });
  return history;
}

const seeds = (speed: number): MetricHistory[] => [1, 2, 3].map((seed) => run(40, speed, seed));

const TWO_VARIANTS: CurveSource[] = [
  { variantIndex: 0, label: 'A · SGD', histories: seeds(0.05), trainingSetSize: 400 },
  { variantIndex: 1, label: 'B · Adam', histories: seeds(0.2), trainingSetSize: 400 },
];

const ONE_RUN: CurveSource[] = [
  { variantIndex: 0, label: 'A · SGD', histories: [run(10, 0.1, 0)], trainingSetSize: 400 },
];

const smoothed: ChartOptions = { ...DEFAULT_CHART_OPTIONS, smoothing: 0.6 };

describe('comparison chart drawing', () => {
  it('names every line of two variants by variant and split, one colour per variant, tests dashed', () => {
    const drawing = chartDrawing(
      TWO_VARIANTS,
      run(5, 0.1, 0),
      LOSS,
      smoothed,
      MAX_POINTS_PER_LINE,
      CHART_PALETTE,
    );
    expect(drawing.legendNames).toEqual(['A · SGD train', 'A · SGD test', 'B · Adam train', 'B · Adam test']);
    const means = drawing.lines.filter((line) => line.role === 'mean');
    expect(means.map((line) => [line.name, line.colour, line.isDashed])).toEqual([
      ['A · SGD train', VARIANT_COLOURS[0], false],
      ['A · SGD test', VARIANT_COLOURS[0], true],
      ['B · Adam train', VARIANT_COLOURS[1], false],
      ['B · Adam test', VARIANT_COLOURS[1], true],
    ]);
    // Beside several variants the previous single run is left out.
    expect(drawing.lines.some((line) => line.role === 'previous')).toBe(false);
    expect(drawing.bands.map((band) => band.colour)).toEqual([
      VARIANT_COLOURS[0],
      VARIANT_COLOURS[0],
      VARIANT_COLOURS[1],
      VARIANT_COLOURS[1],
    ]);
    const raw = drawing.lines.filter((line) => line.role === 'raw');
    expect(raw).toHaveLength(4);
    expect(raw.every((line) => !line.isNamed)).toBe(true);
    // Faint lines are drawn first, so that the means lie on top.
    expect(drawing.lines.at(-1)?.role).toBe('mean');
    expect(new Set(drawing.lines.map((line) => line.name)).size).toBe(drawing.lines.length);
  });

  it('gives four variants four distinct colours', () => {
    expect(new Set(VARIANT_COLOURS).size).toBe(4);
    const four = [0, 1, 2, 3].map((variantIndex) => ({ ...TWO_VARIANTS[0], variantIndex }) as CurveSource);
    const drawing = chartDrawing(four, null, LOSS, DEFAULT_CHART_OPTIONS, MAX_POINTS_PER_LINE, CHART_PALETTE);
    const colours = drawing.lines.filter((line) => line.role === 'mean').map((line) => line.colour);
    expect(new Set(colours).size).toBe(4);
  });

  it('draws one run as the one-run chart did: blue train, dashed orange test, the previous run faint', () => {
    const drawing = chartDrawing(
      ONE_RUN,
      run(8, 0.05, 0),
      LOSS,
      DEFAULT_CHART_OPTIONS,
      MAX_POINTS_PER_LINE,
      CHART_PALETTE,
    );
    expect(drawing.legendNames).toEqual(['Train', 'Test', 'Train (previous)', 'Test (previous)']);
    expect(drawing.lines.map((line) => [line.name, line.role, line.colour, line.isDashed])).toEqual([
      ['Train (previous)', 'previous', SERIES_COLOURS.train, false],
      ['Test (previous)', 'previous', SERIES_COLOURS.test, true],
      ['Train', 'mean', SERIES_COLOURS.train, false],
      ['Test', 'mean', SERIES_COLOURS.test, true],
    ]);
    expect(drawing.bands).toEqual([]);
    expect(drawing.lines.find((line) => line.name === 'Train (previous)')?.points).toHaveLength(8);
  });

  it('puts the loss on a log axis when asked, and keeps accuracy linear', () => {
    const onLog = { ...DEFAULT_CHART_OPTIONS, isLogScale: true };
    const loss = chartDrawing(TWO_VARIANTS, null, LOSS, onLog, MAX_POINTS_PER_LINE, CHART_PALETTE);
    expect(loss.yLog?.domain[0]).toBeGreaterThan(0);
    const lowest = Math.min(...loss.lines.flatMap((line) => line.points.map((point) => point.y)));
    expect(loss.yLog?.domain[0]).toBeLessThanOrEqual(lowest);
    expect(
      chartDrawing(TWO_VARIANTS, null, ACCURACY, onLog, MAX_POINTS_PER_LINE, CHART_PALETTE).yLog,
    ).toBeNull();
  });
});

describe('what the frame around the series sees of a drawing', () => {
  const drawing = chartDrawing(TWO_VARIANTS, null, LOSS, smoothed, MAX_POINTS_PER_LINE, CHART_PALETTE);
  const drawnYs = [
    ...drawing.lines.flatMap((line) => line.points.map((point) => point.y)),
    ...drawing.bands.flatMap((band) => band.points.flatMap((point) => [...point.range])),
  ];

  it("gives a single run's legend every named line in order, the previous run's faint", () => {
    expect(legendEntries(drawing)).toEqual([]);
    const oneRun = chartDrawing(
      ONE_RUN,
      run(8, 0.05, 0),
      LOSS,
      DEFAULT_CHART_OPTIONS,
      MAX_POINTS_PER_LINE,
      CHART_PALETTE,
    );
    expect(
      legendEntries(oneRun).map((entry) => [entry.name, entry.colour, entry.swatch, entry.isFaint]),
    ).toEqual([
      ['Train', SERIES_COLOURS.train, 'solid', false],
      ['Test', SERIES_COLOURS.test, 'dashed', false],
      ['Train (previous)', SERIES_COLOURS.train, 'solid', true],
      ['Test (previous)', SERIES_COLOURS.test, 'dashed', true],
    ]);
  });

  it('gives a race one shared legend: each variant once in its colour, then the train and test key', () => {
    expect(raceLegendEntries(['A · SGD', 'B · Adam'], CHART_PALETTE)).toEqual([
      { name: 'A · SGD', colour: VARIANT_COLOURS[0], swatch: 'pair', isFaint: false },
      { name: 'B · Adam', colour: VARIANT_COLOURS[1], swatch: 'pair', isFaint: false },
      { name: 'train', colour: KEY_COLOUR, swatch: 'solid', isFaint: false },
      { name: 'test', colour: KEY_COLOUR, swatch: 'dashed', isFaint: false },
    ]);
  });

  it('measures how far everything drawn reaches: x to the last epoch, y over lines and bands', () => {
    const extent = drawingExtent(drawing);
    expect(extent.xHigh).toBe(40);
    expect(extent.yLow).toBe(Math.min(...drawnYs));
    expect(extent.yHigh).toBe(Math.max(...drawnYs));
    // The bands reach below every mean: the extent must come from them too.
    const meanYs = drawing.lines.flatMap((line) => line.points.map((point) => point.y));
    expect(extent.yLow).toBeLessThan(Math.min(...meanYs));
  });

  it('has no extent before the first epoch', () => {
    const empty = [{ ...TWO_VARIANTS[0], histories: [new MetricHistory()] } as CurveSource];
    const extent = drawingExtent(
      chartDrawing(empty, null, LOSS, smoothed, MAX_POINTS_PER_LINE, CHART_PALETTE),
    );
    expect([extent.xHigh, extent.yLow, extent.yHigh]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });

  it('reads the latest values when hovered past the end of every curve, where the axis runs on', () => {
    expect(tooltipX(drawing, 20)).toBe(20);
    expect(tooltipX(drawing, 55)).toBe(40);
    expect(valuesAt(drawing, tooltipX(drawing, 55)).map((value) => value.x)).toEqual([40, 40, 40, 40]);
  });

  it('finds the nearest drawn point of a line, and none beyond its ends', () => {
    const points = [0, 2, 5].map((x) => ({ x, y: x * 10 }));
    expect(pointNear(points, 1.2)).toEqual({ x: 2, y: 20 });
    expect(pointNear(points, 0.9)).toEqual({ x: 0, y: 0 });
    expect(pointNear(points, 5)).toEqual({ x: 5, y: 50 });
    expect(pointNear(points, 5.1)).toBeNull();
    expect(pointNear([], 1)).toBeNull();
  });

  it('tells the tooltip each named line’s value at a hovered x, in legend order, gaps left out', () => {
    const values = valuesAt(drawing, 20);
    expect(values.map((value) => value.line.name)).toEqual(drawing.legendNames);
    const trainA = drawing.lines.find((line) => line.name === 'A · SGD train');
    expect(values[0]).toEqual({ line: trainA, x: 20, y: trainA?.points.find((point) => point.x === 20)?.y });
    const broken = {
      ...drawing,
      lines: drawing.lines.map((line) => ({
        ...line,
        points: line.points.map((point) => ({ ...point, y: Number.NaN })),
      })),
    };
    expect(valuesAt(broken, 20)).toEqual([]);
    expect(valuesAt(drawing, 41)).toEqual([]);
  });

  it('hands a new drawing to its readers once, and only when it changed', () => {
    const shown = createLatestValue(1);
    const seen: number[] = [];
    const unsubscribe = shown.subscribe(() => seen.push(shown.get()));
    shown.set(2);
    shown.set(2);
    unsubscribe();
    shown.set(3);
    expect(seen).toEqual([2]);
    expect(shown.get()).toBe(3);
  });
});

describe('comparison chart markup', () => {
  const render = (curves: readonly CurveSource[], isPercent: boolean) =>
    renderToStaticMarkup(
      createElement(ComparisonChart, {
        title: isPercent ? 'Accuracy' : 'Loss',
        trainKey: isPercent ? 'trainAccuracy' : 'trainLoss',
        testKey: isPercent ? 'testAccuracy' : 'testLoss',
        isPercent,
        curves,
        ghost: null,
        options: smoothed,
        version: 1,
        fixedSize: { width: 480, height: 240 },
      }),
    );

  it('speaks for the drawing with a table of each variant’s latest means over its seeds', () => {
    const html = render(TWO_VARIANTS, true);
    expect(html).toContain('<caption>Accuracy: latest values, mean of 3 seeds</caption>');
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th>(.*?)<\/tr>/g)];
    expect(rows.map((row) => row[1])).toEqual(['A · SGD', 'B · Adam']);
    // Seeds 1-3 add 0.01-0.03 to the loss: their mean adds 0.02.
    const trainA = (1 - (Math.exp(-0.05 * 40) + 0.02)) * 100;
    expect(rows[0]?.[2]).toBe(
      `<td>40</td><td>${trainA.toFixed(1)}%</td><td>${(trainA - 5).toFixed(1)}%</td>`,
    );
  });

  it('names every line in a legend beside the drawing, test lines dashed, before the drawing itself mounts', () => {
    const html = render(ONE_RUN, false);
    const items = [...html.matchAll(/<li class="chart-legend-item"[^>]*>(.*?)<\/li>/g)].map(
      (item) => item[1] ?? '',
    );
    expect(items.map((item) => /<span class="chart-legend-name">([^<]+)</.exec(item)?.[1])).toEqual([
      'Train',
      'Test',
    ]);
    expect(items.map((item) => item.includes(`stroke-dasharray="${TEST_DASH}"`))).toEqual([false, true]);
    expect(items[0]).toContain(`stroke="${SERIES_COLOURS.train}"`);
    expect(items[1]).toContain(`stroke="${SERIES_COLOURS.test}"`);
    // The drawing waits for its turn (a later task), so a server render has none.
    expect(html).not.toContain('recharts-surface');
  });

  it("leaves a race's legend to the one both charts share", () => {
    expect(render(TWO_VARIANTS, false)).not.toContain('chart-legend');
  });

  it('keeps the one-run table of Train and Test rows', () => {
    const html = render(ONE_RUN, false);
    expect(html).toContain('<th scope="row">Train</th>');
    expect(html).toContain('<th scope="row">Test</th>');
    expect(html).toContain('<caption>Loss: latest values</caption>');
  });
});

describe('chart options bar', () => {
  const render = (options: ChartOptions, disabled = false) =>
    renderToStaticMarkup(createElement(ChartOptionsBar, { options, onChange: () => undefined, disabled }));

  it('labels the x-axis choice, the smoothing slider with its value, and the log-scale box', () => {
    const html = render({ xAxis: 'time', smoothing: 0.6, isLogScale: true });
    expect(html).toMatch(/<label for="([^"]+)">X-axis<\/label><select id="\1"/);
    expect(html).toContain('<option value="examples">Examples seen</option>');
    expect(html).toMatch(/<option value="time" selected="">Wall-clock time<\/option>/);
    expect(html).toMatch(/<label for="([^"]+)">Smoothing<\/label><span[^>]*><input id="\1" type="range"/);
    expect(html).toContain('aria-valuetext="0.60"');
    expect(html).toMatch(
      /<input id="([^"]+)" type="checkbox" checked=""\/><label for="\1"[^>]*>Log scale \(loss\)/,
    );
    expect(render(DEFAULT_CHART_OPTIONS)).toContain('aria-valuetext="off"');
  });

  it('locks every control at once when disabled', () => {
    expect(render(DEFAULT_CHART_OPTIONS, true)).toMatch(/^<fieldset class="chart-options" disabled="">/);
    expect(render(DEFAULT_CHART_OPTIONS)).toMatch(/^<fieldset class="chart-options">/);
  });
});
