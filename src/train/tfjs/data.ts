/**
 * The data a run keeps for its whole life: the training set in JavaScript, from which each batch
 * is copied and uploaded, and on the backend the evaluation set and the boundary grid.
 */
import * as tf from '@tensorflow/tfjs';
import { BOUNDARY_GRID_SIZE, boundaryGridPoints } from '../../core/datasets/plane';
import type { SplitDataset } from '../../core/datasets/types';
import type { OutputLayerSpec } from '../../core/experiment/experiment';
import { evaluatedSplit, gatherRows } from '../shared/evaluationSample';
import { encodeTargets } from '../shared/lossPrimitives';
import { splitRows } from '../shared/splitRows';

/** A split data set, ready to train and evaluate on. */
export interface RunData {
  readonly trainCount: number;
  readonly testCount: number;
  /** Training examples the train metrics are computed on: all, or a large set's sample. */
  readonly evaluatedTrainCount: number;
  readonly numFeatures: number;
  /** Values per target row: the output layer's units. */
  readonly targetWidth: number;
  /**
   * Training features, row-major [trainCount × numFeatures], in JavaScript: copying a batch from
   * here and uploading it beats wasm's Gather and Slice (see docs/decisions/engines.md).
   */
  readonly trainFeatures: Float32Array;
  /** Training targets in the output layer's encoding, row-major [trainCount × targetWidth]. */
  readonly trainTargets: Float32Array;
  /**
   * The evaluated rows in JavaScript (features, targets, class labels and part marks, as below),
   * from which an immediate backend uploads each evaluation chunk: wasm's Slice copies its whole input.
   */
  readonly evalRows: {
    readonly features: Float32Array;
    readonly targets: Float32Array;
    readonly labels: Float32Array;
    readonly parts: Float32Array;
  };
  /** The evaluated training examples, then the test examples, so that one forward pass does both. */
  readonly evalX: tf.Tensor2D;
  readonly evalTargets: tf.Tensor2D;
  /** Class index of each evaluation example, as float32 [all]. */
  readonly evalLabels: tf.Tensor1D;
  /**
   * [all, 2]: column 0 marks training rows with 1, column 1 test rows, so that one matMul sums a
   * per-example column over each part (counts of correct predictions stay exact integers).
   */
  readonly evalParts: tf.Tensor2D;
  /** Centres of the decision-boundary grid's cells, or null when the data is not 2-D. */
  readonly gridX: tf.Tensor2D | null;
  /**
   * Regression only: Σ(y − ȳ)² of the evaluated training targets and of the test targets, each
   * about its own mean, in float64: the denominators of R² (fixed for the run, so computed once here).
   */
  readonly totalSumOfSquares: { readonly train: number; readonly test: number } | null;
}

/** Uploads a split data set's evaluation rows (images as flat rows), its targets encoded for `output`. */
export function createRunData(dataset: SplitDataset, output: OutputLayerSpec): RunData {
  const { train, numFeatures } = dataset;
  const evaluated = evaluatedSplit(dataset);
  const rows = splitRows(evaluated, output);
  const allCount = rows.trainCount + rows.testCount;
  const parts = new Float32Array(allCount * 2);
  for (let i = 0; i < allCount; i++) parts[2 * i + (i < rows.trainCount ? 0 : 1)] = 1;
  const labels = Float32Array.from(rows.labels);
  const trainTargets =
    evaluated === dataset
      ? rows.targets.subarray(0, train.count * output.units)
      : encodeTargets(
          output.targetEncoding,
          train.labels.subarray(0, train.count),
          dataset.numClasses,
          train.targets,
        );
  return {
    trainCount: train.count,
    testCount: rows.testCount,
    evaluatedTrainCount: rows.trainCount,
    numFeatures,
    targetWidth: output.units,
    trainFeatures: train.features.subarray(0, train.count * numFeatures),
    trainTargets,
    evalRows: { features: rows.features, targets: rows.targets, labels, parts },
    evalX: tf.tensor2d(rows.features, [allCount, numFeatures]),
    evalTargets: tf.tensor2d(rows.targets, [allCount, output.units]),
    evalLabels: tf.tensor1d(labels),
    evalParts: tf.tensor2d(parts, [allCount, 2]),
    gridX:
      numFeatures === 2
        ? tf.tensor2d(boundaryGridPoints(BOUNDARY_GRID_SIZE), [BOUNDARY_GRID_SIZE * BOUNDARY_GRID_SIZE, 2])
        : null,
    totalSumOfSquares: rows.totalSumOfSquares,
  };
}

/**
 * A mini-batch as two new tensors [rows, features] and [rows, targetWidth]: training rows `rows`,
 * in that order, copied in JavaScript and uploaded. The caller disposes them.
 */
export function batchTensors(data: RunData, rows: ArrayLike<number>): [tf.Tensor2D, tf.Tensor2D] {
  const { numFeatures, targetWidth } = data;
  return [
    tf.tensor2d(gatherRows(data.trainFeatures, numFeatures, rows), [rows.length, numFeatures]),
    tf.tensor2d(gatherRows(data.trainTargets, targetWidth, rows), [rows.length, targetWidth]),
  ];
}

/** Frees a run's data tensors. */
export function disposeRunData(data: RunData): void {
  tf.dispose([
    data.evalX,
    data.evalTargets,
    data.evalLabels,
    data.evalParts,
    ...(data.gridX ? [data.gridX] : []),
  ]);
}

/**
 * Data shared by the runs of a race: they all train on one split, so they upload it once instead
 * of once each (twenty runs of MNIST would otherwise hold twenty copies of its evaluation rows). A run
 * acquires the tensors for its data set object and output encoding and releases them when it is
 * disposed; the last release frees them.
 */
export class RunDataPool {
  private readonly entries: Array<{
    readonly dataset: SplitDataset;
    readonly encoding: string;
    readonly data: RunData;
    users: number;
  }> = [];

  acquire(dataset: SplitDataset, output: OutputLayerSpec): RunData {
    const encoding = `${output.targetEncoding}:${output.units}`;
    const shared = this.entries.find((entry) => entry.dataset === dataset && entry.encoding === encoding);
    if (shared) {
      shared.users += 1;
      return shared.data;
    }
    const data = createRunData(dataset, output);
    this.entries.push({ dataset, encoding, data, users: 1 });
    return data;
  }

  release(data: RunData): void {
    const index = this.entries.findIndex((entry) => entry.data === data);
    const entry = this.entries[index];
    if (!entry) return;
    entry.users -= 1;
    if (entry.users > 0) return;
    this.entries.splice(index, 1);
    disposeRunData(data);
  }

  /** Sets of tensors alive, for tests. */
  get size(): number {
    return this.entries.length;
  }
}
