import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exponentialMovingAverage, MovingAverage } from './smoothedColumns';

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
