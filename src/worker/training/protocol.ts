/**
 * The typed messages between the main thread and the training worker. Commands are imperative,
 * events past tense; each carries the runId it concerns. Both sides switch over them exhaustively.
 */
import type { CustomDataset } from '../../core/datasets/custom';
import type { Experiment, OptimizerConfig } from '../../core/experiment/experiment';
import type { MessageRef } from '../../core/i18n/catalogue';
import type { BackendMeasurement, BackendReason } from '../../core/run/backendMeasurement';
import type { ExportFile, ExportFormat } from '../../core/run/exportFormat';
import type { LearningRateRange } from '../../core/run/learningRateRange';
import type {
  BackendPreference,
  BoundaryGrid,
  EngineName,
  EpochProgress,
  MetricColumns,
} from '../../core/run/types';

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
      /**
       * Backends the page measured before for this kind of model (its localStorage, which a worker
       * cannot read): the worker takes the one of its device instead of timing the candidates again.
       */
      readonly measuredBackends?: readonly BackendMeasurement[];
    }
  /** Train until the experiment's epoch count, a pause or a failure. */
  | { readonly type: 'train'; readonly runId: string }
  /** Stop after the batch in progress; metrics so far are flushed. */
  | { readonly type: 'pause'; readonly runId: string }
  /** Train exactly one epoch, then pause. */
  | { readonly type: 'step'; readonly runId: string }
  /** Change the optimizer's hyper-parameters (same optimizer kind), effective from the next step. */
  | { readonly type: 'updateOptimizer'; readonly runId: string; readonly optimizer: OptimizerConfig }
  /** Make the files of an export of the run as it is now; the run itself is left as it was. */
  | { readonly type: 'export'; readonly runId: string; readonly format: ExportFormat }
  /** Free the run's tensors. */
  | { readonly type: 'dispose'; readonly runId: string }
  /**
   * The learning-rate range test on a run of its own (built as a load builds one, never a loaded
   * run's weights): one step per rate, the training loss after each, then the run is freed.
   */
  | {
      readonly type: 'findLearningRate';
      readonly runId: string;
      readonly experiment: Experiment;
      readonly backend: BackendPreference;
      readonly customData?: CustomDataset;
      readonly datasetsUrl?: string;
      readonly measuredBackends?: readonly BackendMeasurement[];
      readonly range: LearningRateRange;
    };

/** Events sent by the worker. */
export type WorkerEvent =
  | {
      readonly type: 'runLoaded';
      readonly runId: string;
      readonly backend: EngineName;
      /** Why this backend, as messages the page puts into words ("wasm: small dense network; no WebGL here"). */
      readonly backendReason: BackendReason;
      readonly parameterCount: number;
      /** Present when the backend was chosen by timing (now or before): the page keeps it. */
      readonly measurement?: BackendMeasurement;
    }
  | {
      readonly type: 'epochsEnded';
      readonly runId: string;
      readonly metrics: MetricColumns;
      /** Live tensors in the worker after these epochs (a leak shows as growth). */
      readonly numTensors: number;
    }
  /** How far a slow epoch has got (sent only for epochs that last over a second). */
  | { readonly type: 'epochProgress'; readonly runId: string; readonly progress: EpochProgress }
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
  /** An export's files, their bytes transferred. */
  | {
      readonly type: 'exportMade';
      readonly runId: string;
      readonly format: ExportFormat;
      readonly epoch: number;
      readonly files: readonly ExportFile[];
    }
  /** An export could not be made (too large, say); the run goes on as it was. */
  | {
      readonly type: 'exportFailed';
      readonly runId: string;
      readonly format: ExportFormat;
      readonly message: MessageRef;
    }
  /** A range test ended: the rate of each step taken and the training loss after it (same length). */
  | {
      readonly type: 'learningRateRangeFound';
      readonly runId: string;
      readonly rates: Float64Array;
      readonly losses: Float64Array;
    }
  /** The run failed; `message` is put into words on the page. */
  | { readonly type: 'runFailed'; readonly runId: string; readonly message: MessageRef };

/** What the worker throws when the browser takes its WebGL context away (GPU reset, driver crash, memory). */
export const WEBGL_CONTEXT_LOST_MESSAGE = 'the WebGL context was lost';

/** The error a training worker throws when its WebGPU device is lost, so the page can restart the runs elsewhere. */
export const WEBGPU_DEVICE_LOST_MESSAGE = 'the WebGPU device was lost';
