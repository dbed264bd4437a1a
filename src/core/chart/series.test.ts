import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample, exponentialMovingAverage, MovingAverage } from './series';

const range = (length: number): number[] => Array.from({ length }, (_, i) => i);

describe('downsample', () => {
  it('returns short series whole', () => {
    expect(downsample([1, 2, 3], [4, 5, 6], 10)).toEqual({ xs: [1, 2, 3], ys: [4, 5, 6] });
    expect(downsample(new Float64Array([1, 2]), new Float64Array([3, 4]), 2)).toEqual({
      xs: [1, 2],
      ys: [3, 4],
    });
    expect(downsample([], [], 10)).toEqual({ xs: [], ys: [] });
  });

  it('keeps the first, the last and the spikes', () => {
    const xs = range(1000);
    const ys = xs.map((x) => Math.sin(x / 50));
    ys[500] = 100;
    ys[700] = -100;
    const result = downsample(xs, ys, 50);
    expect(result.xs.length).toBeLessThanOrEqual(50);
    // Power-of-two buckets fill between half and all of the room: 16 buckets of 64 points here.
    expect(result.xs.length).toBeGreaterThanOrEqual(25);
    expect(result.xs[0]).toBe(0);
    expect(result.xs.at(-1)).toBe(999);
    expect(result.ys).toContain(100);
    expect(result.ys).toContain(-100);
  });

  it('keeps at least the first and last point whatever the limit', () => {
    expect(downsample(range(10), range(10), 0)).toEqual({ xs: [0, 9], ys: [0, 9] });
    expect(downsample(range(10), range(10), 3)).toEqual({ xs: [0, 9], ys: [0, 9] });
  });

  it('skips NaN when choosing extremes but keeps a gap of NaN', () => {
    const ys = [0, Number.NaN, 5, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 1];
    // Two buckets of four: [1, 5) keeps its 5, [5, 7) is all NaN and keeps its first point.
    expect(downsample(range(8), ys, 6)).toEqual({
      xs: [0, 2, 5, 7],
      ys: [0, 5, Number.NaN, 1],
    });
  });

  it('returns at most maxPoints points, in order, each from the input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double(), { maxLength: 400 }),
        fc.integer({ min: 2, max: 100 }),
        (ys, maxPoints) => {
          const xs = range(ys.length);
          const result = downsample(xs, ys, maxPoints);
          expect(result.xs.length).toBe(result.ys.length);
          expect(result.xs.length).toBeLessThanOrEqual(Math.max(maxPoints, 0));
          if (ys.length > 0) {
            expect(result.xs[0]).toBe(0);
            expect(result.xs.at(-1)).toBe(ys.length - 1);
          }
          result.xs.forEach((x, i) => {
            expect(Object.is(result.ys[i], ys[x])).toBe(true);
            if (i > 0) expect(x).toBeGreaterThan(result.xs[i - 1] as number);
          });
          const finite = ys.filter((y) => !Number.isNaN(y));
          // With room for one bucket (4 points) the extremes always survive.
          if (finite.length > 0 && maxPoints >= 4) {
            expect(result.ys).toContain(Math.max(...finite));
            expect(result.ys).toContain(Math.min(...finite));
          }
        },
      ),
    );
  });
});

describe('exponentialMovingAverage', () => {
  it('returns the values unchanged at smoothing 0', () => {
    expect(exponentialMovingAverage([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it('is debiased: the first value is itself, later ones are weighted averages', () => {
    const smoothed = exponentialMovingAverage([1, 2, 4], 0.5);
    expect(smoothed[0]).toBe(1);
    // (0.25·1 + 0.5·2) / 0.75 and (0.125·1 + 0.25·2 + 0.5·4) / 0.875
    expect(smoothed[1]).toBeCloseTo(5 / 3, 12);
    expect(smoothed[2]).toBeCloseTo(2.625 / 0.875, 12);
  });

  it('passes non-finite values through without letting them into the average', () => {
    const smoothed = exponentialMovingAverage([1, Number.NaN, 2, Number.POSITIVE_INFINITY], 0.5);
    expect(smoothed[0]).toBe(1);
    expect(smoothed[1]).toBeNaN();
    expect(smoothed[2]).toBeCloseTo(5 / 3, 12);
    expect(smoothed[3]).toBe(Number.POSITIVE_INFINITY);
  });

  it('keeps a constant series exactly constant', () => {
    expect(exponentialMovingAverage(Array(50).fill(0.1), 0.9)).toEqual(Array(50).fill(0.1));
  });

  it('clamps the smoothing to 0..0.999 and treats NaN as 0', () => {
    expect(exponentialMovingAverage([1, 2], 5)).toEqual(exponentialMovingAverage([1, 2], 0.999));
    expect(exponentialMovingAverage([1, 2], -1)).toEqual([1, 2]);
    expect(exponentialMovingAverage([1, 2], Number.NaN)).toEqual([1, 2]);
    expect(exponentialMovingAverage(new Float32Array([1, 2]), 0)).toEqual([1, 2]);
  });

  it('stays within the range of the finite values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (values, smoothing) => {
          const smoothed = exponentialMovingAverage(values, smoothing);
          const low = Math.min(...values);
          const high = Math.max(...values);
          const slack = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
          expect(smoothed).toHaveLength(values.length);
          for (const value of smoothed) {
            expect(value).toBeGreaterThanOrEqual(low - slack);
            expect(value).toBeLessThanOrEqual(high + slack);
          }
        },
      ),
    );
  });
});

describe('MovingAverage', () => {
  const value = fc.oneof(
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.constantFrom(0.5, 0.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 0, -0),
  );

  it('gives, however the series arrives in pieces, exactly the average of the whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 120, size: 'max' }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(0, 0.3, 0.6, 0.99, 0.999),
        (values, pieces, smoothing) => {
          const average = new MovingAverage(smoothing);
          const smoothed = new Float64Array(values.length);
          let length = 0;
          for (let piece = 0; length < values.length; piece++) {
            const next = Math.min(values.length, length + (pieces[piece % pieces.length] as number));
            average.extend(values, smoothed, length, next);
            length = next;
            const whole = exponentialMovingAverage(values.slice(0, length), smoothing);
            expect([...smoothed.subarray(0, length)]).toEqual(whole);
          }
        },
      ),
    );
  });

  it('says when a constant start had to be rewritten, and only then', () => {
    const values = [0.5, 0.5, 0.5, 0.7, 0.6];
    const average = new MovingAverage(0.9);
    const smoothed = new Float64Array(values.length);
    expect(average.extend(values, smoothed, 0, 3)).toBe(false);
    expect([...smoothed.subarray(0, 3)]).toEqual([0.5, 0.5, 0.5]);
    expect(average.extend(values, smoothed, 3, 4)).toBe(true);
    expect(average.extend(values, smoothed, 4, 5)).toBe(false);
    expect([...smoothed]).toEqual(exponentialMovingAverage(values, 0.9));
  });
});

describe('downsample with stable buckets', () => {
  it('keeps the points of the old buckets as the series grows', () => {
    const ys = range(5000).map((x) => Math.sin(x / 7) * (1 + (x % 13)));
    const kept = (length: number) => new Set(downsample(range(length), ys.slice(0, length), 40).xs);
    // 3000 and 3100 points both use buckets of 256 (at most 19 buckets): the first 11 are full in both.
    const before = kept(3000);
    const after = kept(3100);
    const fullBucketsEnd = 1 + 11 * 256;
    for (const x of before) if (x > 0 && x < fullBucketsEnd) expect(after.has(x)).toBe(true);
  });
});
