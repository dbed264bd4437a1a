import { METRIC_KEYS, type MetricHistory, type MetricKey } from '../run/metricHistory';
import type { BackendName, EngineName } from '../run/types';
import { downsampleSeries } from './downsample';
import {
  type BestMetrics,
  type FinalMetrics,
  NOTEBOOK_SCHEMA_VERSION,
  type NotebookRecord,
  type RaceMembership,
  type RecordedFinding,
  type RecordedStatus,
  type SeedCurves,
} from './record';

/** One seed's run as the recorder sees it: its curves, the engine it trains on and where it stands. */
export interface RecordedRun {
  readonly history: MetricHistory;
  readonly seed: number;
  readonly engine: EngineName | null;
  /** The store's status: idle, training, pausing, paused, done, diverged or failed. */
  readonly status: string;
}

/** What the recorder knows of a record beyond its runs: its identity, the person's words and the experiment. */
export interface RecordHeader {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly isStarred: boolean;
  readonly link: string;
  readonly startedAt: number;
  readonly race: RaceMembership | null;
  readonly trainingSetSize: number;
}

/** Where the seeds stand together: training while any trains, then paused, then the worst ending. */
export function recordedStatus(statuses: readonly string[], isCutOff = false): RecordedStatus {
  const has = (status: string): boolean => statuses.includes(status);
  if (has('training') || has('pausing') || has('idle')) return isCutOff ? 'stopped' : 'training';
  if (has('paused')) return isCutOff ? 'stopped' : 'paused';
  if (has('failed')) return 'failed';
  if (has('diverged')) return 'diverged';
  return 'done';
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Final and best metrics over the epochs every seed reached (mean over seeds at each). */
export function runMetrics(histories: readonly MetricHistory[]): {
  final: FinalMetrics | null;
  best: BestMetrics | null;
  epochs: number;
} {
  const length = histories.length === 0 ? 0 : Math.min(...histories.map((history) => history.length));
  if (length === 0) return { final: null, best: null, epochs: 0 };
  const columns = (key: MetricKey): Float64Array[] => histories.map((history) => history.values(key));
  const at = (series: readonly Float64Array[], index: number): number =>
    mean(series.map((values) => values[index] as number));
  const accuracy = columns('testAccuracy');
  const loss = columns('testLoss');
  const epochsOf = (histories[0] as MetricHistory).epochValues();
  let best: { -readonly [Key in keyof BestMetrics]: BestMetrics[Key] } | null = null;
  for (let i = 0; i < length; i++) {
    const a = at(accuracy, i);
    const l = at(loss, i);
    const epoch = epochsOf[i] as number;
    best ??= { testAccuracy: a, testAccuracyEpoch: epoch, testLoss: l, testLossEpoch: epoch };
    // NaN never wins: a diverged epoch is no one's best.
    if (a > best.testAccuracy || Number.isNaN(best.testAccuracy)) {
      best.testAccuracy = a;
      best.testAccuracyEpoch = epoch;
    }
    if (l < best.testLoss || Number.isNaN(best.testLoss)) {
      best.testLoss = l;
      best.testLossEpoch = epoch;
    }
  }
  const last = length - 1;
  const final: FinalMetrics = {
    trainLoss: at(columns('trainLoss'), last),
    trainAccuracy: at(columns('trainAccuracy'), last),
    testLoss: at(loss, last),
    testAccuracy: at(accuracy, last),
  };
  return { final, best, epochs: epochsOf[last] as number };
}

/** A seed's curves, each series downsampled to at most MAX_STORED_POINTS points. */
export function seedCurvesOf(history: MetricHistory): SeedCurves {
  const epochs = history.epochValues();
  const entries = METRIC_KEYS.map((key) => [key, downsampleSeries(epochs, history.values(key))] as const);
  return Object.fromEntries(entries) as unknown as SeedCurves;
}

/**
 * The record of one variant's runs (one per seed) as they stand now. The person's name, note and
 * star come from `header`; `isCutOff` says the runs were replaced before they finished; `findings`
 * are the doctor's, worst first.
 */
export function buildRecord(
  header: RecordHeader,
  runs: readonly RecordedRun[],
  isCutOff = false,
  findings: readonly RecordedFinding[] = [],
): NotebookRecord {
  const histories = runs.map((run) => run.history);
  const { final, best, epochs } = runMetrics(histories);
  const engine = runs.find((run) => run.engine !== null)?.engine ?? null;
  const durationMs = Math.max(0, ...histories.map((history) => history.latest()?.elapsedMs ?? 0));
  return {
    schemaVersion: NOTEBOOK_SCHEMA_VERSION,
    ...header,
    seeds: runs.map((run) => run.seed),
    engine: engine === null ? null : engine === 'js' ? 'js' : 'tfjs',
    backend: engine === null || engine === 'js' ? null : (engine as BackendName),
    durationMs,
    epochs,
    status: recordedStatus(
      runs.map((run) => run.status),
      isCutOff,
    ),
    curves: histories.map(seedCurvesOf),
    final,
    best,
    // Only what the words need: the fixes are worked out again from today's settings when shown.
    findings: findings.map(({ id, epoch, evidence }) => ({ id, epoch, evidence })),
  };
}
