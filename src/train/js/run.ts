/**
 * A JsTrainingRun: the Trainer of run.ts's TrainingRun for small dense networks, in plain typed-array
 * JavaScript. It follows the tfjs run step for step (same initial weights, batch order, dropout
 * masks, gradient, regularization, clipping, optimizer and schedule, same metric definitions), so
 * a person sees the same experiment whichever engine trains it; only the float rounding differs.
 * For a network of a few hundred weights, tfjs's fixed cost per op is nearly all of a step's time;
 * here a step costs its arithmetic only.
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment, OptimizerConfig } from '../../core/experiment/experiment';
import type { BoundaryGrid } from '../../core/run/types';
import { batchSizes, epochOrder } from '../shared/batchOrder';
import {
  initialParameters,
  type NetworkLayout,
  networkLayout,
  regularizationStrengths,
} from '../shared/networkLayout';
import { deriveSeed, SEED_STREAM } from '../shared/seeds';
import type { Trainer } from '../shared/trainer';
import type { MetricsReadout } from '../tfjs/evaluate';
import {
  boundaryGrid,
  createJsRunData,
  epochSums,
  type JsRunData,
  type PendingSums,
  readSums,
} from './evaluate';
import { assertTrainable, outputDelta } from './losses';
import { DenseNetwork } from './model';
import { JsOptimizer } from './optimizers';

/** Rows an evaluation or boundary pass computes at once: buffers stay small and in cache. */
const EVALUATION_CHUNK_ROWS = 256;

/** The current epoch's shuffled order and how far through its batches training is. */
interface EpochProgress {
  readonly order: Uint32Array;
  readonly sizes: readonly number[];
  next: number;
  /** Position in `order` of the next batch's first example. */
  start: number;
}

/** One experiment trained in plain JavaScript. */
export class JsTrainingRun implements Trainer {
  epoch = 0;
  elapsedMs = 0;
  hasDiverged = false;
  readonly layout: NetworkLayout;
  /** The flat parameter vector, laid out as the tfjs path's (kernel, bias per layer). */
  readonly weights: Float32Array;
  private readonly data: JsRunData;
  private readonly network: DenseNetwork;
  private readonly hasDropout: boolean;
  private readonly stepsPerEpoch: number;
  private readonly l1: Float32Array | null;
  private readonly twiceL2: Float32Array | null;
  private readonly gradient: Float64Array;
  private readonly delta: Float64Array;
  private readonly batchInput: Float64Array;
  private readonly batchTargets: Float64Array;
  private optimizer: JsOptimizer;
  private progress: EpochProgress | null = null;
  private pending: PendingSums[] = [];

  constructor(
    readonly experiment: Experiment,
    dataset: SplitDataset,
  ) {
    if (dataset.train.count === 0) throw new Error('The training set is empty.');
    this.layout = networkLayout(experiment, dataset);
    assertTrainable(experiment.loss, this.layout.output.activation);
    const trainCount = dataset.train.count;
    const sizes = batchSizes(trainCount, experiment.training.batchSize);
    this.stepsPerEpoch = sizes.length;
    this.data = createJsRunData(dataset, this.layout.output);
    this.weights = initialParameters(this.layout, experiment.training.seed);
    const capacity = Math.max(sizes[0] ?? 1, EVALUATION_CHUNK_ROWS);
    this.network = new DenseNetwork(this.layout, capacity);
    this.hasDropout = this.layout.layers.some((layer) => layer.kind === 'dropout');
    const strengths = regularizationStrengths(this.layout);
    this.l1 = strengths.l1;
    this.twiceL2 = strengths.l2 ? strengths.l2.map((l2) => 2 * l2) : null;
    this.gradient = new Float64Array(this.layout.parameterCount);
    this.delta = new Float64Array(capacity * this.layout.output.units);
    this.batchInput = new Float64Array(capacity * Math.max(this.layout.numFeatures, 2));
    this.batchTargets = new Float64Array(capacity * this.layout.output.units);
    this.optimizer = new JsOptimizer(
      experiment.optimizer.id,
      experiment.optimizer,
      this.layout.parameterCount,
      this.stepsPerEpoch,
    );
  }

  get parameterCount(): number {
    return this.layout.parameterCount;
  }

  get isComplete(): boolean {
    return this.epoch >= this.experiment.training.epochs;
  }

  get isMidEpoch(): boolean {
    return this.progress !== null;
  }

  /** The learning rate the next step uses (after the schedule). */
  get currentLearningRate(): number {
    return this.optimizer.currentLearningRate;
  }

  trainUntil(deadlineMs: number): boolean {
    const startMs = performance.now();
    if (!this.progress) {
      this.progress = {
        order: epochOrder(this.data.trainCount, this.experiment.training.seed, this.epoch + 1),
        sizes: batchSizes(this.data.trainCount, this.experiment.training.batchSize),
        next: 0,
        start: 0,
      };
    }
    const progress = this.progress;
    do {
      const rows = progress.sizes[progress.next] as number;
      this.step(progress.order, progress.start, rows);
      progress.start += rows;
      progress.next++;
    } while (progress.next < progress.sizes.length && performance.now() < deadlineMs);
    const isEpochDone = progress.next === progress.sizes.length;
    if (isEpochDone) {
      this.progress = null;
      this.epoch++;
    }
    this.elapsedMs += performance.now() - startMs;
    if (isEpochDone) {
      // As TrainingRun: an epoch's row carries the time up to its end; evaluating it counts towards the next one.
      const evaluationStartMs = performance.now();
      this.recordMetrics();
      this.elapsedMs += performance.now() - evaluationStartMs;
    }
    return isEpochDone;
  }

  /** Trains the rest of the current epoch (a whole epoch when none is in progress). */
  trainEpoch(): void {
    this.trainUntil(Number.POSITIVE_INFINITY);
  }

  recordMetrics(): void {
    const sums = epochSums(
      this.network,
      this.experiment.loss,
      this.layout.output,
      this.weights,
      this.data,
      this.batchInput,
    );
    this.pending.push({ epoch: this.epoch, elapsedMs: this.elapsedMs, sums });
  }

  async takeMetrics(): Promise<MetricsReadout> {
    const pending = this.pending;
    this.pending = [];
    if (this.hasDiverged) return { columns: null, divergedEpoch: null };
    const readout = readSums(pending, this.data);
    if (readout.divergedEpoch !== null) this.hasDiverged = true;
    return readout;
  }

  async predictBoundary(): Promise<BoundaryGrid | null> {
    if (this.data.numFeatures !== 2) return null;
    return boundaryGrid(this.network, this.layout.output, this.weights, this.batchInput);
  }

  /**
   * New hyper-parameters, schedule and clipping from the next step on, slot state kept. A different
   * optimizer kind starts that optimizer afresh (its step count too), as TrainingRun does.
   */
  updateOptimizer(config: OptimizerConfig): void {
    if (config.id === this.optimizer.id) {
      this.optimizer.setParams(config.params);
      this.optimizer.setScheduleAndClipping(config.schedule, config.clipNorm);
      return;
    }
    this.optimizer = new JsOptimizer(config.id, config, this.layout.parameterCount, this.stepsPerEpoch);
  }

  /** Nothing to free: the run holds typed arrays only. */
  dispose(): void {
    this.progress = null;
    this.pending = [];
  }

  /** One optimizer step on the `rows` examples at `order[start…]`. */
  private step(order: Uint32Array, start: number, rows: number): void {
    const { numFeatures, features, targets } = this.data;
    const { units } = this.layout.output;
    for (let row = 0; row < rows; row++) {
      const example = order[start + row] as number;
      for (let i = 0; i < numFeatures; i++)
        this.batchInput[row * numFeatures + i] = features[example * numFeatures + i] as number;
      for (let k = 0; k < units; k++)
        this.batchTargets[row * units + k] = targets[example * units + k] as number;
    }
    // As TrainingRun: each step's dropout masks come from the weight seed and the optimizer's step count.
    const dropoutSeed = this.hasDropout
      ? deriveSeed(this.experiment.training.seed, SEED_STREAM.dropout, this.optimizer.iterations)
      : null;
    this.network.forward(this.weights, this.batchInput, rows, dropoutSeed);
    outputDelta(
      this.experiment.loss,
      this.layout.output,
      this.batchTargets,
      this.network.output,
      rows,
      this.delta,
    );
    this.network.backward(this.weights, this.batchInput, rows, this.delta, this.gradient);
    this.addRegularization();
    this.optimizer.applyGradient(this.weights, this.gradient);
  }

  /** The penalties' gradient, l1·sign(w) + 2·l2·w at kernel entries, as gradients.ts adds it. */
  private addRegularization(): void {
    const { l1, twiceL2, weights, gradient } = this;
    if (l1) {
      for (let i = 0; i < gradient.length; i++)
        gradient[i] = (gradient[i] as number) + Math.sign(weights[i] as number) * (l1[i] as number);
    }
    if (twiceL2) {
      for (let i = 0; i < gradient.length; i++)
        gradient[i] = (gradient[i] as number) + (weights[i] as number) * (twiceL2[i] as number);
    }
  }
}
