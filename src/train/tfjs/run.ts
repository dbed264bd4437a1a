/**
 * A TrainingRun: the tfjs engine's step, evaluation and read-back under the shared epoch driver.
 * One experiment's data, parameters and optimizer live on the backend; each batch is copied from the
 * training rows and uploaded. Nothing is read back per batch; epoch metrics wait on the backend
 * until `takeMetrics` downloads them in one go.
 */
import * as tf from '@tensorflow/tfjs';
import { BOUNDARY_GRID_SIZE } from '../../core/datasets/plane';
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment } from '../../core/experiment/experiment';
import type { BoundaryGrid } from '../../core/run/types';
import { EpochDriver, type EvaluationInParts } from '../shared/epochDriver';
import type { MetricsReadout, PendingEpoch } from '../shared/epochMetrics';
import type { MovingStatistics, TrainedState } from '../shared/export/trainedState';
import type { Trainer } from '../shared/trainer';
import { batchTensors, type RunData, RunDataPool } from './data';
import { evaluationChunkSize, evaluationInChunks, predictBoundary, readEvaluations } from './evaluate';
import { BatchNormState } from './forward';
import { createObjectiveGradient, type ObjectiveGradient } from './gradients';
import { createParameters } from './model';
import { createOptimizer, type TfjsOptimizer } from './optimizers';

/** One experiment being trained with tfjs. */
export class TrainingRun extends EpochDriver<TfjsOptimizer, tf.Tensor1D> implements Trainer {
  readonly params: tf.Variable<tf.Rank.R1>;
  private readonly data: RunData;
  private readonly gradient: ObjectiveGradient;
  /** Batch norm's running statistics, or null without batch-norm layers. */
  private readonly batchNorm: BatchNormState | null;

  /**
   * `dataPool` shares the data tensors with the other runs of a race on the same split; a run
   * alone gets a pool of its own, so that disposing it frees them.
   */
  constructor(
    experiment: Experiment,
    dataset: SplitDataset,
    private readonly dataPool: RunDataPool = new RunDataPool(),
  ) {
    super(experiment, dataset, createOptimizer);
    this.data = dataPool.acquire(dataset, this.layout.output);
    this.params = createParameters(this.layout, experiment.training.seed);
    this.batchNorm = this.layout.layers.some((layer) => layer.kind === 'batchNorm')
      ? new BatchNormState(this.layout)
      : null;
    this.gradient = createObjectiveGradient(this.layout, experiment.loss);
  }

  /**
   * True on a backend that runs ops asynchronously (WebGL, WebGPU): a step returns at once and the work
   * queues on the GPU, so time checks alone would queue many slow steps on a software renderer and
   * a Pause would wait for all of them (see docs/decisions/engines.md).
   */
  get queuesWork(): boolean {
    const backend = tf.getBackend();
    return backend === 'webgl' || backend === 'webgpu';
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

  /** The decision boundary on the plane's grid, or null when the data is not 2-D. */
  async predictBoundary(): Promise<BoundaryGrid | null> {
    if (!this.data.gridX) return null;
    return predictBoundary(this.layout, this.params, this.data.gridX, BOUNDARY_GRID_SIZE, this.batchNorm);
  }

  /** The weights and batch norm's running statistics read back from the backend. */
  async trainedState(): Promise<TrainedState> {
    const { currentExperiment: experiment, layout, dataset, epoch } = this;
    const params = ((await this.params.data()) as Float32Array).slice();
    const movingStatistics = new Map<number, MovingStatistics>();
    for (const layer of layout.layers) {
      if (layer.kind !== 'batchNorm' || !this.batchNorm) continue;
      const { mean, variance } = this.batchNorm.of(layer.index);
      movingStatistics.set(layer.index, {
        mean: ((await mean.data()) as Float32Array).slice(),
        variance: ((await variance.data()) as Float32Array).slice(),
      });
    }
    return { experiment, layout, dataset, epoch, params, movingStatistics };
  }

  /** Frees every tensor of the run. */
  override dispose(): void {
    super.dispose();
    this.gradient.dispose();
    this.batchNorm?.dispose();
    this.params.dispose();
    this.dataPool.release(this.data);
  }

  protected step(order: Uint32Array, start: number, count: number): void {
    const dropoutSeed = this.dropoutSeed();
    tf.tidy(() => {
      const [inputs, targets] = batchTensors(this.data, order.subarray(start, start + count));
      const mode = { isTraining: true, batchNorm: this.batchNorm, dropoutSeed } as const;
      const gradient = this.gradient.compute(this.params, inputs, targets, mode);
      this.optimizer.applyGradients([this.params], [gradient]);
    });
  }

  /** A large training set's train metrics are computed on its fixed sample (evaluationSample.ts). */
  protected beginEvaluation(): EvaluationInParts<tf.Tensor1D> {
    const { layout, experiment, params, data, batchNorm } = this;
    const exampleCount = data.evaluatedTrainCount + data.testCount;
    // A queuing backend (WebGL) only enqueues the chunks, so they may be few and large, and sliced
    // on the GPU; an immediate one gets short chunks, uploaded from JavaScript.
    const isImmediate = !this.queuesWork;
    const chunkSize = evaluationChunkSize(layout, exampleCount, isImmediate);
    return evaluationInChunks(layout, experiment.loss, params, data, batchNorm, chunkSize, isImmediate);
  }

  protected readMetrics(pending: readonly PendingEpoch<tf.Tensor1D>[]): Promise<MetricsReadout> {
    return readEvaluations(pending, this.data);
  }

  protected override discardSums(pending: readonly PendingEpoch<tf.Tensor1D>[]): void {
    tf.dispose(pending.map((entry) => entry.sums));
  }
}
