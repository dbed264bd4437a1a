/**
 * Third stage of a chart's series: which epochs of the smoothed columns (smoothedColumns.ts) each
 * line draws. On a log axis only the epochs it can show; then at most a number of points, the
 * lowest and highest of each bucket, kept up to date as the columns grow in time proportional to
 * the new epochs: the buckets are a power of two wide, so a full bucket never changes, and when
 * the width doubles, pairs of buckets merge from their remembered extremes. Next stage:
 * chartSeries.ts, which places the kept epochs on the chosen x-axis.
 */

import { StableDownsampler } from './bucketDownsample';
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
