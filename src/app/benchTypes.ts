/**
 * Types shared by the benchmark's three sides: the probe inside the app (bench build only), the
 * bare-tfjs baseline page and its worker, and bench/bench.ts that drives them. Types only, so
 * that the DOM, WebWorker and Node configurations can all import it.
 */

/** A run status as the store names it, or a status the probe does not know yet. */
export type ProbedStatus = string;

/** One status change of the app's run, timed. */
export interface StatusChange {
  /** Time since navigation start (performance.now() in the page), in milliseconds. */
  readonly atMs: number;
  readonly status: ProbedStatus;
}

/** A main-thread task over 50 ms, as PerformanceObserver('longtask') reports it. */
export interface LongTaskEntry {
  readonly startMs: number;
  readonly durationMs: number;
}

/** Everything the app probe recorded since the page opened; times are since navigation start. */
export interface AppProbeReport {
  /** What the banner says could not be used in the link ("Parts of this link could not be used"). */
  readonly linkProblems: readonly string[];
  readonly status: ProbedStatus;
  /** Why the run failed or diverged, when it did. */
  readonly message: string | null;
  readonly backend: string | null;
  readonly backendReason: string;
  readonly parameterCount: number | null;
  /** [arrival time in ms, last completed epoch] at each arrival of metrics from the worker. */
  readonly epochSamples: ReadonlyArray<readonly [number, number]>;
  /** Arrival times of decision-boundary grids, in ms. */
  readonly boundaryArrivalsMs: readonly number[];
  readonly statusChanges: readonly StatusChange[];
  /** Times of clicks on the Train and Pause buttons, in ms. */
  readonly trainClicksMs: readonly number[];
  /** When the bench's in-page script pressed Train (it may press before this probe is installed), or null. */
  /** When both charts were first on the page (the end of the page's start-up), or null while they are not. */
  readonly chartsShownMs: number | null;
  readonly trainPressedByScriptMs: number | null;
  readonly pauseClicksMs: readonly number[];
  readonly longTasks: readonly LongTaskEntry[];
  /** The page's clock when the report was taken, in ms. */
  readonly nowMs: number;
}

/** The probe the bench build installs on `window.__benchProbe`. */
export interface AppProbe {
  report(): AppProbeReport;
}

/** A layer of the bare-tfjs baseline model, in tf.layers terms. */
export type BaselineLayer =
  | { readonly kind: 'dense'; readonly units: number; readonly activation: BaselineActivation }
  | {
      readonly kind: 'conv2d';
      readonly filters: number;
      readonly kernelSize: number;
      readonly activation: BaselineActivation;
      /** Keras's default, 'valid', when left out. */
      readonly padding?: 'same' | 'valid';
    }
  | { readonly kind: 'maxPooling2d'; readonly poolSize: number }
  | { readonly kind: 'flatten' };

/** Activations the baseline uses. */
export type BaselineActivation = 'relu' | 'tanh' | 'sigmoid' | 'softmax' | 'linear';

/** Where the baseline's examples come from. */
export type BaselineData =
  /** Generated 2-D points: the data set settings are decoded from the scenario's query with the app's codec. */
  | { readonly kind: 'generated' }
  /**
   * A shipped set (e.g. MNIST), fetched from `url`, split by the query's training share and data
   * seed; fed as images of `imageShape` ([height, width, channels]) or, when null, as flat rows.
   */
  | { readonly kind: 'shipped'; readonly url: string; readonly imageShape: readonly number[] | null };

/** The bare-tfjs baseline of one scenario: the same model, data and batch size as the app's. */
export interface BaselineSpec {
  /** The scenario's query string (without '?'). */
  readonly query: string;
  readonly data: BaselineData;
  /** Every layer including the output layer. */
  readonly layers: readonly BaselineLayer[];
  readonly loss: 'binaryCrossentropy' | 'categoricalCrossentropy';
  /** Plain SGD, as in every scenario. */
  readonly learningRate: number;
  readonly batchSize: number;
  /** Wall time of the measured fit, after warm-up, in milliseconds. */
  readonly budgetMs: number;
}

/** A tfjs backend the baseline runs on. */
export type BaselineBackend = 'cpu' | 'wasm' | 'webgl';

/** The baseline's figures on one backend, or why it could not train there. */
export type BaselineResult =
  | {
      readonly backend: BaselineBackend;
      readonly isMeasured: true;
      readonly examplesPerSecond: number;
      /** Full passes over the training set per second (examples per second / training examples). */
      readonly epochsPerSecond: number;
      readonly msPerStep: number;
      readonly trainCount: number;
      readonly parameterCount: number;
      /** Examples per measured fit epoch (a slice of the training set when an epoch is slow). */
      readonly sliceCount: number;
      readonly measuredEpochs: number;
    }
  | { readonly backend: BaselineBackend; readonly isMeasured: false; readonly message: string };

/** The request the baseline page sends its worker. */
export interface BaselineRequest {
  readonly spec: BaselineSpec;
  readonly backend: BaselineBackend;
}
