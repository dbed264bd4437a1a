/**
 * `downsample` (src/core/chart/series.ts) kept up to date as a series grows, in time proportional to the
 * new points: the buckets are a power of two wide, so a full bucket never changes; when the
 * width doubles, pairs of buckets merge from their remembered extremes.
 */
import { countEpochVisits } from './epochVisits';

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
    countEpochVisits(Math.max(0, length - 1 - firstNew));
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
    if (length <= this.limit) {
      countEpochVisits(length);
      return Array.from({ length }, (_, position) => position);
    }
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
    countEpochVisits(positions.length);
    return positions;
  }

  /** Doubles the bucket width: pairs of full buckets merge; an odd one left over joins the partial bucket. */
  private doubleWidth(): void {
    const pairs: Extremes[] = [];
    for (let b = 0; b + 1 < this.full.length; b += 2) {
      pairs.push(merged(this.full[b] as Extremes, this.full[b + 1] as Extremes));
    }
    countEpochVisits(this.full.length);
    const leftOver = this.full.length % 2 === 1 ? this.full.at(-1) : undefined;
    if (leftOver) this.partial = merged(leftOver, this.partial);
    this.width *= 2;
    this.full = pairs;
    this.partialStart = 1 + pairs.length * this.width;
  }
}
