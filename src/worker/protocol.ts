/**
 * The typed messages between the main thread and the training worker. Commands are imperative,
 * events past tense; each carries the runId it concerns. Both sides switch over them exhaustively.
 */
import type { CustomDataset } from '../core/datasets/custom';
import type { Experiment, OptimizerConfig } from '../core/experiment';

/** A tfjs backend the worker can train on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** What trains a run: a tfjs backend, or the app's plain-JavaScript engine for small dense networks. */
export type EngineName = BackendName | 'js';

/** The person's choice of engine: automatic (measured policy) or forced. */
export type BackendPreference = 'auto' | EngineName;

/** Commands sent to the worker. */
export type WorkerCommand =
  /** Build (or rebuild, replacing any run with the same id) a run at epoch 0, paused. */
  | {
      readonly type: 'load';
      readonly runId: string;
      readonly experiment: Experiment;
      readonly backend: BackendPreference;
      /** Own data (experiment.dataset.id 'custom'), its typed arrays transferred; never in a link. */
      readonly customData?: CustomDataset;
      /** Absolute URL of the folder of shipped data sets; the page adds it (a worker cannot see the page's base). */
      readonly datasetsUrl?: string;
      /**
       * The other variants of a comparison: the backend is chosen for all of them together, since
       * tfjs has one backend at a time and every run of the race must live on it.
       */
      readonly comparedWith?: readonly Experiment[];
      /** False for a run whose boundary nobody shows (the second and later seeds of a variant); default true. */
      readonly drawsBoundary?: boolean;
    }
  /** Train until the experiment's epoch count, a pause or a failure. */
  | { readonly type: 'train'; readonly runId: string }
  /** Stop after the batch in progress; metrics so far are flushed. */
  | { readonly type: 'pause'; readonly runId: string }
  /** Train exactly one epoch, then pause. */
  | { readonly type: 'step'; readonly runId: string }
  /** Change the optimizer's hyper-parameters (same optimizer kind), effective from the next step. */
  | { readonly type: 'updateOptimizer'; readonly runId: string; readonly optimizer: OptimizerConfig }
  /** Free the run's tensors. */
  | { readonly type: 'dispose'; readonly runId: string };

/**
 * Metrics of consecutive epochs, as columns (one entry per epoch) so that they travel as
 * transferable typed arrays. Accuracies are fractions 0..1; losses include no regularization term.
 */
export interface MetricColumns {
  readonly epoch: Float64Array;
  readonly trainLoss: Float64Array;
  readonly trainAccuracy: Float64Array;
  readonly testLoss: Float64Array;
  readonly testAccuracy: Float64Array;
  /** Wall-clock training time since the run started, excluding pauses, in milliseconds. */
  readonly elapsedMs: Float64Array;
}

/** A decision-boundary grid over the 2-D plane, row-major from the top-left corner (max y, min x). */
export interface BoundaryGrid {
  /** Cells per side. */
  readonly size: number;
  /** Predicted class of each cell. */
  readonly classIndex: Uint8Array;
  /** Probability (or score squashed to 0..1) of the predicted class in each cell. */
  readonly confidence: Float32Array;
}

/** Events sent by the worker. */
export type WorkerEvent =
  | {
      readonly type: 'runLoaded';
      readonly runId: string;
      readonly backend: EngineName;
      /** Why this backend, in words (e.g. "wasm: small dense network, no GPU (SwiftShader)"). */
      readonly backendReason: string;
      readonly parameterCount: number;
    }
  | {
      readonly type: 'epochsEnded';
      readonly runId: string;
      readonly metrics: MetricColumns;
      /** Live tensors in the worker after these epochs (a leak shows as growth). */
      readonly numTensors: number;
    }
  | {
      readonly type: 'boundaryComputed';
      readonly runId: string;
      readonly epoch: number;
      readonly grid: BoundaryGrid;
    }
  | { readonly type: 'runPaused'; readonly runId: string; readonly epoch: number }
  | { readonly type: 'runFinished'; readonly runId: string; readonly epoch: number }
  /** A loss became NaN or infinite at `epoch`; the run stopped and metrics after it were dropped. */
  | { readonly type: 'runDiverged'; readonly runId: string; readonly epoch: number }
  | { readonly type: 'runFailed'; readonly runId: string; readonly message: string };
