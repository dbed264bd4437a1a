/** Helpers that shape metric series for charts: downsampling and TensorBoard-style smoothing. */

/** A series of (x, y) points as two parallel arrays. */
export interface Series {
  readonly xs: number[];
  readonly ys: number[];
}

/** A column that smoothing writes into: a plain array or a typed one. */
export type WritableColumn = { [index: number]: number };

/** Largest smoothing weight: at 1 the average would never move from its first value. */
export const MAX_SMOOTHING = 0.999;

/** Index of the smallest and of the largest y in [start, end), ignoring NaN; -1 when all are NaN. */
function extremes(ys: ArrayLike<number>, start: number, end: number): [number, number] {
  let minIndex = -1;
  let maxIndex = -1;
  for (let i = start; i < end; i++) {
    const y = ys[i] as number;
    if (Number.isNaN(y)) continue;
    if (minIndex < 0 || y < (ys[minIndex] as number)) minIndex = i;
    if (maxIndex < 0 || y > (ys[maxIndex] as number)) maxIndex = i;
  }
  return [minIndex, maxIndex];
}

/**
 * Width of the buckets `downsample` cuts `interior` points into: the smallest power of two that
 * needs at most `maxBuckets` buckets. Powers of two keep buckets stable as a series grows: when
 * the width doubles, each new bucket is exactly two old ones, so old buckets never need a rescan.
 */
export function stableBucketWidth(interior: number, maxBuckets: number): number {
  let width = 1;
  while (Math.ceil(interior / width) > maxBuckets) width *= 2;
  return width;
}

/**
 * At most `maxPoints` points (at least 2) of a series, in order: the first and the last, and the
 * lowest and highest point of each bucket of the rest, so that spikes and dips survive (a
 * diverging loss must not be averaged away). Buckets are `stableBucketWidth` wide and start at the
 * second point, so a longer series keeps the same buckets (and points) over its old part; that
 * fills between half and all of the room. Shorter series come back whole.
 */
export function downsample(xs: ArrayLike<number>, ys: ArrayLike<number>, maxPoints: number): Series {
  const length = Math.min(xs.length, ys.length);
  const limit = Number.isFinite(maxPoints) ? Math.max(2, Math.floor(maxPoints)) : length;
  const keep = (indices: readonly number[]): Series => ({
    xs: indices.map((i) => xs[i] as number),
    ys: indices.map((i) => ys[i] as number),
  });
  if (length <= limit) return keep(Array.from({ length }, (_, i) => i));
  const maxBuckets = Math.floor((limit - 2) / 2);
  const indices = [0];
  if (maxBuckets > 0) {
    const width = stableBucketWidth(length - 2, maxBuckets);
    for (let start = 1; start < length - 1; start += width) {
      const [minIndex, maxIndex] = extremes(ys, start, Math.min(start + width, length - 1));
      // A bucket of NaN only keeps one of them, so that the chart still shows the gap.
      if (minIndex < 0) indices.push(start);
      else if (minIndex === maxIndex) indices.push(minIndex);
      else indices.push(Math.min(minIndex, maxIndex), Math.max(minIndex, maxIndex));
    }
  }
  indices.push(length - 1);
  return keep(indices);
}

/**
 * TensorBoard's smoothing computed as values arrive, for series that grow: an exponential moving
 * average with weight `smoothing` (clamped to 0..0.999), divided by 1 - smoothing^k so that early
 * points are not pulled towards 0. Non-finite values pass through unchanged and do not enter the
 * average. A series whose values are all equal stays exactly constant instead of picking up
 * rounding wobble.
 */
export class MovingAverage {
  private readonly weight: number;
  /** Whether every value so far equals the first: smoothed values are then the values themselves. */
  private isConstantSoFar = true;
  private firstValue = 0;
  private average = 0;
  /** weight^k for the k finite values averaged so far, as a running product (a power per value was slow). */
  private weightPower = 1;

  constructor(smoothing: number) {
    this.weight = Number.isFinite(smoothing) ? Math.min(Math.max(smoothing, 0), MAX_SMOOTHING) : 0;
  }

  /**
   * Smooths `values` [from, to) into `smoothed`, continuing the calls that smoothed [0, from) of the
   * same values. Returns true when [0, from) was rewritten too: the first value that breaks a
   * constant series changes every smoothed value before it, so the average restarts from 0.
   */
  extend(values: ArrayLike<number>, smoothed: WritableColumn, from: number, to: number): boolean {
    let start = from;
    if (this.isConstantSoFar) {
      if (from === 0 && to > 0) this.firstValue = values[0] as number;
      let index = from;
      // NaN never equals the first value, so a series with a gap is not constant.
      while (index < to && values[index] === this.firstValue) {
        // Copied rather than set to the first value: 0 and -0 are equal but keep their own sign.
        smoothed[index] = values[index] as number;
        index++;
      }
      if (index === to) return false;
      this.isConstantSoFar = false;
      start = 0;
    }
    const weight = this.weight;
    let average = this.average;
    let weightPower = this.weightPower;
    for (let i = start; i < to; i++) {
      const value = values[i] as number;
      if (!Number.isFinite(value)) {
        smoothed[i] = value;
        continue;
      }
      average = average * weight + (1 - weight) * value;
      // Below 1e-17, 1 - weightPower is exactly 1: stop there, since the product would otherwise stick at the
      // smallest subnormal number, whose arithmetic is many times slower.
      weightPower = weightPower < 1e-17 ? 0 : weightPower * weight;
      smoothed[i] = average / (1 - weightPower);
    }
    this.average = average;
    this.weightPower = weightPower;
    return start < from;
  }
}

/** `MovingAverage` of a whole series at once (0 = raw values). */
export function exponentialMovingAverage(values: ArrayLike<number>, smoothing: number): number[] {
  const result = new Array<number>(values.length);
  new MovingAverage(smoothing).extend(values, result, 0, values.length);
  return result;
}
