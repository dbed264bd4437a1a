/**
 * A TrainingRun: one experiment's data, parameters and optimizer on the backend, trained batch by
 * batch with its own seeded shuffle. Nothing is read back per batch; epoch metrics wait on the
 * backend until `takeMetrics` downloads them in one go.
 */
import * as tf from '@tensorflow/tfjs';
import { BOUNDARY_GRID_SIZE } from '../core/datasets/plane';
import type { SplitDataset } from '../core/datasets/types';
import type { Experiment, OptimizerConfig } from '../core/experiment';
import { createRng, permutation } from '../core/rng';
import type { BoundaryGrid } from '../worker/protocol';
import { type RunData, RunDataPool } from './data';
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
import { deriveSeed, SEED_STREAM } from './seeds';

/** The current epoch's shuffled mini-batches and how far through them training is. */
interface EpochBatches {
  /** Each batch's examples, or, for a large training set, each batch's row indices to gather at its step. */
  readonly inputs: tf.Tensor2D[];
  readonly targets: tf.Tensor2D[];
  readonly rowIndices: tf.Tensor1D[];
  next: number;
}

/**
 * Above this many feature values in the training set, batches are gathered one at a time instead
 * of split from one shuffled copy: wasm's Slice copies its whole input on every call, which made
 * shuffling 66% of an MNIST epoch (measured); for small sets one copy and a split is fewer ops.
 * Mutable only so that a test can prove both ways give the same batches.
 */
export const batchingPolicy = { gatherPerBatchAboveValues: 1_000_000 };

/** Sizes of the mini-batches of an epoch: full batches, then the remainder (as Keras does). */
export function batchSizes(exampleCount: number, batchSize: number): number[] {
  const size = Math.max(1, Math.min(Math.floor(batchSize), exampleCount));
  const sizes = new Array<number>(Math.floor(exampleCount / size)).fill(size);
  if (exampleCount % size > 0) sizes.push(exampleCount % size);
  return sizes;
}

/** The order of the training examples in epoch `epoch` (1 for the first), from the training seed. */
export function epochOrder(exampleCount: number, seed: number, epoch: number): Uint32Array {
  return permutation(exampleCount, createRng(deriveSeed(seed, SEED_STREAM.shuffle, epoch)));
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
    if (!this.batches) this.batches = this.shuffledBatches(this.epoch + 1);
    const batches = this.batches;
    const count = Math.max(batches.inputs.length, batches.rowIndices.length);
    do {
      const rows = batches.rowIndices[batches.next];
      if (rows) {
        const { trainX, trainTargets } = this.data;
        const [inputs, targets] = tf.tidy(() => [
          tf.gather(trainX, rows) as tf.Tensor2D,
          tf.gather(trainTargets, rows) as tf.Tensor2D,
        ]);
        this.step(inputs, targets);
        tf.dispose([inputs, targets]);
      } else {
        this.step(batches.inputs[batches.next] as tf.Tensor2D, batches.targets[batches.next] as tf.Tensor2D);
      }
      batches.next++;
    } while (batches.next < count && performance.now() < deadlineMs);
    const isEpochDone = batches.next === count;
    if (isEpochDone) {
      tf.dispose([...batches.inputs, ...batches.targets, ...batches.rowIndices]);
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

  /** Queues the current epoch's metrics (train and test loss and accuracy) on the backend. */
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
    if (this.batches)
      tf.dispose([...this.batches.inputs, ...this.batches.targets, ...this.batches.rowIndices]);
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

  private step(inputs: tf.Tensor2D, targets: tf.Tensor2D): void {
    // Each step's dropout pattern has its own seed, from the weight seed and the step number.
    const dropoutSeed = deriveSeed(
      this.experiment.training.seed,
      SEED_STREAM.dropout,
      this.optimizer.iterations,
    );
    tf.tidy(() => {
      const mode = { isTraining: true, batchNorm: this.batchNorm, dropoutSeed } as const;
      const gradient = this.gradient.compute(this.params, inputs, targets, mode);
      this.optimizer.applyGradients([this.params], [gradient]);
    });
  }

  /** This epoch's batches in shuffled order: split from one gathered copy, or gathered per batch for large sets. */
  private shuffledBatches(epoch: number): EpochBatches {
    const { trainCount, trainX, trainTargets } = this.data;
    const order = epochOrder(trainCount, this.experiment.training.seed, epoch);
    const sizes = batchSizes(trainCount, this.experiment.training.batchSize);
    // Indices are below 2^31, so the Uint32 permutation reads the same as Int32.
    const orderInt32 = new Int32Array(order.buffer, order.byteOffset, order.length);
    if (trainX.size > batchingPolicy.gatherPerBatchAboveValues) {
      let start = 0;
      const rowIndices = sizes.map((size) => {
        const rows = tf.tensor1d(orderInt32.subarray(start, start + size), 'int32');
        start += size;
        return rows;
      });
      return { inputs: [], targets: [], rowIndices, next: 0 };
    }
    return tf.tidy(() => {
      const indices = tf.tensor1d(orderInt32, 'int32');
      return {
        inputs: tf.split(tf.gather(trainX, indices), sizes) as tf.Tensor2D[],
        targets: tf.split(tf.gather(trainTargets, indices), sizes) as tf.Tensor2D[],
        rowIndices: [],
        next: 0,
      };
    });
  }
}
