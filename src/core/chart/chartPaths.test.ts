import { describe, expect, it } from 'vitest';
import { type AxisScale, bandPathData, linePath } from './chartPaths';
import type { BandPoint, LinePoint } from './chartSeries';

const linePathData = (points: LinePoint[], x: AxisScale, y: AxisScale) => linePath(points, x, y).data;
const lonePoints = (points: LinePoint[], x: AxisScale, y: AxisScale) => linePath(points, x, y).lonePoints;

/** x in data units to pixels: 10 px per unit from 0. */
const xScale: AxisScale = (value) => value * 10;
/** y flipped as on screen: 0 at 100 px, 1 at 0 px. */
const yScale: AxisScale = (value) => 100 - value * 100;
/** A log scale has no place for zero or negatives. */
const logScale: AxisScale = (value) => (value > 0 ? -Math.log10(value) * 50 : undefined);

const line = (...ys: number[]): LinePoint[] => ys.map((y, x) => ({ x, y }));
const band = (...ranges: Array<[number, number]>): BandPoint[] => ranges.map((range, x) => ({ x, range }));

describe('line path data', () => {
  it('draws straight segments through every point, in tenths of a pixel', () => {
    expect(linePathData(line(0.5, 0.25, 0.123456), xScale, yScale)).toBe('M0,50L10,75L20,87.7');
  });

  it('lifts the pen at a gap, so a diverged stretch is not bridged', () => {
    expect(linePathData(line(0.5, Number.NaN, 0.25, 0), xScale, yScale)).toBe('M0,50M20,75L30,100');
    expect(linePathData(line(0.5, Number.POSITIVE_INFINITY, 0.25), xScale, yScale)).toBe('M0,50M20,75');
  });

  it('leaves out points its scale cannot place, such as zero on a log axis', () => {
    expect(linePathData(line(1, 0, 0.1), xScale, logScale)).toBe('M0,0M20,50');
  });

  it('is empty without points', () => {
    expect(linePathData([], xScale, yScale)).toBe('');
  });
});

describe('lone points', () => {
  it("are a line's only point, or one between gaps, in pixels", () => {
    expect(lonePoints(line(0.5), xScale, yScale)).toEqual([{ x: 0, y: 50 }]);
    expect(lonePoints(line(0.5, Number.NaN, 0.25, 0, Number.NaN, 1), xScale, yScale)).toEqual([
      { x: 0, y: 50 },
      { x: 50, y: 0 },
    ]);
  });

  it('are none on a line of segments, or where the scale cannot place the point', () => {
    expect(lonePoints(line(0.5, 0.25), xScale, yScale)).toEqual([]);
    expect(lonePoints(line(0), xScale, logScale)).toEqual([]);
    expect(lonePoints([], xScale, yScale)).toEqual([]);
  });
});

describe('band path data', () => {
  it('runs along the high edge, back along the low edge, and closes', () => {
    expect(bandPathData(band([0.2, 0.6], [0.3, 0.5]), xScale, yScale)).toBe('M0,40L10,50L10,70L0,80Z');
  });

  it('splits into closed pieces around a gap', () => {
    const data = bandPathData(
      band([0.2, 0.6], [Number.NaN, Number.NaN], [0.3, 0.5], [0.4, 0.4]),
      xScale,
      yScale,
    );
    expect(data).toBe('M0,40L0,80ZM20,50L30,60L30,60L20,70Z');
  });

  it('is empty without drawable points', () => {
    expect(bandPathData([], xScale, yScale)).toBe('');
    expect(bandPathData(band([Number.NaN, 1]), xScale, yScale)).toBe('');
  });
});
