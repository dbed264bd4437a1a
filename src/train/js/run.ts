/**
 * A JsTrainingRun: the plain-JavaScript engine's step, evaluation and read-back under the shared
 * epoch driver, for small dense networks. It computes what the tfjs TrainingRun computes (same
 * initial weights, batch order, dropout masks, gradient, regularization, optimizer, metric
 * definitions), so a person sees the same experiment whichever engine trains it; only the float
 * rounding differs. For a network of a few hundred weights, tfjs's fixed cost per op is nearly all
 * of a step's time; here a step costs its arithmetic only (see docs/decisions/engines.md).
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment } from '../../core/experiment/experiment';
import type { BoundaryGrid } from '../../core/run/types';
import { EpochDriver, type EvaluationInParts, evaluationInOnePart } from '../shared/epochDriver';
import { type MetricsReadout, metricsReadout, type PendingEpoch } from '../shared/epochMetrics';
import type { TrainedState } from '../shared/export/trainedState';
import { initialParameters } from '../shared/networkLayout';
import type { Trainer } from '../shared/trainer';
import { copyBatch, createJsRunData, type JsRunData } from './data';
import { boundaryGrid, type EpochSums, epochSums } from './evaluate';
import { ObjectiveGradient } from './gradients';
import { assertTrainable } from './losses';
import { DenseNetwork } from './model';
import { createOptimizer, type JsOptimizer } from './optimizers';

/** Rows an evaluation or boundary pass computes at once: buffers stay small and in cache. */
const EVALUATION_CHUNK_ROWS = 256;

/** One experiment trained in plain JavaScript. */
export class JsTrainingRun extends EpochDriver<JsOptimizer, EpochSums> implements Trainer {
  /** The flat parameter vector, laid out as the tfjs engine's (kernel, bias per layer). */
  readonly weights: Float32Array;
  private readonly data: JsRunData;
  private readonly network: DenseNetwork;
  private readonly gradient: ObjectiveGradient;
  private readonly hasDropout: boolean;
  private readonly batchInput: Float64Array;
  private readonly batchTargets: Float64Array;

  constructor(experiment: Experiment, dataset: SplitDataset) {
    super(experiment, dataset, createOptimizer);
    const { layout } = this;
    assertTrainable(experiment.loss, layout.output.activation);
    this.data = createJsRunData(dataset, layout.output);
    this.weights = initialParameters(layout, experiment.training.seed);
    const capacity = Math.max(this.batchSizes[0] ?? 1, EVALUATION_CHUNK_ROWS);
    this.network = new DenseNetwork(layout, capacity);
    this.gradient = new ObjectiveGradient(layout, experiment.loss, this.network);
    this.hasDropout = layout.layers.some((layer) => layer.kind === 'dropout');
    this.batchInput = new Float64Array(capacity * Math.max(layout.numFeatures, 2));
    this.batchTargets = new Float64Array(capacity * layout.output.units);
  }

  /** The decision boundary on the plane's grid, or null when the data is not 2-D. */
  async predictBoundary(): Promise<BoundaryGrid | null> {
    if (this.data.numFeatures !== 2) return null;
    return boundaryGrid(this.network, this.layout.output, this.weights, this.batchInput);
  }

  /** A copy of the weights; a dense network has no running statistics. */
  async trainedState(): Promise<TrainedState> {
    const { currentExperiment: experiment, layout, dataset, epoch } = this;
    return { experiment, layout, dataset, epoch, params: this.weights.slice(), movingStatistics: new Map() };
  }

  protected step(order: Uint32Array, start: number, count: number): void {
    copyBatch(this.data, order, start, count, this.batchInput, this.batchTargets);
    const dropoutSeed = this.hasDropout ? this.dropoutSeed() : null;
    const gradient = this.gradient.compute(
      this.weights,
      this.batchInput,
      this.batchTargets,
      count,
      dropoutSeed,
    );
    this.optimizer.applyGradients(this.weights, gradient);
  }

  // Small dense networks on small sets: the whole evaluation fits within a turn.
  protected beginEvaluation(): EvaluationInParts<EpochSums> {
    const { network, experiment, layout, weights, data, batchInput } = this;
    return evaluationInOnePart(() =>
      epochSums(network, experiment.loss, layout.output, weights, data, batchInput),
    );
  }

  protected readMetrics(pending: readonly PendingEpoch<EpochSums>[]): MetricsReadout {
    return metricsReadout(
      pending,
      pending.map((entry) => entry.sums),
      this.data.evaluation,
    );
  }
}
