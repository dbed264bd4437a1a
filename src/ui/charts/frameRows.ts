/**
 * What recharts still needs to see of a drawing once the series are drawn as plain paths: a few
 * rows of chart data that give its axes their extent and its tooltip the x positions to stop at,
 * the legend's entries, and, for a hovered x, the value of every named line there.
 */
import type { LegendPayload } from 'recharts';
import type { LinePoint } from '../../core/compare/chartSeries';
import { type ChartDrawing, type DrawnLine, TEST_DASH } from './chartDrawing';

/**
 * One row of the chart's data. `x` is an x the tooltip can stop at (the x-axis' extent comes from
 * these); `tip` repeats it for the hidden line that makes the tooltip show; the first row also
 * carries `yExtent`, the lowest and highest drawn values, for the y-axis' 'auto' domain.
 */
export interface FrameRow {
  readonly x: number;
  readonly tip: number;
  readonly yExtent?: readonly [number, number];
}

/** The sorted distinct values of `values`. */
function sortedDistinct(values: Float64Array): Float64Array {
  values.sort();
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[count - 1]) values[count++] = values[i] as number;
  }
  return values.subarray(0, count);
}

/** At most `maxCount` of the sorted `values`, evenly spread, the first and the last always kept. */
function spread(values: Float64Array, maxCount: number): number[] {
  if (values.length <= maxCount) return Array.from(values);
  const step = (values.length - 1) / (Math.max(2, maxCount) - 1);
  const picked: number[] = [];
  for (let k = 0; k * step <= values.length - 1 + 1e-9; k++)
    picked.push(values[Math.round(k * step)] as number);
  return picked;
}

/**
 * The chart data rows of a drawing: the x positions of its named lines, at most `maxRows` of them,
 * always including the lowest and highest x of anything drawn (the x-axis' extent), and the drawn
 * values' extent on the first row. Empty before the first point.
 */
export function frameRows(drawing: ChartDrawing, maxRows: number): FrameRow[] {
  const named = drawing.lines.filter((line) => line.isNamed);
  const xs = new Float64Array(
    named.reduce((count, line) => count + line.points.length, 0) +
      2 * (drawing.lines.length + drawing.bands.length),
  );
  let count = 0;
  let yLow = Number.POSITIVE_INFINITY;
  let yHigh = Number.NEGATIVE_INFINITY;
  const see = (value: number): void => {
    if (!Number.isFinite(value)) return;
    yLow = Math.min(yLow, value);
    yHigh = Math.max(yHigh, value);
  };
  const addEnds = (points: readonly { readonly x: number }[]): void => {
    const first = points[0];
    const last = points[points.length - 1];
    if (first) xs[count++] = first.x;
    if (last) xs[count++] = last.x;
  };
  for (const line of named) for (const point of line.points) xs[count++] = point.x;
  for (const line of drawing.lines) {
    addEnds(line.points);
    for (const point of line.points) see(point.y);
  }
  for (const band of drawing.bands) {
    addEnds(band.points);
    for (const point of band.points) {
      see(point.range[0]);
      see(point.range[1]);
    }
  }
  const finite = xs.subarray(0, count).filter(Number.isFinite);
  const anchors = spread(sortedDistinct(finite), maxRows);
  return anchors.map(
    (x, index): FrameRow =>
      index === 0 && yLow <= yHigh ? { x, tip: x, yExtent: [yLow, yHigh] } : { x, tip: x },
  );
}

/** The point of ascending `points` nearest to `x`, or null when x lies outside the line's span. */
export function pointNear(points: readonly LinePoint[], x: number): LinePoint | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || x < first.x || x > last.x) return null;
  let low = 0;
  let high = points.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((points[middle] as LinePoint).x <= x) low = middle;
    else high = middle;
  }
  const before = points[low] as LinePoint;
  const after = points[high] as LinePoint;
  return x - before.x <= after.x - x ? before : after;
}

/** A named line's value at a hovered x, for the tooltip. */
export interface TooltipValue {
  readonly line: DrawnLine;
  /** Where the line's nearest drawn point is. */
  readonly x: number;
  readonly y: number;
}

/** The value of every named line at `x`, in the legend's order; lines that do not reach x, or have a gap there, are left out. */
export function valuesAt(drawing: ChartDrawing, x: number): TooltipValue[] {
  const byName = new Map(drawing.lines.map((line) => [line.name, line]));
  return drawing.legendNames.flatMap((name) => {
    const line = byName.get(name);
    const point = line ? pointNear(line.points, x) : null;
    return line && point && Number.isFinite(point.y) ? [{ line, x: point.x, y: point.y }] : [];
  });
}

/** The legend's entries in the drawing's legend order, each with its line's colour and dash. */
export function legendEntries(drawing: ChartDrawing): LegendPayload[] {
  const byName = new Map(drawing.lines.map((line) => [line.name, line]));
  return drawing.legendNames.map((name) => {
    const line = byName.get(name);
    return {
      value: name,
      type: 'plainline',
      color: line?.colour ?? '',
      payload: line?.isDashed ? { strokeDasharray: TEST_DASH } : {},
    };
  });
}
