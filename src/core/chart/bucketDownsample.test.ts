import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample, StableDownsampler } from './bucketDownsample';

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

/** Values with many ties (which point a bucket keeps then depends on the order of the scan) and some NaN. */
const value = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
);
const pieces = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 });
const maxPoints = fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constant(Number.POSITIVE_INFINITY));

/** Feeds `length` grown by `pieces` in turn, calling `check` with each new length. */
function grow(total: number, sizes: readonly number[], check: (length: number) => void): void {
  for (let length = 0, piece = 0; length < total; piece++) {
    length = Math.min(total, length + (sizes[piece % sizes.length] as number));
    check(length);
  }
}

describe('stable downsampler', () => {
  it('keeps, after every piece appended, what downsample keeps of the series so far (property)', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400, size: 'max' }), pieces, maxPoints, (ys, sizes, limit) => {
        const downsampler = new StableDownsampler(limit);
        grow(ys.length, sizes, (length) => {
          downsampler.extend(ys, null, length);
          const positions = Array.from({ length }, (_, i) => i);
          expect(downsampler.kept()).toEqual(downsample(positions, ys.slice(0, length), limit).xs);
        });
      }),
    );
  });

  it('reads the series through a list of epochs, as a log axis gives it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, fc.boolean()), { maxLength: 400, size: 'max' }),
        pieces,
        maxPoints,
        (column, sizes, limit) => {
          const ys = column.map(([y]) => y);
          const epochs = column.flatMap(([, isShown], epoch) => (isShown ? [epoch] : []));
          const downsampler = new StableDownsampler(limit);
          grow(epochs.length, sizes, (length) => {
            downsampler.extend(ys, epochs, length);
            const picked = epochs.slice(0, length).map((epoch) => ys[epoch] as number);
            const positions = Array.from({ length }, (_, i) => i);
            expect(downsampler.kept()).toEqual(downsample(positions, picked, limit).xs);
          });
        },
      ),
    );
  });

  it('keeps a spike and a dip among 100,000 points fed one at a time, within the limit', () => {
    const ys = Array.from({ length: 100_000 }, (_, i) => 1 + Math.sin(i / 300) * 0.1);
    ys[77_777] = 50;
    ys[33_333] = -50;
    const downsampler = new StableDownsampler(300);
    for (let length = 1; length <= ys.length; length++) downsampler.extend(ys, null, length);
    const kept = downsampler.kept();
    expect(kept.length).toBeLessThanOrEqual(300);
    // Power-of-two buckets use at least half the room.
    expect(kept.length).toBeGreaterThanOrEqual(150);
    expect(kept).toContain(77_777);
    expect(kept).toContain(33_333);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(99_999);
  });
});
