/**
 * Downsampling a line to at most a number of points: the lowest and highest of each bucket, so that
 * spikes survive. StableDownsampler keeps its buckets a power of two wide and merges pairs when the
 * width doubles, so a growing line is downsampled in time proportional to its new points.
 */
/** A series of (x, y) points as two parallel arrays. */
export interface Series {
  readonly xs: number[];
  readonly ys: number[];
}

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

/** Where a bucket's lowest and highest values are (positions in the series) and what they are; -1 while it holds only NaN. */
interface Extremes {
  minPosition: number;
  maxPosition: number;
  minValue: number;
  maxValue: number;
}

const emptyBucket = (): Extremes => ({ minPosition: -1, maxPosition: -1, minValue: 0, maxValue: 0 });

/** The extremes of two neighbouring buckets together; ties keep the earlier point, as a left-to-right scan would. */
function merged(left: Extremes, right: Extremes): Extremes {
  const isMinFromRight = left.minPosition < 0 || (right.minPosition >= 0 && right.minValue < left.minValue);
  const isMaxFromRight = left.maxPosition < 0 || (right.maxPosition >= 0 && right.maxValue > left.maxValue);
  const minSide = isMinFromRight ? right : left;
  const maxSide = isMaxFromRight ? right : left;
  return {
    minPosition: minSide.minPosition,
    minValue: minSide.minValue,
    maxPosition: maxSide.maxPosition,
    maxValue: maxSide.maxValue,
  };
}

/**
 * Which points of a growing series `downsample` keeps. The series is given by position: the value
 * at position p is `ys[epochs[p]]` (or `ys[p]` without `epochs`), and positions are only appended.
 */
export class StableDownsampler {
  /** Most points kept; Infinity keeps them all. */
  private readonly limit: number;
  private readonly maxBuckets: number;
  private width = 1;
  /** Points of the series seen so far. */
  private length = 0;
  /** Extremes of each full bucket: bucket b holds positions [1 + b·width, 1 + (b + 1)·width). */
  private full: Extremes[] = [];
  /** The bucket being filled: positions [partialStart, length - 1), the last point being outside every bucket. */
  private partial: Extremes = emptyBucket();
  private partialStart = 1;

  constructor(maxPoints: number) {
    this.limit = Number.isFinite(maxPoints) ? Math.max(2, Math.floor(maxPoints)) : Number.POSITIVE_INFINITY;
    this.maxBuckets = Math.floor((this.limit - 2) / 2);
  }

  /** Takes in the series up to `length` points (the earlier ones must not have changed). */
  extend(ys: ArrayLike<number>, epochs: ArrayLike<number> | null, length: number): void {
    // With no room for a bucket, or no limit, only the length matters.
    if (this.maxBuckets < 1 || !Number.isFinite(this.limit)) {
      this.length = length;
      return;
    }
    // Every point but the first and the last goes into a bucket.
    const firstNew = Math.max(1, this.length - 1);
    for (let position = firstNew; position < length - 1; position++) {
      // `position` points are in buckets once this one is: more than maxBuckets · width need wider buckets.
      while (position > this.maxBuckets * this.width) this.doubleWidth();
      const value = ys[epochs ? (epochs[position] as number) : position] as number;
      const partial = this.partial;
      if (!Number.isNaN(value)) {
        if (partial.minPosition < 0 || value < partial.minValue) {
          partial.minPosition = position;
          partial.minValue = value;
        }
        if (partial.maxPosition < 0 || value > partial.maxValue) {
          partial.maxPosition = position;
          partial.maxValue = value;
        }
      }
      if (position + 1 - this.partialStart === this.width) {
        this.full.push(partial);
        this.partial = emptyBucket();
        this.partialStart = position + 1;
      }
    }
    this.length = Math.max(this.length, length);
  }

  /** Positions of the kept points, ascending: all of a short series, else the first, each bucket's extremes, the last. */
  kept(): number[] {
    const length = this.length;
    if (length <= this.limit) return Array.from({ length }, (_, position) => position);
    const positions = [0];
    const keepBucket = (bucket: Extremes, start: number): void => {
      const { minPosition, maxPosition } = bucket;
      // A bucket of NaN only keeps one of them, so that the chart still shows the gap.
      if (minPosition < 0) positions.push(start);
      else if (minPosition === maxPosition) positions.push(minPosition);
      else positions.push(Math.min(minPosition, maxPosition), Math.max(minPosition, maxPosition));
    };
    if (this.maxBuckets >= 1) {
      this.full.forEach((bucket, index) => {
        keepBucket(bucket, 1 + index * this.width);
      });
      if (this.partialStart < length - 1) keepBucket(this.partial, this.partialStart);
    }
    positions.push(length - 1);
    return positions;
  }

  /** Doubles the bucket width: pairs of full buckets merge; an odd one left over joins the partial bucket. */
  private doubleWidth(): void {
    const pairs: Extremes[] = [];
    for (let b = 0; b + 1 < this.full.length; b += 2) {
      pairs.push(merged(this.full[b] as Extremes, this.full[b + 1] as Extremes));
    }
    const leftOver = this.full.length % 2 === 1 ? this.full.at(-1) : undefined;
    if (leftOver) this.partial = merged(leftOver, this.partial);
    this.width *= 2;
    this.full = pairs;
    this.partialStart = 1 + pairs.length * this.width;
  }
}
