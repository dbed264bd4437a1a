/**
 * Last stage of a chart's series: what a comparison chart draws, from the variants' metric
 * histories. Per variant and split, the mean over seeds (seedColumns.ts), smoothed when asked
 * (smoothedColumns.ts), the raw mean kept faint behind it, and the seeds' min-max band, each cut
 * down to a number of points that redraws quickly (keptColumns.ts) and placed here on the chosen
 * x-axis. Next: chartDrawing.ts names and colours the lines, chartPaths.ts turns them into paths.
 */
import type { MetricHistory, MetricKey } from '../run/metricHistory';
import type { EpochMark } from '../run/types';
import { type ChartOptions, type ChartXAxis, xValue } from './chartOptions';
import { keptColumnsOf } from './keptColumns';
import { commonLength, seedColumnsOf } from './seedColumns';
import { smoothedColumnsOf } from './smoothedColumns';

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
  /** What changed during the run and after which epoch, drawn as labelled markers; none when absent. */
  readonly marks?: readonly EpochMark[];
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

/** Infinity would stretch a linear axis until every other curve is flat: it becomes a gap like NaN. */
const gapIfInfinite = (value: number): number => (Number.isFinite(value) ? value : Number.NaN);

/** Mean of the seeds' values at one epoch index. */
const meanAt = (series: readonly ArrayLike<number>[], index: number): number =>
  series.reduce((sum, values) => sum + (values[index] as number), 0) / series.length;

/** Where epoch index `i` of a source stands on the chosen axis; time is the mean over its seeds. */
function xPosition(source: CurveSource, axis: ChartXAxis): (index: number) => number {
  const epochs = source.histories[0]?.epochValues();
  const elapsedMs = source.histories.map((history) => history.values('elapsedMs'));
  return (i) =>
    xValue(axis, epochs?.[i] ?? i, axis === 'time' ? meanAt(elapsedMs, i) : 0, source.trainingSetSize);
}

/*
 * Runs reach 100,000 epochs and a chart redraws four times a second, so the full-length work
 * (seed mean, min and max, smoothing, downsampling) is cached by each stage and extended by the
 * new epochs only; here only the few hundred drawn points become objects.
 */
function splitLines(
  source: CurveSource,
  split: CurveSplit,
  key: MetricKey,
  options: ChartOptions,
  maxPoints: number,
): CurveLines {
  const lines = { variantIndex: source.variantIndex, label: source.label, split };
  if (source.histories.length === 0) return { ...lines, mean: [], rawMean: [], band: [] };
  const seeds = seedColumnsOf(source.histories, key);
  const smoothed = smoothedColumnsOf(seeds, options.smoothing);
  const kept = keptColumnsOf(smoothed, options.isLogScale, maxPoints);
  const xAt = xPosition(source, options.xAxis);
  const linePoints = (ys: Float64Array, epochs: readonly number[]): LinePoint[] =>
    epochs.map((i) => ({ x: xAt(i), y: gapIfInfinite(ys[i] as number) }));
  return {
    ...lines,
    mean: linePoints(kept.mean, kept.meanEpochs),
    rawMean: linePoints(kept.rawMean, kept.rawMeanEpochs),
    band: kept.bandEpochs.map((i) => ({
      x: xAt(i),
      range: [gapIfInfinite(kept.lows[i] as number), gapIfInfinite(kept.highs[i] as number)],
    })),
  };
}

/**
 * The lines and bands of a chart: for each source, its train then its test curves, each of at most
 * `maxPoints` points (at least 2) per line. Only epochs every seed of a source has reached count.
 * A redraw after new epochs costs those epochs and the drawn points, not the whole history.
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
