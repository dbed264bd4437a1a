/**
 * A run as the notebook keeps it: plain, structured-cloneable data, the same in IndexedDB, in
 * memory and (later) in an export. The format is described in docs/decisions/notebook.md.
 */
import type { FindingId } from '../doctor/rules';
import type { MessageParams } from '../i18n/catalogue';
import type { MetricKey } from '../run/metricHistory';
import type { BackendName } from '../run/types';

/** The version of the record format this code writes; older records are migrated when read (migrate.ts). */
export const NOTEBOOK_SCHEMA_VERSION = 2;

/** At most this many points are kept per series (downsample.ts). */
export const MAX_STORED_POINTS = 1000;

/** One metric series of one seed: the epochs kept and the value at each, same length. */
export interface StoredSeries {
  readonly epochs: readonly number[];
  readonly values: readonly number[];
}

/** One seed's curves, each series downsampled on its own so that its extremes are kept. */
export type SeedCurves = Readonly<Record<MetricKey, StoredSeries>>;

/** What a run reached: the mean over its seeds at the last epoch they all trained; null before the first. */
export interface FinalMetrics {
  readonly trainLoss: number;
  readonly trainAccuracy: number;
  readonly testLoss: number;
  readonly testAccuracy: number;
}

/** The best test figures over the run (mean over seeds per epoch), and the epochs they came at. */
export interface BestMetrics {
  readonly testAccuracy: number;
  readonly testAccuracyEpoch: number;
  readonly testLoss: number;
  readonly testLossEpoch: number;
}

/** One of the doctor's findings as recorded: which rule, the epoch it is about and its figures (words are made when shown). */
export interface RecordedFinding {
  readonly id: FindingId;
  readonly epoch: number;
  readonly evidence: MessageParams;
}

/** How the run stood when last written. */
export type RecordedStatus = 'training' | 'paused' | 'done' | 'diverged' | 'failed' | 'stopped';

/** A race's run: which race, and which variant of it. */
export interface RaceMembership {
  /** Shared by every variant's record of one race. */
  readonly raceId: string;
  /** 'A' to 'D'. */
  readonly variant: string;
  /** The variant's short name in the race ("B · SGD"). */
  readonly label: string;
}

/** One run of the notebook: one experiment over its seeds (a race records one per variant). */
export interface NotebookRecord {
  readonly schemaVersion: typeof NOTEBOOK_SCHEMA_VERSION;
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly isStarred: boolean;
  /** The whole experiment as its link's query (encodeExperiment), without '#'. */
  readonly link: string;
  /** The training seed of each of its runs, in order (the variant's seed, +1, …). */
  readonly seeds: readonly number[];
  /** 'js' for the plain-JavaScript engine, 'tfjs' otherwise; null before the worker said. */
  readonly engine: 'js' | 'tfjs' | null;
  /** The tfjs backend; null on the JavaScript engine or before the worker said. */
  readonly backend: BackendName | null;
  /** When Train was pressed, in milliseconds since 1970. */
  readonly startedAt: number;
  /** Training time, pauses excluded (the longest of its seeds), in milliseconds. */
  readonly durationMs: number;
  /** Last epoch all its seeds completed. */
  readonly epochs: number;
  readonly status: RecordedStatus;
  readonly race: RaceMembership | null;
  /** Training examples per epoch, for the "examples seen" axis of an overlay. */
  readonly trainingSetSize: number;
  /** One entry per seed. */
  readonly curves: readonly SeedCurves[];
  readonly final: FinalMetrics | null;
  readonly best: BestMetrics | null;
  /** The doctor's findings at the last write, worst first (those of the variant's worst seed); empty when none. */
  readonly findings: readonly RecordedFinding[];
}
