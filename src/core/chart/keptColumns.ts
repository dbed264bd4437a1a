/**
 * Third stage of a chart's series: which epochs of the smoothed columns (smoothedColumns.ts) each
 * line draws. On a log axis only the epochs it can show; then at most a number of points, the
 * lowest and highest of each bucket, kept up to date as the columns grow in time proportional to
 * the new epochs: the buckets are a power of two wide, so a full bucket never changes, and when
 * the width doubles, pairs of buckets merge from their remembered extremes. Next stage:
 * chartSeries.ts, which places the kept epochs on the chosen x-axis.
 */
import { isPositiveFinite } from './chartOptions';
import { remembered } from './remembered';
import type { SmoothedStatistics } from './smoothedColumns';

/** The epochs (ascending) of a line that a log axis can show: where every one of its columns is positive. */
class DrawableEpochs {
  epochs = new Int32Array(0);
  count = 0;
  private scanned = 0;

  update(columns: readonly Float64Array[], length: number): void {
    for (let i = this.scanned; i < length; i++) {
      if (!columns.every((column) => isPositiveFinite(column[i] as number))) continue;
      if (this.count === this.epochs.length) {
        const bigger = new Int32Array(Math.max(64, 2 * this.epochs.length));
        bigger.set(this.epochs);
        this.epochs = bigger;
      }
      this.epochs[this.count++] = i;
    }
    this.scanned = length;
  }
}

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

/** One downsampled line over a column: all epochs on a linear axis, the drawable ones on a log axis. */
class DownsampledLine {
  private readonly drawable: DrawableEpochs | null;
  private readonly downsampler: StableDownsampler;

  constructor(isLogScale: boolean, maxPoints: number) {
    this.drawable = isLogScale ? new DrawableEpochs() : null;
    this.downsampler = new StableDownsampler(maxPoints);
  }

  /** Extends the line to `length` epochs of `ys`; on a log axis only where every one of `drawableIn` is positive. */
  update(ys: Float64Array, drawableIn: readonly Float64Array[], length: number): void {
    const { drawable } = this;
    if (!drawable) {
      this.downsampler.extend(ys, null, length);
      return;
    }
    drawable.update(drawableIn, length);
    this.downsampler.extend(ys, drawable.epochs, drawable.count);
  }

  /** The epoch indices kept, ascending. */
  keptEpochs(): number[] {
    const positions = this.downsampler.kept();
    const { drawable } = this;
    return drawable ? positions.map((position) => drawable.epochs[position] as number) : positions;
  }
}

/** The kept epochs of a source's mean, raw mean and band for one metric and one set of options. */
export interface KeptColumns {
  /** Drawn mean (smoothed when asked), and the epoch indices kept of it. */
  readonly mean: Float64Array;
  readonly meanEpochs: number[];
  /** The raw mean and its kept epochs; no epochs when not smoothed. */
  readonly rawMean: Float64Array;
  readonly rawMeanEpochs: number[];
  /** Band edges and the epochs kept of them (the union of each edge's), none with fewer than two seeds. */
  readonly lows: Float64Array;
  readonly highs: Float64Array;
  readonly bandEpochs: number[];
}

/** Merges two ascending lists of epochs into one, without repeats. */
function union(first: readonly number[], second: readonly number[]): number[] {
  const merged: number[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) {
    const next = Math.min(first[a] ?? Number.POSITIVE_INFINITY, second[b] ?? Number.POSITIVE_INFINITY);
    merged.push(next);
    if (first[a] === next) a++;
    if (second[b] === next) b++;
  }
  return merged;
}

/** The downsampled lines of one smoothing, axis scale and number of points. */
class LineColumns {
  private builtFrom: number;
  private lines: {
    mean: DownsampledLine;
    rawMean: DownsampledLine;
    lows: DownsampledLine;
    highs: DownsampledLine;
  };

  constructor(
    private readonly smoothed: SmoothedStatistics,
    private readonly isLogScale: boolean,
    private readonly maxPoints: number,
  ) {
    this.builtFrom = smoothed.generation;
    this.lines = this.freshLines();
  }

  /** Takes in the epochs the smoothed columns have gained since the last update. */
  update(): KeptColumns {
    const { smoothed } = this;
    if (this.builtFrom !== smoothed.generation) {
      this.builtFrom = smoothed.generation;
      this.lines = this.freshLines();
    }
    const { length, mean, rawMean, lows, highs, isSmoothed, hasBand } = smoothed;
    const lines = this.lines;
    lines.mean.update(mean, [mean], length);
    if (isSmoothed) lines.rawMean.update(rawMean, [rawMean], length);
    if (hasBand) {
      lines.lows.update(lows, [lows, highs], length);
      lines.highs.update(highs, [lows, highs], length);
    }
    return {
      mean,
      meanEpochs: lines.mean.keptEpochs(),
      rawMean,
      rawMeanEpochs: isSmoothed ? lines.rawMean.keptEpochs() : [],
      lows,
      highs,
      bandEpochs: hasBand ? union(lines.lows.keptEpochs(), lines.highs.keptEpochs()) : [],
    };
  }

  private freshLines() {
    const { isLogScale, maxPoints } = this;
    // A band keeps the dips of its low edge and the spikes of its high edge, both edges at each kept x.
    const half = Math.max(2, Math.floor(maxPoints / 2));
    return {
      mean: new DownsampledLine(isLogScale, maxPoints),
      rawMean: new DownsampledLine(isLogScale, maxPoints),
      lows: new DownsampledLine(isLogScale, half),
      highs: new DownsampledLine(isLogScale, half),
    };
  }
}

/**
 * Line sets remembered per smoothed columns, one per axis scale and number of points: the charts
 * ask for one at a time, and one more survives switching back and forth.
 */
const LINE_SETS_PER_SMOOTHING = 2;

/** Keyed by the smoothed columns they keep points of, and forgotten with them. */
const lineSetsBySmoothed = new WeakMap<SmoothedStatistics, Map<string, LineColumns>>();

/**
 * The kept epochs of `smoothed` (brought up to date before) on a log or linear axis, at most
 * `maxPoints` per line, and the columns they index: extended by the epochs gained since last time.
 */
export function keptColumnsOf(
  smoothed: SmoothedStatistics,
  isLogScale: boolean,
  maxPoints: number,
): KeptColumns {
  const lineSets = lineSetsBySmoothed.get(smoothed) ?? new Map<string, LineColumns>();
  lineSetsBySmoothed.set(smoothed, lineSets);
  const lines = remembered(
    lineSets,
    `${isLogScale} ${maxPoints}`,
    LINE_SETS_PER_SMOOTHING,
    () => new LineColumns(smoothed, isLogScale, maxPoints),
  );
  return lines.update();
}
