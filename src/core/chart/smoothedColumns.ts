/**
 * Second stage of a chart's series: the seed columns (seedColumns.ts) smoothed as TensorBoard does,
 * the mean line and the band's edges, extended by the epochs appended since the last redraw. Next
 * stage: keptColumns.ts.
 */
import { remembered } from './remembered';
import { type SeedStatistics, withRoom } from './seedColumns';

/** A column that smoothing writes into: a plain array or a typed one. */
export type WritableColumn = { [index: number]: number };

/** Largest smoothing weight: at 1 the average would never move from its first value. */
export const MAX_SMOOTHING = 0.999;

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
  /** weight^k for the k finite values averaged so far, as a running product rather than a power per value (docs/decisions/charts.md). */
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
      // smallest subnormal number, whose arithmetic is slow on some CPUs (see docs/decisions/charts.md).
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

/**
 * What the next stage reads of the smoothed columns, for the first `length` epochs. `generation`
 * moves on whenever they had to start over: whatever was built from them starts over too.
 */
export interface SmoothedStatistics {
  readonly generation: number;
  readonly length: number;
  /** The drawn mean: the smoothed mean, or the raw one itself when not smoothed. */
  readonly mean: Float64Array;
  /** The raw mean over seeds, drawn faint behind a smoothed one. */
  readonly rawMean: Float64Array;
  /** Band edges, smoothed like the mean; kept only when `hasBand`. */
  readonly lows: Float64Array;
  readonly highs: Float64Array;
  readonly isSmoothed: boolean;
  readonly hasBand: boolean;
}

/**
 * The seed columns smoothed (when `smoothing` > 0) for drawing: the mean line, and the band's low
 * and high edges pushed out to the smoothed mean, since rounding in the moving average could put
 * the mean a hair outside its own band.
 */
export class SmoothedColumns implements SmoothedStatistics {
  generation = 0;
  length = 0;
  private builtFrom = -1;
  mean: Float64Array = new Float64Array(0);
  lows: Float64Array = new Float64Array(0);
  highs: Float64Array = new Float64Array(0);
  readonly isSmoothed: boolean;
  private averages: MovingAverage[] = [];

  constructor(
    private readonly seeds: SeedStatistics,
    private readonly smoothing: number,
  ) {
    this.isSmoothed = smoothing > 0;
  }

  get rawMean(): Float64Array {
    return this.seeds.mean;
  }

  get hasBand(): boolean {
    return this.seeds.hasBand;
  }

  /** Takes in the epochs the seed columns have gained since the last update. */
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
      let isRewritten = meanAverage.extend(seeds.mean, this.mean, from, to);
      if (seeds.hasBand) {
        this.lows = withRoom(this.lows, to, from);
        this.highs = withRoom(this.highs, to, from);
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

/**
 * Smoothings remembered per seed columns: the charts ask for one at a time, and one more survives
 * switching back and forth. Each holds full-length columns, so dragging the smoothing slider must
 * not pile them up.
 */
const SMOOTHINGS_PER_SEEDS = 2;

/** Keyed by the seed columns they smooth, and forgotten with them. */
const smoothingsBySeeds = new WeakMap<SeedStatistics, Map<string, SmoothedColumns>>();

/**
 * The `seeds` (brought up to date before) smoothed with weight `smoothing`, brought up to date in
 * turn: the same object from one redraw to the next.
 */
export function smoothedColumnsOf(seeds: SeedStatistics, smoothing: number): SmoothedStatistics {
  const smoothings = smoothingsBySeeds.get(seeds) ?? new Map<string, SmoothedColumns>();
  smoothingsBySeeds.set(seeds, smoothings);
  const smoothed = remembered(
    smoothings,
    String(smoothing),
    SMOOTHINGS_PER_SEEDS,
    () => new SmoothedColumns(seeds, smoothing),
  );
  smoothed.update();
  return smoothed;
}
