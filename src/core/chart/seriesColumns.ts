/**
 * Full-length columns of a source's seeds, extended by the epochs appended since the last update:
 * mean, min and max over seeds, then their smoothing. Histories only ever grow in place (a new run
 * brings new MetricHistory objects), so an update costs the new epochs.
 *
 * Each stage remembers the `generation` of the stage it was built from; when that stage had to
 * start over (a history shorter than before, or a constant series that stopped being constant),
 * the generation moves on and everything built from it starts over too.
 */
import type { MetricHistory, MetricKey } from '../run/metricHistory';
import { countEpochVisits } from './epochVisits';
import { MovingAverage } from './series';

/** Whether a value can stand on a log y-axis, which has no place for zero, negatives or NaN. */
export const isPositiveFinite = (value: number): boolean => Number.isFinite(value) && value > 0;

/** `column` with room for `length` values, the first `kept` of them carried over. */
function withRoom(column: Float64Array, length: number, kept: number): Float64Array {
  if (column.length >= length) return column;
  const bigger = new Float64Array(Math.max(length, 2 * column.length, 64));
  bigger.set(column.subarray(0, kept));
  return bigger;
}

/** The length all seeds have reached (0 without seeds). */
export const commonLength = (series: readonly ArrayLike<number>[]): number =>
  series.reduce((length, values) => Math.min(length, values.length), series.length === 0 ? 0 : Infinity);

/**
 * Mean, min and max over seeds of the epochs all reached. Where a seed diverged the mean is NaN and
 * so are min and max, so that band and mean are smoothed over the same epochs and stop together.
 * Min and max are kept only with two seeds or more (one seed has no band).
 */
export class SeedColumns {
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
    countEpochVisits(length - from);
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
 * The seed columns smoothed (when `smoothing` > 0) for drawing: the mean line, and the band's low
 * and high edges pushed out to the smoothed mean, since rounding in the moving average could put
 * the mean a hair outside its own band.
 */
export class SmoothedColumns {
  generation = 0;
  length = 0;
  private builtFrom = -1;
  /** The drawn mean: the smoothed mean, or the raw one itself when not smoothed. */
  mean: Float64Array = new Float64Array(0);
  lows: Float64Array = new Float64Array(0);
  highs: Float64Array = new Float64Array(0);
  readonly isSmoothed: boolean;
  private averages: MovingAverage[] = [];

  constructor(
    readonly seeds: SeedColumns,
    private readonly smoothing: number,
  ) {
    this.isSmoothed = smoothing > 0;
  }

  update(): void {
    const { seeds } = this;
    if (this.builtFrom !== seeds.generation) this.restart();
    const from = this.length;
    const to = seeds.length;
    if (this.isSmoothed) {
      this.mean = withRoom(this.mean, to, from);
      const [meanAverage, lowAverage, highAverage] = this.averages as [
        MovingAverage,
        MovingAverage,
        MovingAverage,
      ];
      countEpochVisits(to - from);
      let isRewritten = meanAverage.extend(seeds.mean, this.mean, from, to);
      if (seeds.hasBand) {
        this.lows = withRoom(this.lows, to, from);
        this.highs = withRoom(this.highs, to, from);
        countEpochVisits(2 * (to - from));
        isRewritten = lowAverage.extend(seeds.min, this.lows, from, to) || isRewritten;
        isRewritten = highAverage.extend(seeds.max, this.highs, from, to) || isRewritten;
      }
      // A series that stopped being constant rewrote its past; the band edges were pushed out against the
      // old mean in place, so everything is smoothed again from the start (once per series at most).
      if (isRewritten) {
        this.restart();
        this.update();
        return;
      }
    } else {
      this.mean = seeds.mean;
      if (seeds.hasBand) {
        this.lows = withRoom(this.lows, to, from);
        this.highs = withRoom(this.highs, to, from);
        this.lows.set(seeds.min.subarray(from, to), from);
        this.highs.set(seeds.max.subarray(from, to), from);
      }
    }
    if (seeds.hasBand) this.pushOutEdges(from, to);
    this.length = to;
  }

  private pushOutEdges(from: number, to: number): void {
    const { mean, lows, highs } = this;
    countEpochVisits(to - from);
    for (let i = from; i < to; i++) {
      lows[i] = Math.min(lows[i] as number, mean[i] as number);
      highs[i] = Math.max(highs[i] as number, mean[i] as number);
    }
  }

  private restart(): void {
    this.builtFrom = this.seeds.generation;
    this.length = 0;
    this.generation++;
    this.averages = [0, 1, 2].map(() => new MovingAverage(this.smoothing));
  }
}
