/**
 * What the scheduler needs of a run, whatever trains it: tfjs on a backend (TrainingRun) or plain
 * typed-array JavaScript for tiny dense networks, where tfjs's per-op overhead would dominate.
 */
import type { Experiment, OptimizerConfig } from '../../core/experiment/experiment';
import type { BatchProgress, BoundaryGrid } from '../../core/run/types';
import type { MetricsReadout } from './epochMetrics';
import type { TrainedState } from './export/trainedState';

export interface Trainer {
  readonly experiment: Experiment;
  /** Completed epochs; 0 before training. */
  readonly epoch: number;
  /** Time spent training and evaluating, in milliseconds. */
  readonly elapsedMs: number;
  /** Set once a read-back found a non-finite loss or weight; the run must not train further. */
  readonly hasDiverged: boolean;
  /** Trainable parameters of the network. */
  readonly parameterCount: number;
  /** True once the experiment's epoch count is reached. */
  readonly isComplete: boolean;
  /** True between the first and the last batch of an epoch. */
  readonly isMidEpoch: boolean;
  /** How far through the current epoch training is, or null between epochs. */
  readonly batchProgress: BatchProgress | null;
  /**
   * Trains batches until the current epoch ends or `performance.now()` passes `deadlineMs` (at
   * least one batch either way). Returns true when an epoch was completed; its metrics are queued.
   */
  trainUntil(deadlineMs: number): boolean;
  /** True when steps only queue work (WebGL): a turn then trains one step and waits for it. */
  readonly queuesWork?: boolean;
  /** Waits for the work queued by the turn's steps, if any. */
  awaitQueuedWork?(): Promise<void>;
  /** Queues the current epoch's metrics (train and test loss and accuracy). */
  recordMetrics(): void;
  /** Hands over the queued metrics; sets hasDiverged if one of them is not finite. */
  takeMetrics(): Promise<MetricsReadout>;
  /** The decision boundary on the plane's grid, or null when the data is not 2-D. */
  predictBoundary(): Promise<BoundaryGrid | null>;
  /** New hyper-parameters, schedule and clipping from the next step on, slot state kept. */
  updateOptimizer(config: OptimizerConfig): void;
  /** A copy of the weights, running statistics and split, for an export; the run is left as it was. */
  trainedState(): Promise<TrainedState>;
  /** Frees what the run holds. */
  dispose(): void;
}
