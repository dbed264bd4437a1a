/** A run's state as the exporters need it: tf-free, taken from either engine at an epoch's end. */
import type { SplitDataset } from '../../../core/datasets/types';
import type { Experiment } from '../../../core/experiment/experiment';
import type { NetworkLayout } from '../networkLayout';

/** Batch norm's running statistics of one layer. */
export interface MovingStatistics {
  readonly mean: Float32Array;
  readonly variance: Float32Array;
}

/** Everything an export is made from. */
export interface TrainedState {
  readonly experiment: Experiment;
  readonly layout: NetworkLayout;
  readonly dataset: SplitDataset;
  /** Completed epochs when the weights were read. */
  readonly epoch: number;
  /** The flat parameter vector (networkLayout.ts's order), a copy. */
  readonly params: Float32Array;
  /** Running statistics by the index of their batch-norm layer. */
  readonly movingStatistics: ReadonlyMap<number, MovingStatistics>;
}
