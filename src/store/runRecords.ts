import type { LiveChange } from '../core/compare/liveChanges';
/**
 * The runs the store knows of, one per variant and seed, and the plain rules about them: how a run
 * is made, what the status of the whole race is, and what to say when a run diverges.
 */
import type { Experiment } from '../core/experiment/experiment';
import type { MessageRef } from '../core/i18n/catalogue';
import { t } from '../core/i18n/translate';
import type { BackendReason } from '../core/run/backendMeasurement';
import { MetricHistory } from '../core/run/metricHistory';
import type { BoundaryGrid, EngineName, EpochProgress } from '../core/run/types';
import type { WorkerCommand } from '../worker/training/protocol';

/** Where the store sends worker commands (the TrainingClient, or a recorder in tests). */
export interface CommandSink {
  send(command: WorkerCommand): void;
}

/** Life cycle of a run as the interface shows it. */
export type RunStatus = 'idle' | 'training' | 'pausing' | 'paused' | 'done' | 'diverged' | 'failed';

/** What is known of one run. */
export interface RunInfo {
  readonly runId: string;
  readonly status: RunStatus;
  readonly backend: EngineName | null;
  /** Why this backend, as the worker's messages (backendReasonText puts them into words). */
  readonly backendReason: BackendReason;
  /** Milliseconds per training step when the backend was chosen by timing it. */
  readonly msPerStep: number | null;
  readonly parameterCount: number | null;
  /** Last completed epoch (0 before training). */
  readonly epoch: number;
  /** Why the run failed, put into words when shown. */
  readonly message: MessageRef | null;
  /** The epoch whose loss became NaN or infinite, once the run has diverged. */
  readonly divergedAtEpoch: number | null;
  readonly numTensors: number | null;
  /** How far a slow epoch has got, while one is under way and reported; null otherwise. */
  readonly progress: EpochProgress | null;
}

/** One run of the race: a variant trained with one of its seeds, its curves and its boundary. */
export interface RunRecord extends RunInfo {
  /** Index of the variant (0 for A). */
  readonly variantIndex: number;
  /** Index of the seed (0 for the variant's own training seed, then +1, +2, …). */
  readonly seedIndex: number;
  /** Mutable history; the store's `historyVersion` changes whenever any history grows. */
  readonly history: MetricHistory;
  readonly boundary: BoundaryGrid | null;
  /** Optimizer settings changed while it trained, each marked on the charts at its epoch. */
  readonly liveChanges: readonly LiveChange[];
}

/** Statuses after which a run trains no more until it is restarted. */
export const FINISHED: ReadonlySet<RunStatus> = new Set(['done', 'diverged', 'failed']);

let runCounter = 0;

/** A run at epoch 0, not yet loaded, with a fresh id. */
export function freshRun(variantIndex: number, seedIndex: number): RunRecord {
  runCounter += 1;
  return {
    runId: `run-${runCounter}`,
    status: 'idle',
    backend: null,
    backendReason: [],
    msPerStep: null,
    parameterCount: null,
    epoch: 0,
    message: null,
    divergedAtEpoch: null,
    numTensors: null,
    progress: null,
    variantIndex,
    seedIndex,
    history: new MetricHistory(),
    boundary: null,
    liveChanges: [],
  };
}

/**
 * The status of the race as one: training while any run trains, pausing while any pauses, done
 * only when every run has finished. A single run's status is its own.
 */
export function combinedStatus(runs: readonly RunInfo[]): RunStatus {
  const first = runs[0];
  if (!first) return 'idle';
  if (runs.length === 1) return first.status;
  const has = (status: RunStatus): boolean => runs.some((run) => run.status === status);
  if (has('training')) return 'training';
  if (has('pausing')) return 'pausing';
  if (has('paused')) return 'paused';
  if (has('idle')) return 'idle';
  if (has('done')) return 'done';
  return has('diverged') ? 'diverged' : 'failed';
}

/**
 * Concrete ways out of a divergence for this experiment: a learning rate ten times lower, Adam
 * (unless it is already in use), and gradient clipping (a tighter one if it is already on).
 */
export function divergenceAdvice(experiment: Experiment): string[] {
  const { optimizer } = experiment;
  const learningRate = optimizer.params.learningRate;
  const advice: string[] = [
    typeof learningRate === 'number'
      ? t('training.advice.lowerRateTo', {
          lower: formatRate(learningRate / 10),
          current: formatRate(learningRate),
        })
      : t('training.advice.lowerRate'),
  ];
  if (optimizer.id !== 'adam') advice.push(t('training.advice.adam'));
  advice.push(
    optimizer.clipNorm === undefined
      ? t('training.advice.clip')
      : t('training.advice.clipHarder', { norm: formatRate(optimizer.clipNorm) }),
  );
  return advice;
}

/** The status message of a run that diverged at `epoch`: what happened, then the advice. */
export function divergenceMessage(epoch: number, experiment: Experiment): string {
  const advice = divergenceAdvice(experiment);
  const last = advice.pop();
  const choices =
    advice.length > 0
      ? t('training.advice.choices', { first: advice.join(t('training.listSeparator')), last: last ?? '' })
      : (last ?? '');
  // No closing full stop: the status line appends " · backend …".
  return t('training.divergedAt', { epoch, advice: choices });
}

/** A learning rate or norm in the fewest digits that show it (0.001, 10, 1e-7). */
const formatRate = (value: number): string =>
  value !== 0 && Math.abs(value) < 1e-4 ? value.toExponential() : String(Number(value.toPrecision(6)));
