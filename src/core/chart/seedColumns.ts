/**
 * First stage of a chart's series: a source's seed histories become full-length columns of the
 * mean, min and max over seeds, kept between redraws and extended by the epochs appended since.
 * Histories only ever grow in place (a new run brings new MetricHistory objects), so an update
 * costs the new epochs. Next stage: smoothedColumns.ts.
 */
import { METRIC_KEYS, type MetricHistory, type MetricKey } from '../run/metricHistory';
import { remembered } from './remembered';

/** The length all seeds have reached (0 without seeds). */
export const commonLength = (series: readonly ArrayLike<number>[]): number =>
  series.reduce((length, values) => Math.min(length, values.length), series.length === 0 ? 0 : Infinity);

/** `column` with room for `length` values, the first `kept` of them carried over. */
export function withRoom(column: Float64Array, length: number, kept: number): Float64Array {
  if (column.length >= length) return column;
  const bigger = new Float64Array(Math.max(length, 2 * column.length, 64));
  bigger.set(column.subarray(0, kept));
  return bigger;
}

/**
 * What the next stage reads of a source's seeds, for the first `length` epochs. `generation` moves
 * on whenever the columns had to start over (a history shorter than before): whatever was built
 * from them starts over too.
 */
export interface SeedStatistics {
  readonly generation: number;
  readonly length: number;
  readonly mean: Float64Array;
  /** Lowest and highest seed; kept only with two seeds or more (one seed has no band). */
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly hasBand: boolean;
}

/**
 * Mean, min and max over seeds of the epochs all reached. Where a seed diverged the mean is NaN and
 * so are min and max, so that band and mean are smoothed over the same epochs and stop together.
 */
export class SeedColumns implements SeedStatistics {
  generation = 0;
  length = 0;
  mean: Float64Array = new Float64Array(0);
  min: Float64Array = new Float64Array(0);
  max: Float64Array = new Float64Array(0);

  constructor(
    private readonly histories: readonly MetricHistory[],
    private readonly key: MetricKey,
  ) {}

  get hasBand(): boolean {
    return this.histories.length >= 2;
  }

  /** Takes in the epochs every history has reached since the last update. */
  update(): void {
    const series = this.histories.map((history) => history.values(this.key));
    const length = commonLength(series);
    if (length < this.length) {
      this.length = 0;
      this.generation++;
    }
    const from = this.length;
    this.mean = withRoom(this.mean, length, from);
    if (this.hasBand) {
      this.min = withRoom(this.min, length, from);
      this.max = withRoom(this.max, length, from);
    }
    const { mean, min, max, hasBand } = this;
    for (let i = from; i < length; i++) {
      let sum = 0;
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (let s = 0; s < series.length; s++) {
        const value = (series[s] as Float64Array)[i] as number;
        sum += value;
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
      mean[i] = sum / series.length;
      if (!hasBand) continue;
      const isGap = !Number.isFinite(mean[i]);
      min[i] = isGap ? Number.NaN : low;
      max[i] = isGap ? Number.NaN : high;
    }
    this.length = length;
  }
}

/**
 * Lists of histories remembered per first history: a few lists may share a first one (seeds being
 * added). Each holds full-length columns (8 bytes an epoch each), so they must not pile up.
 */
const LISTS_PER_FIRST_HISTORY = 2;

/** The seed columns of one list of histories, per metric. */
interface SourceCache {
  readonly histories: readonly MetricHistory[];
  readonly metrics: Map<string, SeedColumns>;
}

/**
 * Keyed by a source's first history: a new run brings new histories, and the old caches (with
 * every later stage built from them) go with the old histories.
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
 * The seed columns of `key` for the seeds' `histories` (at least one), brought up to date with the
 * epochs all of them have reached: the same object from one redraw to the next.
 */
export function seedColumnsOf(histories: readonly MetricHistory[], key: MetricKey): SeedStatistics {
  const source = sourceCache(histories);
  // Every metric of a source may be on a chart at once.
  const seeds = remembered(
    source.metrics,
    key,
    METRIC_KEYS.length,
    () => new SeedColumns(source.histories, key),
  );
  seeds.update();
  return seeds;
}
