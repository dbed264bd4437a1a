/**
 * A TrainingRun: one experiment's data, parameters and optimizer on the backend, trained batch by
 * batch with its own seeded shuffle, each batch copied from the training rows and uploaded. Nothing
 * is read back per batch; epoch metrics wait on the backend until `takeMetrics` downloads them in
 * one go.
 */
import * as tf from '@tensorflow/tfjs';
import { BOUNDARY_GRID_SIZE } from '../../core/datasets/plane';
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment, OptimizerConfig } from '../../core/experiment/experiment';
import type { BoundaryGrid } from '../../core/run/types';
import { batchSizes, epochOrder } from '../shared/batchOrder';
import { deriveSeed, SEED_STREAM } from '../shared/seeds';
import { batchTensors, type RunData, RunDataPool } from './data';
import {
  evaluationTensor,
  type MetricsReadout,
  type PendingEvaluation,
  predictBoundary,
  readEvaluations,
} from './evaluate';
import { BatchNormState } from './forward';
import { createObjectiveGradient, type ObjectiveGradient } from './gradients';
import { createParameters, type NetworkLayout, networkLayout } from './model';
import { createOptimizer, type Optimizer } from './optimizers';

/** The current epoch's shuffled mini-batches and how far through them training is. */
interface EpochBatches {
  /** The epoch's order of the training examples. */
  readonly order: Uint32Array;
  readonly sizes: readonly number[];
  /** The next batch, and where its rows start in `order`. */
  next: number;
  nextStart: number;
}

/** One experiment being trained. */
export class TrainingRun {
  /** Completed epochs; 0 before training. */
  epoch = 0;
  /** Time spent training and evaluating, in milliseconds. */
  elapsedMs = 0;
  /** Set once a read-back found a non-finite loss or weight; the run must not train further. */
  hasDiverged = false;
  readonly layout: NetworkLayout;
  readonly params: tf.Variable<tf.Rank.R1>;
  private readonly data: RunData;
  private readonly gradient: ObjectiveGradient;
  /** Batch norm's running statistics, or null without batch-norm layers. */
  private readonly batchNorm: BatchNormState | null;
  /** Optimizer steps per epoch: the schedule counts its epochs in these. */
  private readonly stepsPerEpoch: number;
  private optimizer: Optimizer;
  private batches: EpochBatches | null = null;
  private pending: PendingEvaluation[] = [];

  /**
   * `dataPool` shares the data tensors with the other runs of a race on the same split; a run
   * alone gets a pool of its own, so that disposing it frees them.
   */
  constructor(
    readonly experiment: Experiment,
    dataset: SplitDataset,
    private readonly dataPool: RunDataPool = new RunDataPool(),
  ) {
    if (dataset.train.count === 0) throw new Error('The training set is empty.');
    this.layout = networkLayout(experiment, dataset);
    this.stepsPerEpoch = batchSizes(dataset.train.count, experiment.training.batchSize).length;
    this.data = dataPool.acquire(dataset, this.layout.output);
    this.params = createParameters(this.layout, experiment.training.seed);
    this.batchNorm = this.layout.layers.some((layer) => layer.kind === 'batchNorm')
      ? new BatchNormState(this.layout)
      : null;
    this.gradient = createObjectiveGradient(this.layout, experiment.loss);
    this.optimizer = createOptimizer(experiment.optimizer, this.stepsPerEpoch);
  }

  /** Trainable parameters of the network. */
  get parameterCount(): number {
    return this.layout.parameterCount;
  }

  /** True once the experiment's epoch count is reached. */
  get isComplete(): boolean {
    return this.epoch >= this.experiment.training.epochs;
  }

  /** True between the first and the last batch of an epoch. */
  get isMidEpoch(): boolean {
    return this.batches !== null;
  }

  /**
   * Trains batches until the current epoch ends or `performance.now()` passes `deadlineMs` (at
   * least one batch either way). Returns true when an epoch was completed; its metrics are queued.
   */
  trainUntil(deadlineMs: number): boolean {
    const startMs = performance.now();
    if (!this.batches) {
      const { trainCount } = this.data;
      this.batches = {
        order: epochOrder(trainCount, this.experiment.training.seed, this.epoch + 1),
        sizes: batchSizes(trainCount, this.experiment.training.batchSize),
        next: 0,
        nextStart: 0,
      };
    }
    const batches = this.batches;
    do {
      const size = batches.sizes[batches.next] as number;
      this.step(batches.order.subarray(batches.nextStart, batches.nextStart + size));
      batches.nextStart += size;
      batches.next++;
    } while (batches.next < batches.sizes.length && performance.now() < deadlineMs);
    const isEpochDone = batches.next === batches.sizes.length;
    if (isEpochDone) {
      this.batches = null;
      this.epoch++;
    }
    this.elapsedMs += performance.now() - startMs;
    if (isEpochDone) {
      // An epoch's row carries the time up to its end; evaluating it counts towards the next one.
      const evaluationStartMs = performance.now();
      this.recordMetrics();
      this.elapsedMs += performance.now() - evaluationStartMs;
    }
    return isEpochDone;
  }

  /**
   * True on a backend that runs ops asynchronously (WebGL): a step returns at once and the work
   * queues on the GPU, so time checks alone would queue many steps (on SwiftShader, seconds each)
   * and a Pause would wait for all of them.
   */
  get queuesWork(): boolean {
    return tf.getBackend() === 'webgl';
  }

  /** Waits until the queued steps have run (a one-value read), counting the wait as training time. */
  async awaitQueuedWork(): Promise<void> {
    if (!this.queuesWork) return;
    const startMs = performance.now();
    const probe = tf.slice(this.params, [0], [1]);
    await probe.data();
    probe.dispose();
    this.elapsedMs += performance.now() - startMs;
  }

  /** Trains the rest of the current epoch (a whole epoch when none is in progress). */
  trainEpoch(): void {
    this.trainUntil(Number.POSITIVE_INFINITY);
  }

  /**
   * Queues the current epoch's metrics (train and test loss and accuracy) on the backend; a large
   * training set's are computed on its fixed sample (evaluationSample.ts).
   */
  recordMetrics(): void {
    const values = evaluationTensor(
      this.layout,
      this.experiment.loss,
      this.params,
      this.data,
      this.batchNorm,
    );
    this.pending.push({ epoch: this.epoch, elapsedMs: this.elapsedMs, values });
  }

  /** Downloads the queued metrics in one read; sets hasDiverged if one of them is not finite. */
  async takeMetrics(): Promise<MetricsReadout> {
    const pending = this.pending;
    this.pending = [];
    if (this.hasDiverged) {
      tf.dispose(pending.map((entry) => entry.values));
      return { columns: null, divergedEpoch: null };
    }
    const readout = await readEvaluations(pending, this.data);
    if (readout.divergedEpoch !== null) this.hasDiverged = true;
    return readout;
  }

  /** The decision boundary on the plane's grid, or null when the data is not 2-D. */
  async predictBoundary(): Promise<BoundaryGrid | null> {
    if (!this.data.gridX) return null;
    return predictBoundary(this.layout, this.params, this.data.gridX, BOUNDARY_GRID_SIZE, this.batchNorm);
  }

  /**
   * New hyper-parameters, schedule and clipping from the next step on, slot state kept. A different
   * optimizer kind (the protocol's callers never send one) starts that optimizer afresh rather than
   * failing the run.
   */
  updateOptimizer(config: OptimizerConfig): void {
    if (config.id === this.optimizer.id) {
      this.optimizer.setParams(config.params);
      this.optimizer.setScheduleAndClipping(config.schedule, config.clipNorm);
      return;
    }
    const replacement = createOptimizer(config, this.stepsPerEpoch);
    this.optimizer.dispose();
    this.optimizer = replacement;
  }

  /** Frees every tensor of the run. */
  dispose(): void {
    this.batches = null;
    tf.dispose(this.pending.map((entry) => entry.values));
    this.pending = [];
    this.optimizer.dispose();
    this.gradient.dispose();
    this.batchNorm?.dispose();
    this.params.dispose();
    this.dataPool.release(this.data);
  }

  /** The learning rate the next step uses (after the schedule). */
  get currentLearningRate(): number {
    return this.optimizer.currentLearningRate;
  }

  /** One optimizer step on the training examples `rows`. */
  private step(rows: Uint32Array): void {
    // Each step's dropout pattern has its own seed, from the weight seed and the step number.
    const dropoutSeed = deriveSeed(
      this.experiment.training.seed,
      SEED_STREAM.dropout,
      this.optimizer.iterations,
    );
    tf.tidy(() => {
      const [inputs, targets] = batchTensors(this.data, rows);
      const mode = { isTraining: true, batchNorm: this.batchNorm, dropoutSeed } as const;
      const gradient = this.gradient.compute(this.params, inputs, targets, mode);
      this.optimizer.applyGradients([this.params], [gradient]);
    });
  }
}
