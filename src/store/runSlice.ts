import type { StateCreator } from 'zustand';
import type { Experiment } from '../core/experiment';
import { classifyExperimentChange } from '../core/experimentChange';
import { MetricHistory } from '../core/metricHistory';
import { validateExperiment } from '../core/validation';
import type {
  BackendName,
  BackendPreference,
  BoundaryGrid,
  WorkerCommand,
  WorkerEvent,
} from '../worker/protocol';
import { selectLoadDataFields } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';

/** Where the store sends worker commands (the TrainingClient, or a recorder in tests). */
export interface CommandSink {
  send(command: WorkerCommand): void;
}

/** Life cycle of a run as the interface shows it. */
export type RunStatus = 'idle' | 'training' | 'pausing' | 'paused' | 'done' | 'diverged' | 'failed';

/** What is known of the current run. */
export interface RunInfo {
  readonly runId: string;
  readonly status: RunStatus;
  readonly backend: BackendName | null;
  readonly backendReason: string;
  readonly parameterCount: number | null;
  /** Last completed epoch (0 before training). */
  readonly epoch: number;
  /** Why the run diverged or failed. */
  readonly message: string | null;
  readonly numTensors: number | null;
}

/** The current run, its curves, the faint curves of the run before a structural change, and its actions. */
export interface RunSlice {
  readonly run: RunInfo;
  /** Mutable history of the current run; `historyVersion` changes whenever it grows. */
  readonly history: MetricHistory;
  readonly historyVersion: number;
  /** The previous run's curves, kept faint for comparison after a structural change. */
  readonly ghostHistory: MetricHistory | null;
  readonly boundary: BoundaryGrid | null;
  /** The person's backend choice (Advanced panel); 'auto' follows the measured policy. */
  readonly backendPreference: BackendPreference;
  /** Set after WebGL failed under a run: later runs load on this backend instead, until the preference changes. */
  readonly backendFallback: BackendName | null;
  /** Why the run is not on the backend it would have used (a WebGL failure), or null. */
  readonly backendNotice: string | null;
  /** Applies an edited experiment: live for optimizer hyper-parameters, a restart otherwise. */
  applyExperiment(next: Experiment): void;
  train(): void;
  pause(): void;
  /** Trains exactly one epoch. */
  step(): void;
  /** Back to epoch 0 with the same experiment, clearing the curves. */
  reset(): void;
  /** Chooses the backend (auto, webgl, wasm or cpu) and restarts the run on it. */
  setBackendPreference(preference: BackendPreference): void;
  handleWorkerEvent(event: WorkerEvent): void;
}

/** The backend a run falls back to when WebGL fails under it: wasm (its own plan falls back to cpu). */
export const WEBGL_FALLBACK_BACKEND: BackendName = 'wasm';

/**
 * Concrete ways out of a divergence for this experiment: a learning rate ten times lower, Adam
 * (unless it is already in use), and gradient clipping (a tighter one if it is already on).
 */
export function divergenceAdvice(experiment: Experiment): string[] {
  const { optimizer } = experiment;
  const learningRate = optimizer.params.learningRate;
  const advice: string[] = [
    typeof learningRate === 'number'
      ? `lower the learning rate (try ${formatRate(learningRate / 10)} instead of ${formatRate(learningRate)})`
      : 'lower the learning rate',
  ];
  if (optimizer.id !== 'adam') advice.push('try the Adam optimizer');
  advice.push(
    optimizer.clipNorm === undefined
      ? 'clip the gradients (a clip norm of 1 is a common start)'
      : `clip the gradients harder (a clip norm below ${formatRate(optimizer.clipNorm)})`,
  );
  return advice;
}

/** The status message of a run that diverged at `epoch`: what happened, then the advice. */
export function divergenceMessage(epoch: number, experiment: Experiment): string {
  const advice = divergenceAdvice(experiment);
  const last = advice.pop();
  const choices = advice.length > 0 ? `${advice.join(', ')} or ${last}` : (last ?? '');
  // No closing full stop: the status line appends " · backend …".
  return `Diverged at epoch ${epoch}: the loss became NaN or infinite, so training stopped. To fix it, ${choices}`;
}

/** A learning rate or norm in the fewest digits that show it (0.001, 10, 1e-7). */
const formatRate = (value: number): string =>
  value !== 0 && Math.abs(value) < 1e-4 ? value.toExponential() : String(Number(value.toPrecision(6)));

const FINISHED: ReadonlySet<RunStatus> = new Set(['done', 'diverged', 'failed']);

let runCounter = 0;
const nextRunId = (): string => {
  runCounter += 1;
  return `run-${runCounter}`;
};

const freshRun = (runId: string): RunInfo => ({
  runId,
  status: 'idle',
  backend: null,
  backendReason: '',
  parameterCount: null,
  epoch: 0,
  message: null,
  numTensors: null,
});

/** Creates the run slice; `sink` is read lazily because the worker client is wired after the store exists. */
export const createRunSlice =
  (sink: () => CommandSink): StateCreator<PlaygroundState, [], [], RunSlice> =>
  (set, get) => {
    /** Disposes the current run and loads a new one at epoch 0; `andThen` follows once loaded. */
    const restart = (options: { keepGhost: boolean; andThen: 'train' | 'step' | null }): void => {
      const state = get();
      const previous = state.run;
      const backend = state.backendFallback ?? state.backendPreference;
      sink().send({ type: 'dispose', runId: previous.runId });
      const run = freshRun(nextRunId());
      const ghostHistory = options.keepGhost && state.history.length > 1 ? state.history : state.ghostHistory;
      set({
        run,
        history: new MetricHistory(),
        historyVersion: state.historyVersion + 1,
        ghostHistory: options.keepGhost ? ghostHistory : null,
        boundary: null,
      });
      if (validateExperiment(state.experiment).length > 0) return;
      sink().send({
        type: 'load',
        runId: run.runId,
        experiment: state.experiment,
        backend,
        ...selectLoadDataFields(state),
      });
      if (options.andThen) {
        sink().send({ type: options.andThen, runId: run.runId });
        set({ run: { ...run, status: 'training' } });
      }
    };

    const updateRun = (runId: string, patch: Partial<RunInfo>): void => {
      const { run } = get();
      if (run.runId !== runId) return;
      set({ run: { ...run, ...patch } });
    };

    return {
      run: freshRun(nextRunId()),
      history: new MetricHistory(),
      historyVersion: 0,
      ghostHistory: null,
      boundary: null,
      backendPreference: 'auto',
      backendFallback: null,
      backendNotice: null,

      applyExperiment: (next) => {
        const { experiment: previous, run } = get();
        const change = classifyExperimentChange(previous, next);
        if (change === 'none') return;
        set({ experiment: next });
        if (change === 'optimizerParams') {
          sink().send({ type: 'updateOptimizer', runId: run.runId, optimizer: next.optimizer });
          return;
        }
        restart({ keepGhost: true, andThen: run.status === 'training' ? 'train' : null });
      },

      train: () => {
        const { run } = get();
        if (FINISHED.has(run.status)) {
          restart({ keepGhost: true, andThen: 'train' });
          return;
        }
        sink().send({ type: 'train', runId: run.runId });
        set({ run: { ...run, status: 'training', message: null } });
      },

      pause: () => {
        const { run } = get();
        if (run.status !== 'training') return;
        sink().send({ type: 'pause', runId: run.runId });
        // Paused only once the worker says so: epochs it trained before the command still arrive.
        set({ run: { ...run, status: 'pausing' } });
      },

      step: () => {
        const { run } = get();
        if (FINISHED.has(run.status)) {
          restart({ keepGhost: true, andThen: 'step' });
          return;
        }
        sink().send({ type: 'step', runId: run.runId });
        set({ run: { ...run, status: 'training' } });
      },

      reset: () => restart({ keepGhost: false, andThen: null }),

      setBackendPreference: (preference) => {
        const { backendPreference, backendFallback, run } = get();
        if (preference === backendPreference && backendFallback === null) return;
        set({ backendPreference: preference, backendFallback: null, backendNotice: null });
        restart({ keepGhost: true, andThen: run.status === 'training' ? 'train' : null });
      },

      handleWorkerEvent: (event) => {
        if (event.runId !== get().run.runId) return;
        switch (event.type) {
          case 'runLoaded':
            updateRun(event.runId, {
              backend: event.backend,
              backendReason: event.backendReason,
              parameterCount: event.parameterCount,
            });
            return;
          case 'epochsEnded': {
            const { history, historyVersion, run } = get();
            history.append(event.metrics);
            const lastEpoch = event.metrics.epoch[event.metrics.epoch.length - 1] ?? run.epoch;
            set({
              historyVersion: historyVersion + 1,
              run: { ...run, epoch: lastEpoch, numTensors: event.numTensors },
            });
            return;
          }
          case 'boundaryComputed':
            set({ boundary: event.grid });
            return;
          case 'runPaused':
            updateRun(event.runId, { status: 'paused', epoch: event.epoch });
            return;
          case 'runFinished':
            updateRun(event.runId, { status: 'done', epoch: event.epoch });
            return;
          case 'runDiverged':
            updateRun(event.runId, {
              status: 'diverged',
              message: divergenceMessage(event.epoch, get().experiment),
            });
            return;
          case 'runFailed': {
            const { run, backendFallback } = get();
            // Every tensor of a WebGL run lived in the lost context: the run restarts elsewhere, once.
            if (run.backend === 'webgl' && backendFallback === null) {
              set({
                backendFallback: WEBGL_FALLBACK_BACKEND,
                backendNotice: `WebGL stopped working, so the run restarted from epoch 0 on ${WEBGL_FALLBACK_BACKEND}. (${event.message}.)`,
              });
              restart({ keepGhost: true, andThen: run.status === 'training' ? 'train' : null });
              return;
            }
            updateRun(event.runId, { status: 'failed', message: event.message });
            return;
          }
          default:
            assertUnreachable(event);
        }
      },
    };
  };

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled worker event ${JSON.stringify(value)}`);
}
