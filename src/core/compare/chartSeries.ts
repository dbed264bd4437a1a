/**
 * What a comparison chart draws, from the variants' metric histories: per variant and split, the
 * mean over seeds (smoothed when asked), the raw mean kept faint behind it, and the seeds' min-max
 * band, each on the chosen x-axis and cut down to a number of points that redraws quickly.
 */
import type { MetricHistory, MetricKey } from '../metricHistory';
import { downsample, exponentialMovingAverage } from '../series';
import { type ChartOptions, type ChartXAxis, xValue } from './chartOptions';

/** One variant's runs as a chart sees them. */
export interface CurveSource {
  /** Position of the variant (0 for A): picks its colour. */
  readonly variantIndex: number;
  /** Name shown in the legend, e.g. "A · SGD". */
  readonly label: string;
  /** One history per seed; they are mutated in place as epochs arrive. */
  readonly histories: readonly MetricHistory[];
  /** Examples per epoch, for the "examples seen" axis. */
  readonly trainingSetSize: number;
}

/** Which metric of a chart feeds its train and its test lines. */
export interface MetricPair {
  readonly trainKey: MetricKey;
  readonly testKey: MetricKey;
}

/** Train or test. */
export type CurveSplit = 'train' | 'test';

/** A point of a drawn line; y is NaN where a diverged run leaves a gap. */
export interface LinePoint {
  readonly x: number;
  readonly y: number;
}

/** A point of a band: the lowest and highest seed at x (the [low, high] pair a range area draws). */
export interface BandPoint {
  readonly x: number;
  readonly range: readonly [number, number];
}

/** Everything drawn for one variant and one split. */
export interface CurveLines {
  readonly variantIndex: number;
  readonly label: string;
  readonly split: CurveSplit;
  /** Mean over seeds, smoothed when smoothing > 0. */
  readonly mean: LinePoint[];
  /** The unsmoothed mean, drawn faint behind; empty when smoothing is 0 (the mean is raw then). */
  readonly rawMean: LinePoint[];
  /** Lowest and highest seed, smoothed like the mean; empty with fewer than two seeds. */
  readonly band: BandPoint[];
}

/** Whether a value can stand on a log y-axis, which has no place for zero, negatives or NaN. */
const isPositiveFinite = (value: number): boolean => Number.isFinite(value) && value > 0;

/** Infinity would stretch a linear axis until every other curve is flat: it becomes a gap like NaN. */
const gapIfInfinite = (value: number): number => (Number.isFinite(value) ? value : Number.NaN);

/*
 * Runs reach 100,000 epochs and a chart redraws four times a second, so the full-length work below
 * is plain loops over typed arrays: no per-epoch objects, closures or intermediate arrays. Only the
 * few hundred points that are drawn become objects.
 */

/** A full-length column of values, one per epoch; writable so that smoothing and clamping work in place. */
type Column = Float64Array | number[];

/** Mean, min and max over seeds, as `seedBand` computes them. */
interface SeedColumns {
  readonly mean: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/** The length all seeds have reached (0 without seeds). */
const commonLength = (series: readonly ArrayLike<number>[]): number =>
  series.reduce((length, values) => Math.min(length, values.length), series.length === 0 ? 0 : Infinity);

/**
 * Mean, min and max over seeds of the epochs all reached. Where a seed diverged the mean is NaN and
 * so are min and max, so that band and mean are smoothed over the same epochs and stop together.
 */
function seedColumns(series: readonly ArrayLike<number>[]): SeedColumns {
  const length = commonLength(series);
  const mean = new Float64Array(length);
  const min = new Float64Array(length);
  const max = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < series.length; s++) {
      const value = (series[s] as ArrayLike<number>)[i] as number;
      sum += value;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    mean[i] = sum / series.length;
    const isGap = !Number.isFinite(mean[i]);
    min[i] = isGap ? Number.NaN : low;
    max[i] = isGap ? Number.NaN : high;
  }
  return { mean, min, max };
}

/** Mean of the seeds' values at one epoch index. */
const meanAt = (series: readonly ArrayLike<number>[], index: number): number =>
  series.reduce((sum, values) => sum + (values[index] as number), 0) / series.length;

/** 0, 1, 2, …: downsampling "by index" passes them as the x column. Shared and grown, never rebuilt per redraw. */
let indexColumn = new Int32Array(0);
function epochIndices(length: number): Int32Array {
  if (indexColumn.length < length) {
    indexColumn = new Int32Array(Math.max(length, indexColumn.length * 2));
    for (let i = 0; i < indexColumn.length; i++) indexColumn[i] = i;
  }
  return indexColumn.subarray(0, length);
}

/** Epochs (ascending) a line may use: all on a linear axis, those where `ys` and `alsoYs` are positive on a log axis. */
function drawableEpochs(ys: Column, alsoYs: Column, isLogScale: boolean): Int32Array {
  if (!isLogScale) return epochIndices(ys.length);
  const indices = new Int32Array(ys.length);
  let count = 0;
  for (let i = 0; i < ys.length; i++) {
    if (isPositiveFinite(ys[i] as number) && isPositiveFinite(alsoYs[i] as number)) indices[count++] = i;
  }
  return indices.subarray(0, count);
}

/** Which of the `epochs` `downsample` keeps, judged by the values `ys` takes there; parallel columns are then cut alike. */
function keptEpochs(epochs: Int32Array, ys: Column, maxPoints: number): number[] {
  if (epochs.length === ys.length) return downsample(epochs, ys, maxPoints).xs;
  const picked = new Float64Array(epochs.length);
  for (let k = 0; k < epochs.length; k++) picked[k] = ys[epochs[k] as number] as number;
  return downsample(epochs, picked, maxPoints).xs;
}

function linePoints(ys: Column, xAt: (index: number) => number, isLogScale: boolean, maxPoints: number) {
  const kept = keptEpochs(drawableEpochs(ys, ys, isLogScale), ys, maxPoints);
  return kept.map((i): LinePoint => ({ x: xAt(i), y: gapIfInfinite(ys[i] as number) }));
}

/** A band keeps the dips of its low edge and the spikes of its high edge, both edges at each kept x. */
function bandPoints(
  lows: Column,
  highs: Column,
  xAt: (index: number) => number,
  isLogScale: boolean,
  maxPoints: number,
): BandPoint[] {
  const epochs = drawableEpochs(lows, highs, isLogScale);
  const half = Math.max(2, Math.floor(maxPoints / 2));
  const kept = new Set([...keptEpochs(epochs, lows, half), ...keptEpochs(epochs, highs, half)]);
  return [...kept]
    .sort((a, b) => a - b)
    .map((i) => ({
      x: xAt(i),
      range: [gapIfInfinite(lows[i] as number), gapIfInfinite(highs[i] as number)],
    }));
}

/** Where epoch index `i` of a source stands on the chosen axis; time is the mean over its seeds. */
function xPosition(source: CurveSource, axis: ChartXAxis): (index: number) => number {
  const epochs = source.histories[0]?.epochValues();
  const elapsedMs = source.histories.map((history) => history.values('elapsedMs'));
  return (i) =>
    xValue(axis, epochs?.[i] ?? i, axis === 'time' ? meanAt(elapsedMs, i) : 0, source.trainingSetSize);
}

function splitLines(
  source: CurveSource,
  split: CurveSplit,
  key: MetricKey,
  options: ChartOptions,
  maxPoints: number,
): CurveLines {
  const { mean, min, max } = seedColumns(source.histories.map((history) => history.values(key)));
  const xAt = xPosition(source, options.xAxis);
  const { isLogScale } = options;
  const isSmoothed = options.smoothing > 0;
  const smooth = (values: Float64Array): Column =>
    isSmoothed ? exponentialMovingAverage(values, options.smoothing) : values;
  const smoothMean = smooth(mean);
  let band: BandPoint[] = [];
  if (source.histories.length >= 2) {
    const lows = smooth(min);
    const highs = smooth(max);
    // Rounding in the moving average could put the mean a hair outside its own band.
    for (let i = 0; i < mean.length; i++) {
      lows[i] = Math.min(lows[i] as number, smoothMean[i] as number);
      highs[i] = Math.max(highs[i] as number, smoothMean[i] as number);
    }
    band = bandPoints(lows, highs, xAt, isLogScale, maxPoints);
  }
  return {
    variantIndex: source.variantIndex,
    label: source.label,
    split,
    mean: linePoints(smoothMean, xAt, isLogScale, maxPoints),
    rawMean: isSmoothed ? linePoints(mean, xAt, isLogScale, maxPoints) : [],
    band,
  };
}

/**
 * The lines and bands of a chart: for each source, its train then its test curves, each of at most
 * `maxPoints` points (at least 2) per line. Only epochs every seed of a source has reached count.
 */
export function buildCurveLines(
  sources: readonly CurveSource[],
  metrics: MetricPair,
  options: ChartOptions,
  maxPoints: number,
): CurveLines[] {
  return sources.flatMap((source) => [
    splitLines(source, 'train', metrics.trainKey, options, maxPoints),
    splitLines(source, 'test', metrics.testKey, options, maxPoints),
  ]);
}

/** A source's latest train and test values: the raw mean over seeds at the last epoch all reached. */
export interface LatestMeans {
  readonly epoch: number;
  readonly train: number;
  readonly test: number;
}

/** The latest raw means of a source, or null before its first complete epoch. */
export function latestMeans(source: CurveSource, metrics: MetricPair): LatestMeans | null {
  const train = source.histories.map((history) => history.values(metrics.trainKey));
  const test = source.histories.map((history) => history.values(metrics.testKey));
  const last = commonLength(train) - 1;
  if (last < 0) return null;
  const epoch = source.histories[0]?.epochValues()[last] ?? last;
  return { epoch, train: meanAt(train, last), test: meanAt(test, last) };
}

/** A log y-axis: whole decades around the data, and the ticks to label on it. */
export interface LogAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** Round-trips 10^k to the nearest double, so that 0.1 is 0.1 rather than 0.10000000000000002. */
const decade = (exponent: number): number => Number((10 ** exponent).toPrecision(12));

/**
 * The positive domain and ticks of a log axis over `values` (non-positive and non-finite ones are
 * ignored): powers of ten, with 2× and 5× between them when the data spans a single decade.
 */
export function logAxis(values: Iterable<number>): LogAxis {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!isPositiveFinite(value)) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  // Nothing to show yet: a loss usually starts within 0.1 to 10.
  if (low > high) return { domain: [0.1, 10], ticks: [0.1, 1, 10] };
  const lowExponent = Math.floor(Math.log10(low));
  const highExponent = Math.max(lowExponent + 1, Math.ceil(Math.log10(high)));
  const ticks: number[] = [];
  for (let exponent = lowExponent; exponent <= highExponent; exponent++) {
    const power = decade(exponent);
    ticks.push(power);
    if (highExponent - lowExponent === 1 && exponent < highExponent) {
      ticks.push(Number((2 * power).toPrecision(12)), Number((5 * power).toPrecision(12)));
    }
  }
  return { domain: [decade(lowExponent), decade(highExponent)], ticks };
}

/** Text of an x-axis tick: whole epochs, examples in k or M, seconds to one decimal ("1.5", "3"). */
export function formatXTick(axis: ChartXAxis, value: number): string {
  switch (axis) {
    case 'epochs':
      return String(Math.round(value));
    case 'examples': {
      const size = Math.abs(value);
      if (size >= 1e6) return `${Number((value / 1e6).toFixed(1))}M`;
      if (size >= 1e3) return `${Number((value / 1e3).toFixed(size >= 1e4 ? 0 : 1))}k`;
      return String(Math.round(value));
    }
    case 'time':
      return String(Number(value.toFixed(1)));
  }
}
