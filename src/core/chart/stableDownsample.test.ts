import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample } from './series';
import { StableDownsampler } from './stableDownsample';

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
