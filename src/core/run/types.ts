/** Domain types of a run shared by the training worker, the store and the UI: engines, metric columns, boundary grids. */

/** A tfjs backend the worker can train on. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** What trains a run: a tfjs backend, or the app's plain-JavaScript engine for small dense networks. */
export type EngineName = BackendName | 'js';

/** The person's choice of engine: automatic (measured policy) or forced. */
export type BackendPreference = 'auto' | EngineName;

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

/** How far through its epoch a run is: batches and examples done of the epoch's total. */
export interface BatchProgress {
  readonly batchesDone: number;
  readonly batchesTotal: number;
  readonly examplesDone: number;
  readonly examplesTotal: number;
}

/** A long epoch's progress as the worker reports it, with the rate measured between two reports. */
export interface EpochProgress extends BatchProgress {
  /** The epoch in progress (1 for the first). */
  readonly epoch: number;
  /** Training examples per second since the previous report of this epoch, or null in the first. */
  readonly examplesPerSecond: number | null;
}

/** A change after an epoch of a run, in a few words ("lr 0.01 → 0.1"), marked on its charts. */
export interface EpochMark {
  /** The last epoch trained before the change. */
  readonly epoch: number;
  readonly label: string;
}
