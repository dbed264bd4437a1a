/**
 * What the frame around the series needs to know of a drawing: how far it reaches (for the axes,
 * see chartAxes.ts), the legend's entries, and, for a hovered x, the value of every named line there.
 */
import type { ChartDrawing, DrawnLine, LegendEntry } from './chartDrawing';
import type { LinePoint } from './chartSeries';

/** How far a drawing reaches: its highest x and its lowest and highest finite y (NaN when nothing is drawn). */
export interface DrawingExtent {
  readonly xHigh: number;
  readonly yLow: number;
  readonly yHigh: number;
}

/** The extent of everything a drawing draws: lines and bands, gaps ignored. */
export function drawingExtent(drawing: ChartDrawing): DrawingExtent {
  let xHigh = Number.NEGATIVE_INFINITY;
  let yLow = Number.POSITIVE_INFINITY;
  let yHigh = Number.NEGATIVE_INFINITY;
  const seeY = (value: number): void => {
    if (!Number.isFinite(value)) return;
    yLow = Math.min(yLow, value);
    yHigh = Math.max(yHigh, value);
  };
  // Points are in ascending x: the last one of each line or band is its highest.
  const seeLastX = (points: readonly { readonly x: number }[]): void => {
    const last = points[points.length - 1];
    if (last && Number.isFinite(last.x)) xHigh = Math.max(xHigh, last.x);
  };
  for (const line of drawing.lines) {
    seeLastX(line.points);
    for (const point of line.points) seeY(point.y);
  }
  for (const band of drawing.bands) {
    seeLastX(band.points);
    for (const point of band.points) {
      seeY(point.range[0]);
      seeY(point.range[1]);
    }
  }
  const orNaN = (value: number): number => (Number.isFinite(value) ? value : Number.NaN);
  return { xHigh: orNaN(xHigh), yLow: orNaN(yLow), yHigh: orNaN(yHigh) };
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

/**
 * Where the tooltip reads a drawing when `x` is hovered: x itself, or, past the end of every curve
 * (the x-axis runs on to a round tick), the last x drawn, so that the latest values show there.
 */
export function tooltipX(drawing: ChartDrawing, x: number): number {
  const ends = drawing.lines
    .filter((line) => line.isNamed)
    .map((line) => line.points[line.points.length - 1]?.x ?? Number.NEGATIVE_INFINITY);
  const lastX = Math.max(...ends);
  return Number.isFinite(lastX) && x > lastX ? lastX : x;
}

/** What a hover at `x` shows: every named line's value where the tooltip reads (see tooltipX). */
export const hoveredValues = (drawing: ChartDrawing, x: number): TooltipValue[] =>
  valuesAt(drawing, tooltipX(drawing, x));

/** The value of every named line at `x`, in the legend's order; lines that do not reach x, or have a gap there, are left out. */
export function valuesAt(drawing: ChartDrawing, x: number): TooltipValue[] {
  const byName = new Map(drawing.lines.map((line) => [line.name, line]));
  return drawing.legendNames.flatMap((name) => {
    const line = byName.get(name);
    const point = line ? pointNear(line.points, x) : null;
    return line && point && Number.isFinite(point.y) ? [{ line, x: point.x, y: point.y }] : [];
  });
}

/** The legend's entries, in order (see ChartDrawing.legend). */
export function legendEntries(drawing: ChartDrawing): LegendEntry[] {
  return drawing.legend;
}
