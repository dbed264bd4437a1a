/**
 * What a chart draws of a source, kept between redraws and extended by the epochs appended since:
 * the seed columns and their smoothing (seriesColumns.ts), the epochs a log axis can show, and the
 * points downsampling keeps (stableDownsample.ts). A redraw costs the new epochs plus the drawn
 * points, not the whole run.
 */
import { METRIC_KEYS, type MetricHistory, type MetricKey } from '../run/metricHistory';
import { countEpochVisits } from './epochVisits';
import { isPositiveFinite, SeedColumns, SmoothedColumns } from './seriesColumns';
import { StableDownsampler } from './stableDownsample';

/*
 * How many entries each level keeps. The charts ask for one smoothing and one axis at a time; one
 * more survives switching back and forth. Each entry holds full-length columns (0.8 MB per column
 * at 100,000 epochs), so dragging the smoothing slider must not pile them up.
 */
const LISTS_PER_FIRST_HISTORY = 2;
const SMOOTHINGS_PER_METRIC = 2;
const LINE_SETS_PER_SMOOTHING = 2;

/** The entry of `key`, created when missing; the map forgets its least recently used entries beyond `capacity`. */
function remembered<Value>(
  map: Map<string, Value>,
  key: string,
  capacity: number,
  create: () => Value,
): Value {
  const found = map.get(key);
  if (found) {
    // Re-inserted to count as the most recently used.
    map.delete(key);
    map.set(key, found);
    return found;
  }
  const created = create();
  map.set(key, created);
  for (const oldest of map.keys()) {
    if (map.size <= capacity) break;
    map.delete(oldest);
  }
  return created;
}

/** The epochs (ascending) of a line that a log axis can show: where every one of its columns is positive. */
class DrawableEpochs {
  epochs = new Int32Array(0);
  count = 0;
  private scanned = 0;

  update(columns: readonly Float64Array[], length: number): void {
    countEpochVisits(length - this.scanned);
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
    private readonly smoothed: SmoothedColumns,
    private readonly isLogScale: boolean,
    private readonly maxPoints: number,
  ) {
    this.builtFrom = smoothed.generation;
    this.lines = this.freshLines();
  }

  update(): KeptColumns {
    const { smoothed } = this;
    const { seeds } = smoothed;
    if (this.builtFrom !== smoothed.generation) {
      this.builtFrom = smoothed.generation;
      this.lines = this.freshLines();
    }
    const { length, mean, lows, highs } = smoothed;
    const lines = this.lines;
    lines.mean.update(mean, [mean], length);
    if (smoothed.isSmoothed) lines.rawMean.update(seeds.mean, [seeds.mean], length);
    if (seeds.hasBand) {
      lines.lows.update(lows, [lows, highs], length);
      lines.highs.update(highs, [lows, highs], length);
    }
    return {
      mean,
      meanEpochs: lines.mean.keptEpochs(),
      rawMean: seeds.mean,
      rawMeanEpochs: smoothed.isSmoothed ? lines.rawMean.keptEpochs() : [],
      lows,
      highs,
      bandEpochs: seeds.hasBand ? union(lines.lows.keptEpochs(), lines.highs.keptEpochs()) : [],
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

/** The downsampled lines of one smoothed column set, per axis scale and number of points. */
interface SmoothedEntry {
  readonly smoothed: SmoothedColumns;
  readonly lines: Map<string, LineColumns>;
}

/** The seed columns of one metric, and their smoothings. */
interface MetricEntry {
  readonly seeds: SeedColumns;
  readonly smoothings: Map<string, SmoothedEntry>;
}

/** The caches of one list of seed histories, per metric. */
interface SourceCache {
  readonly histories: readonly MetricHistory[];
  readonly metrics: Map<string, MetricEntry>;
}

/**
 * Keyed by a source's first history: a new run brings new histories, and the old caches go with
 * the old histories. A few lists of histories may share a first one (seeds being added).
 */
const sourceCaches = new WeakMap<MetricHistory, SourceCache[]>();

function sourceCache(histories: readonly MetricHistory[]): SourceCache {
  const first = histories[0] as MetricHistory;
  const caches = sourceCaches.get(first) ?? [];
  sourceCaches.set(first, caches);
  const isSame = (cache: SourceCache) =>
    cache.histories.length === histories.length &&
    cache.histories.every((history, i) => history === histories[i]);
  const found = caches.find(isSame);
  if (found) return found;
  const created: SourceCache = { histories: [...histories], metrics: new Map() };
  caches.push(created);
  if (caches.length > LISTS_PER_FIRST_HISTORY) caches.shift();
  return created;
}

/**
 * The kept epochs and the columns they index, for the seeds' `histories` (at least one), brought up
 * to date with the epochs all of them have reached.
 */
export function keptColumns(
  histories: readonly MetricHistory[],
  key: MetricKey,
  smoothing: number,
  isLogScale: boolean,
  maxPoints: number,
): KeptColumns {
  const source = sourceCache(histories);
  // Every metric of a source may be on a chart at once.
  const metric = remembered(source.metrics, key, METRIC_KEYS.length, () => ({
    seeds: new SeedColumns(source.histories, key),
    smoothings: new Map(),
  }));
  metric.seeds.update();
  const entry = remembered(metric.smoothings, String(smoothing), SMOOTHINGS_PER_METRIC, () => ({
    smoothed: new SmoothedColumns(metric.seeds, smoothing),
    lines: new Map(),
  }));
  entry.smoothed.update();
  const lines = remembered(
    entry.lines,
    `${isLogScale} ${maxPoints}`,
    LINE_SETS_PER_SMOOTHING,
    () => new LineColumns(entry.smoothed, isLogScale, maxPoints),
  );
  return lines.update();
}
