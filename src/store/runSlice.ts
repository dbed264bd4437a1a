import type { StateCreator } from 'zustand';
import { withLiveChange } from '../core/compare/liveChanges';
import { withSeedIndex } from '../core/compare/workspace';
import type { DatasetConfig, Experiment, OptimizerConfig } from '../core/experiment/experiment';
import { validateExperiment } from '../core/experiment/validation';
import type { MessageRef } from '../core/i18n/catalogue';
import { type BackendMeasurement, modelSignature } from '../core/run/backendMeasurement';
import type { MetricHistory } from '../core/run/metricHistory';
import type { BackendName, BackendPreference } from '../core/run/types';
import { assertNever } from '../core/util/assert';
import type { WorkerEvent } from '../worker/training/protocol';
import { keepMeasurement, measurementsOf, pageStorage } from './backendMeasurements';
import { selectLoadDataFields } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';
import { type CommandSink, combinedStatus, FINISHED, freshRun, type RunRecord } from './runRecords';

export type { CommandSink, RunInfo, RunRecord, RunStatus } from './runRecords';
export { divergenceAdvice, divergenceMessage } from './runRecords';

/**
 * What makes two runs' curves comparable: the same data set, with the same classes (own data: the
 * same upload). Noise, points, split and seed vary the same data set and keep the previous curve.
 */
export function dataSetIdentity(dataset: DatasetConfig, customDataVersion: number): string {
  if (dataset.id === 'custom') return `custom:${customDataVersion}`;
  return `${dataset.id}:${dataset.numClasses}`;
}

/** WebGL failed under the runs: they restarted on `backend`; `cause` is the failure, put into words when shown. */
export interface BackendNotice {
  /** The GPU backend that stopped working, and the one the runs restarted on. */
  readonly lost: BackendName;
  readonly backend: BackendName;
  readonly cause: MessageRef;
}

/** How a restart goes on: training, one epoch, or waiting at epoch 0. */
export interface RestartOptions {
  /** Keep the current curves faint behind the new ones (single runs only: a race has no room for ghosts). */
  readonly keepGhost: boolean;
  readonly andThen: 'train' | 'step' | null;
}

/** The runs of the race (one per variant and seed), their curves, and the actions on all of them. */
export interface RunSlice {
  /** Variant by variant, seed by seed: index variantIndex × seedCount + seedIndex. */
  readonly runs: readonly RunRecord[];
  /** Changes whenever any run's history grows (the histories are mutated in place). */
  readonly historyVersion: number;
  /** The previous run's curves, kept faint after a structural change of a single run on the same data set. */
  readonly ghostHistory: MetricHistory | null;
  /** Which data set the runs measure (see dataSetIdentity); null until the first runs are made. */
  readonly runsDataSet: string | null;
  /** The person's backend choice (Advanced panel); 'auto' follows the measured policy. */
  readonly backendPreference: BackendPreference;
  /** Set after WebGL failed under a run: later runs load on this backend instead, until the preference changes. */
  readonly backendFallback: BackendName | null;
  /** Why the runs are not on the backend they would have used (a WebGL failure), or null. */
  readonly backendNotice: BackendNotice | null;
  /** Trains every run that has not finished; when all have, starts them all afresh. */
  train(): void;
  pause(): void;
  /** Trains exactly one epoch of every run. */
  step(): void;
  /** Back to epoch 0 with the same variants, clearing the curves. */
  reset(): void;
  /** Chooses the backend (auto, webgl, wasm or cpu) and restarts the runs on it. */
  setBackendPreference(preference: BackendPreference): void;
  /** Disposes every run and loads the variants afresh at epoch 0, together so that the race is fair. */
  restartRuns(options: RestartOptions): void;
  /**
   * Disposes one variant's runs and loads them afresh at epoch 0 with its current settings; the
   * other variants keep their runs (the lockstep lets them on once the new runs catch up). With one
   * variant, the same as restartRuns keeping the old curves faint.
   */
  restartVariant(variantIndex: number, andThen: 'train' | null): void;
  /** Sends new optimizer settings to the variant's runs; with `before`, marks the change on runs that have started. */
  updateOptimizerLive(variantIndex: number, optimizer: OptimizerConfig, before?: OptimizerConfig): void;
  handleWorkerEvent(event: WorkerEvent): void;
}

/** The backend runs fall back to when WebGL fails under them: wasm (its own plan falls back to cpu). */
export const WEBGL_FALLBACK_BACKEND: BackendName = 'wasm';

/** What the page measured before for this kind of model, for the automatic backend only. */
const measuredFields = (
  experiment: Experiment,
  backend: BackendPreference,
): { readonly measuredBackends?: readonly BackendMeasurement[] } => {
  if (backend !== 'auto') return {};
  const kept = measurementsOf(pageStorage(), modelSignature(experiment));
  return kept.length > 0 ? { measuredBackends: kept } : {};
};

/** Creates the run slice; `sink` is read lazily because the worker client is wired after the store exists. */
export const createRunSlice =
  (sink: () => CommandSink): StateCreator<PlaygroundState, [], [], RunSlice> =>
  (set, get) => {
    const send: CommandSink['send'] = (command) => sink().send(command);

    /** The load of one run: its variant's experiment with its seed, the race's other variants for the backend. */
    const loadRun = (state: PlaygroundState, record: RunRecord, backend: BackendPreference): void => {
      const variant = state.variants[record.variantIndex] as Experiment;
      const others = state.variants.filter((_, index) => index !== record.variantIndex);
      send({
        type: 'load',
        runId: record.runId,
        experiment: withSeedIndex(variant, record.seedIndex),
        backend,
        ...(others.length > 0 ? { comparedWith: others } : {}),
        ...(record.seedIndex > 0 ? { drawsBoundary: false } : {}),
        ...selectLoadDataFields(state),
        ...measuredFields(variant, backend),
      });
    };

    const setRun = (runId: string, patch: Partial<RunRecord>): void => {
      const { runs } = get();
      const index = runs.findIndex((run) => run.runId === runId);
      if (index < 0) return;
      set({ runs: runs.map((run, i) => (i === index ? { ...run, ...patch } : run)) });
    };

    /** Sends `command` to every run that `isEligible` accepts and gives those runs `status`. */
    const command = (
      type: 'train' | 'pause' | 'step',
      isEligible: (run: RunRecord) => boolean,
      status: RunRecord['status'],
    ): void => {
      const runs = get().runs.map((run) => {
        if (!isEligible(run)) return run;
        send({ type, runId: run.runId });
        return { ...run, status, message: null, divergedAtEpoch: null };
      });
      set({ runs });
    };

    const restartRuns = (options: RestartOptions): void => {
      const state = get();
      const backend = state.backendFallback ?? state.backendPreference;
      for (const run of state.runs) send({ type: 'dispose', runId: run.runId });
      const runs = state.variants.flatMap((_, variantIndex) =>
        Array.from({ length: state.seedCount }, (_unused, seedIndex) => freshRun(variantIndex, seedIndex)),
      );
      const previous = state.runs[0]?.history;
      const isSingle = state.runs.length === 1 && runs.length === 1;
      // Curves of another data set measure something else: they would only mislead beside the new ones.
      const dataSet = dataSetIdentity(state.experiment.dataset, state.customDataVersion);
      const isSameData = state.runsDataSet === null || state.runsDataSet === dataSet;
      const ghostHistory =
        options.keepGhost && isSingle && isSameData
          ? previous && previous.length > 1
            ? previous
            : state.ghostHistory
          : null;
      set({ runs, historyVersion: state.historyVersion + 1, ghostHistory, runsDataSet: dataSet });
      // Every variant must be valid: a race with a variant missing would not be the race asked for.
      if (state.variants.some((variant) => validateExperiment(variant).length > 0)) return;
      for (const run of runs) loadRun(state, run, backend);
      if (options.andThen) command(options.andThen, () => true, 'training');
    };

    const restartVariant = (variantIndex: number, andThen: 'train' | null): void => {
      const state = get();
      if (state.variants.length === 1) {
        restartRuns({ keepGhost: true, andThen });
        return;
      }
      const backend = state.backendFallback ?? state.backendPreference;
      const fresh: RunRecord[] = [];
      const runs = state.runs.map((run) => {
        if (run.variantIndex !== variantIndex) return run;
        send({ type: 'dispose', runId: run.runId });
        const replacement = freshRun(variantIndex, run.seedIndex);
        fresh.push(replacement);
        return replacement;
      });
      set({ runs, historyVersion: state.historyVersion + 1 });
      const variant = state.variants[variantIndex];
      if (!variant || validateExperiment(variant).length > 0) return;
      for (const run of fresh) loadRun(state, run, backend);
      if (andThen) command(andThen, (run) => fresh.includes(run), 'training');
    };

    /** Whether every run has finished, so that Train or Step means a fresh start. */
    const allFinished = (): boolean => get().runs.every((run) => FINISHED.has(run.status));

    return {
      runs: [freshRun(0, 0)],
      historyVersion: 0,
      ghostHistory: null,
      runsDataSet: null,
      backendPreference: 'auto',
      backendFallback: null,
      backendNotice: null,

      restartRuns,
      restartVariant,

      updateOptimizerLive: (variantIndex, optimizer, before) => {
        const runs = get().runs.map((run) => {
          if (run.variantIndex !== variantIndex) return run;
          send({ type: 'updateOptimizer', runId: run.runId, optimizer });
          // Before the first step the whole run has the new settings: nothing to mark.
          const hasStarted = run.epoch > 0 || run.status === 'training' || run.status === 'pausing';
          if (!before || !hasStarted) return run;
          const change = { epoch: run.epoch, before, after: optimizer };
          return { ...run, liveChanges: withLiveChange(run.liveChanges, change) };
        });
        set({ runs, historyVersion: get().historyVersion + 1 });
      },

      train: () => {
        if (allFinished()) return restartRuns({ keepGhost: true, andThen: 'train' });
        // A diverged variant keeps its curves and stays stopped; the others train on.
        command('train', (run) => !FINISHED.has(run.status), 'training');
      },

      pause: () => command('pause', (run) => run.status === 'training', 'pausing'),

      step: () => {
        if (allFinished()) return restartRuns({ keepGhost: true, andThen: 'step' });
        command('step', (run) => !FINISHED.has(run.status), 'training');
      },

      reset: () => restartRuns({ keepGhost: false, andThen: null }),

      setBackendPreference: (preference) => {
        const { backendPreference, backendFallback, runs } = get();
        if (preference === backendPreference && backendFallback === null) return;
        set({ backendPreference: preference, backendFallback: null, backendNotice: null });
        restartRuns({ keepGhost: true, andThen: combinedStatus(runs) === 'training' ? 'train' : null });
      },

      handleWorkerEvent: (event) => {
        const run = get().runs.find((candidate) => candidate.runId === event.runId);
        if (!run) return;
        switch (event.type) {
          case 'runLoaded':
            if (event.measurement) keepMeasurement(pageStorage(), event.measurement);
            return setRun(run.runId, {
              backend: event.backend,
              backendReason: event.backendReason,
              msPerStep: event.measurement?.msPerStep[event.measurement.backend] ?? null,
              parameterCount: event.parameterCount,
            });
          case 'epochsEnded': {
            run.history.append(event.metrics);
            const lastEpoch = event.metrics.epoch[event.metrics.epoch.length - 1] ?? run.epoch;
            // A report of an epoch now ended is stale.
            const progress = run.progress && run.progress.epoch > lastEpoch ? run.progress : null;
            setRun(run.runId, { epoch: lastEpoch, numTensors: event.numTensors, progress });
            set({ historyVersion: get().historyVersion + 1 });
            return;
          }
          case 'epochProgress':
            return setRun(run.runId, { progress: event.progress });
          case 'boundaryComputed':
            return setRun(run.runId, { boundary: event.grid });
          case 'runPaused':
            return setRun(run.runId, { status: 'paused', epoch: event.epoch, progress: null });
          case 'runFinished':
            return setRun(run.runId, { status: 'done', epoch: event.epoch, progress: null });
          case 'runDiverged':
            // The advice is put into words when shown, in the language of that moment.
            return setRun(run.runId, { status: 'diverged', divergedAtEpoch: event.epoch, progress: null });
          case 'runFailed': {
            const { backendFallback, runs } = get();
            // Every tensor of a GPU run lived in the lost context or device: the runs restart elsewhere, once.
            if ((run.backend === 'webgl' || run.backend === 'webgpu') && backendFallback === null) {
              set({
                backendFallback: WEBGL_FALLBACK_BACKEND,
                backendNotice: { lost: run.backend, backend: WEBGL_FALLBACK_BACKEND, cause: event.message },
              });
              const wasTraining = runs.some((candidate) => candidate.status === 'training');
              return restartRuns({ keepGhost: true, andThen: wasTraining ? 'train' : null });
            }
            return setRun(run.runId, { status: 'failed', message: event.message });
          }
          case 'exportMade':
          case 'exportFailed':
            return get().receiveExport(event);
          case 'learningRateRangeFound':
            // A range test's run is never one of the runs: its slice takes these (learningRateSlice.ts).
            return;
          default:
            assertNever(event, 'worker event');
        }
      },
    };
  };
