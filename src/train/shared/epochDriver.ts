/**
 * The epoch driver: what a run does whichever engine trains it, written once. It walks each epoch's
 * seeded order batch by batch until a deadline, counts epochs and training time, queues each
 * epoch's evaluation and hands the metrics over, notices divergence, and keeps the optimizer across
 * live changes. An engine supplies its step (one batch), its evaluation and its read-back.
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment, OptimizerConfig } from '../../core/experiment/experiment';
import type { BatchProgress } from '../../core/run/types';
import { batchSizes, epochOrder } from './batchOrder';
import { type MetricsReadout, NO_METRICS, type PendingEpoch } from './epochMetrics';
import { type NetworkLayout, networkLayout } from './networkLayout';
import { type OptimizerState, reconfigured } from './optimizerState';
import { deriveSeed, SEED_STREAM } from './seeds';

/** The current epoch's order of the training examples and how far through its batches training is. */
interface EpochProgress {
  readonly order: Uint32Array;
  /** The next batch, and where its rows start in `order`. */
  next: number;
  nextStart: number;
}

/** An epoch-end evaluation in parts, so that a turn's deadline can fall between two of them. */
export interface EvaluationInParts<Sums> {
  /** Evaluates the next part; true once every part is done. */
  evaluateNext(): boolean;
  /** The sums over every part; called once, after the last part. */
  finish(): Sums;
  /** Frees the parts' sums of an evaluation left unfinished (a run reset mid-evaluation). */
  dispose(): void;
}

/** An evaluation done at once, as one part. */
export function evaluationInOnePart<Sums>(evaluate: () => Sums): EvaluationInParts<Sums> {
  let sums: Sums | null = null;
  return {
    evaluateNext: () => {
      sums = evaluate();
      return true;
    },
    finish: () => {
      if (sums === null) throw new Error('The evaluation was finished before its part was evaluated.');
      return sums;
    },
    dispose: () => {},
  };
}

/** Makes a run's optimizer, at the start and when a live change asks for another kind. */
export type OptimizerFactory<Optimizer> = (
  config: OptimizerConfig,
  stepsPerEpoch: number,
  parameterCount: number,
) => Optimizer;

/** One experiment being trained: the engine's run extends this with its step, evaluation and read-back. */
export abstract class EpochDriver<Optimizer extends OptimizerState<unknown, unknown>, Sums> {
  /** Completed epochs; 0 before training. */
  epoch = 0;
  /** Time spent training and evaluating, in milliseconds. */
  elapsedMs = 0;
  /** Set once a read-back found a non-finite loss or weight; the run must not train further. */
  hasDiverged = false;
  readonly layout: NetworkLayout;
  /** Sizes of an epoch's mini-batches, in order: one optimizer step each. */
  protected readonly batchSizes: readonly number[];
  protected optimizer: Optimizer;
  private readonly trainCount: number;
  private progress: EpochProgress | null = null;
  /** The evaluation of an epoch whose batches are done, while its parts are still being evaluated. */
  private evaluation: EvaluationInParts<Sums> | null = null;
  /** Training time up to the last batch of the epoch being evaluated: its row's time. */
  private trainedMs = 0;
  private pending: PendingEpoch<Sums>[] = [];
  /** The optimizer settings in force: the experiment's, until a live change. */
  private liveOptimizer: OptimizerConfig;

  constructor(
    readonly experiment: Experiment,
    /** The split the run trains on; exports read it. */
    readonly dataset: SplitDataset,
    private readonly createOptimizer: OptimizerFactory<Optimizer>,
  ) {
    if (dataset.train.count === 0) throw new Error('The training set is empty.');
    this.layout = networkLayout(experiment, dataset);
    this.trainCount = dataset.train.count;
    this.batchSizes = batchSizes(this.trainCount, experiment.training.batchSize);
    this.optimizer = this.optimizerFor(experiment.optimizer);
    this.liveOptimizer = experiment.optimizer;
  }

  /** Trainable parameters of the network. */
  get parameterCount(): number {
    return this.layout.parameterCount;
  }

  /** The experiment with the optimizer settings in force now (live changes included). */
  get currentExperiment(): Experiment {
    return this.liveOptimizer === this.experiment.optimizer
      ? this.experiment
      : { ...this.experiment, optimizer: this.liveOptimizer };
  }

  /** True once the experiment's epoch count is reached. */
  get isComplete(): boolean {
    return this.epoch >= this.experiment.training.epochs;
  }

  /** True between the first and the last batch of an epoch. */
  get isMidEpoch(): boolean {
    return this.progress !== null;
  }

  /** How far through the current epoch training is, or null between epochs. */
  get batchProgress(): BatchProgress | null {
    if (!this.progress) return null;
    const { next, nextStart } = this.progress;
    return {
      batchesDone: next,
      batchesTotal: this.batchSizes.length,
      examplesDone: nextStart,
      examplesTotal: this.trainCount,
    };
  }

  /** The learning rate the next step uses (after the schedule). */
  get currentLearningRate(): number {
    return this.optimizer.currentLearningRate;
  }

  /**
   * Trains batches, then evaluates the epoch's end part by part, until the epoch ends or
   * `performance.now()` passes `deadlineMs` (at least one batch or evaluation part either way).
   * Returns true when an epoch was completed; its metrics are queued.
   */
  trainUntil(deadlineMs: number): boolean {
    const startMs = performance.now();
    this.progress ??= {
      order: epochOrder(this.trainCount, this.experiment.training.seed, this.epoch + 1),
      next: 0,
      nextStart: 0,
    };
    const progress = this.progress;
    const sizes = this.batchSizes;
    let hasWorked = false;
    while (progress.next < sizes.length && (!hasWorked || performance.now() < deadlineMs)) {
      const size = sizes[progress.next] as number;
      this.step(progress.order, progress.nextStart, size);
      progress.nextStart += size;
      progress.next++;
      hasWorked = true;
      // An epoch's row carries the time up to its last batch; evaluating it counts towards the next one.
      if (progress.next === sizes.length) this.trainedMs = this.elapsedMs + performance.now() - startMs;
    }
    let isEpochDone = false;
    if (progress.next === sizes.length) {
      // In parts, so that a Pause between two of them is answered without waiting for a large test
      // set; the first part right after the last batch, so that a one-part evaluation ends the epoch.
      this.evaluation ??= this.beginEvaluation();
      const evaluation = this.evaluation;
      let hasEvaluated = false;
      while (!isEpochDone && (!hasEvaluated || performance.now() < deadlineMs)) {
        isEpochDone = evaluation.evaluateNext();
        hasEvaluated = true;
      }
    }
    this.elapsedMs += performance.now() - startMs;
    if (isEpochDone && this.evaluation) {
      this.epoch++;
      this.pending.push({ epoch: this.epoch, elapsedMs: this.trainedMs, sums: this.evaluation.finish() });
      this.evaluation = null;
      this.progress = null;
    }
    return isEpochDone;
  }

  /** Trains the rest of the current epoch (a whole epoch when none is in progress). */
  trainEpoch(): void {
    this.trainUntil(Number.POSITIVE_INFINITY);
  }

  /** Queues the current parameters' metrics (train and test loss and accuracy) as the current epoch's. */
  recordMetrics(): void {
    const evaluation = this.beginEvaluation();
    while (!evaluation.evaluateNext());
    this.pending.push({ epoch: this.epoch, elapsedMs: this.elapsedMs, sums: evaluation.finish() });
  }

  /** Hands over the queued metrics; sets hasDiverged if one of them is not finite. */
  async takeMetrics(): Promise<MetricsReadout> {
    const pending = this.pending;
    this.pending = [];
    if (this.hasDiverged) {
      this.discardSums(pending);
      return NO_METRICS;
    }
    const readout = await this.readMetrics(pending);
    if (readout.divergedEpoch !== null) this.hasDiverged = true;
    return readout;
  }

  /** New hyper-parameters, schedule and clipping from the next step on, slot state kept. */
  updateOptimizer(config: OptimizerConfig): void {
    this.liveOptimizer = config;
    this.optimizer = reconfigured(this.optimizer, config, (replacement) => this.optimizerFor(replacement));
  }

  /** Frees what the run holds. */
  dispose(): void {
    this.progress = null;
    this.evaluation?.dispose();
    this.evaluation = null;
    this.discardSums(this.pending);
    this.pending = [];
    this.optimizer.dispose();
  }

  /** The seed of this step's dropout masks: from the weight seed and the optimizer's step count. */
  protected dropoutSeed(): number {
    return deriveSeed(this.experiment.training.seed, SEED_STREAM.dropout, this.optimizer.iterations);
  }

  /** One optimizer step on the `count` training examples at `order[start…]`. */
  protected abstract step(order: Uint32Array, start: number, count: number): void;

  /**
   * The current parameters' evaluation (sums, see epochMetrics.ts, in the engine's form), in parts.
   * An engine whose evaluation is cheap gives it as one part (`evaluationInOnePart`).
   */
  protected abstract beginEvaluation(): EvaluationInParts<Sums>;

  /** Reads pending evaluations back and turns them into metrics (see epochMetrics.ts). */
  protected abstract readMetrics(
    pending: readonly PendingEpoch<Sums>[],
  ): Promise<MetricsReadout> | MetricsReadout;

  /** Frees evaluations that will never be read (nothing, unless the engine's sums need freeing). */
  protected discardSums(_pending: readonly PendingEpoch<Sums>[]): void {}

  private optimizerFor(config: OptimizerConfig): Optimizer {
    return this.createOptimizer(config, this.batchSizes.length, this.layout.parameterCount);
  }
}
