/**
 * End-of-epoch evaluation (the test set and the training set, or a large training set's fixed
 * sample) and decision-boundary prediction. Both produce small tensors that stay on the backend
 * until read in bulk: a read-back per epoch would stall WebGL's pipeline. Large networks on large
 * sets are evaluated in chunks, so that no activation tensor outgrows memory.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossId } from '../../core/experiment/experiment';
import type { BoundaryGrid } from '../../core/run/types';
import type { EvaluationInParts } from '../shared/epochDriver';
import {
  EPOCH_SUMS_LENGTH,
  type MetricsReadout,
  metricsReadout,
  NO_METRICS,
  type PendingEpoch,
} from '../shared/epochMetrics';
import { classThreshold } from '../shared/lossPrimitives';
import type { RunData } from './data';
import { type BatchNormState, networkOutput } from './forward';
import { correctPredictions, perExampleLoss } from './losses';
import { type NetworkLayout, unpackParameters } from './model';

/** Activation values (examples × values per example) one evaluation chunk may hold at once: 16 MB of float32. */
const CHUNK_VALUES = 1 << 22;

/**
 * Multiply-adds one evaluation part may take on a backend that computes at once (wasm, cpu): a
 * few tens of milliseconds of wasm (smaller parts cost more than they save: docs/decisions/wasm-convolutions.md), so that a Pause waits for no more than one part.
 */
const PART_MULTIPLY_ADDS = 100_000_000;

const sizeOf = (shape: readonly number[]): number => shape.reduce((product, length) => product * length, 1);

/** The multiply-adds of one example's forward pass (a kernel's weights once per output position). */
export function multiplyAddsPerExample(layout: NetworkLayout): number {
  return layout.layers.reduce((total, layer) => {
    const kernel = layer.parts.find((part) => part.role === 'kernel')?.size ?? 0;
    const outputs = sizeOf(layer.outputShape);
    const positions = layer.kind === 'conv2d' ? outputs / (layer.outputShape.at(-1) ?? 1) : 1;
    return total + Math.max(kernel * positions, outputs);
  }, 0);
}

/**
 * Examples per evaluation chunk: all of them for small networks, fewer for wide convolutions, and
 * on a backend that computes at once (`isImmediate`), few enough that a chunk is short. The size
 * depends on the network only, never on timing, so that a link's metrics are the same every time.
 */
export function evaluationChunkSize(
  layout: NetworkLayout,
  exampleCount: number,
  isImmediate = false,
): number {
  const widest = Math.max(layout.numFeatures, ...layout.layers.map((layer) => sizeOf(layer.outputShape)));
  const byMemory = Math.floor(CHUNK_VALUES / widest);
  const byTime = isImmediate ? Math.floor(PART_MULTIPLY_ADDS / multiplyAddsPerExample(layout)) : byMemory;
  return Math.max(1, Math.min(exampleCount, byMemory, byTime));
}

/** The network's inference-mode output for `x`, evaluated chunk by chunk and concatenated. */
export function predictOutput(
  layout: NetworkLayout,
  params: tf.Tensor1D,
  x: tf.Tensor2D,
  batchNorm: BatchNormState | null,
): tf.Tensor2D {
  return tf.tidy(() => {
    const weights = unpackParameters(layout, params);
    return networkOutput(layout, weights, x, batchNorm).h as tf.Tensor2D;
  });
}

/**
 * The current parameters' evaluation sums (epochMetrics.ts) over the evaluated training rows and
 * the test rows, one chunk per part; the sums stay on the backend until readEvaluations downloads
 * them. The parameters must not change between parts. `isUploaded`: each chunk's rows are uploaded
 * from JavaScript rather than sliced from the backend's copy.
 */
export function evaluationInChunks(
  layout: NetworkLayout,
  loss: LossId,
  params: tf.Tensor1D,
  data: RunData,
  batchNorm: BatchNormState | null,
  chunkSize: number,
  isUploaded = false,
): EvaluationInParts<tf.Tensor1D> {
  const total = data.evaluatedTrainCount + data.testCount;
  const chunkSums: tf.Tensor[] = [];
  let start = 0;
  return {
    evaluateNext: () => {
      const count = Math.min(chunkSize, total - start);
      chunkSums.push(chunkSum(layout, loss, params, data, batchNorm, start, count, isUploaded));
      start += count;
      return start >= total;
    },
    finish: () => {
      const result = tf.tidy(() => {
        const sums = chunkSums.length === 1 ? (chunkSums[0] as tf.Tensor) : tf.addN(chunkSums);
        return tf.concat([tf.reshape(sums, [4]), tf.reshape(tf.sum(params), [1])]) as tf.Tensor1D;
      });
      tf.dispose(chunkSums);
      chunkSums.length = 0;
      return result;
    },
    dispose: () => {
      tf.dispose(chunkSums);
      chunkSums.length = 0;
    },
  };
}

/** The evaluation sums of rows start … start + count − 1 of the evaluated rows, in one tidy. */
function chunkSum(
  layout: NetworkLayout,
  loss: LossId,
  params: tf.Tensor1D,
  data: RunData,
  batchNorm: BatchNormState | null,
  start: number,
  count: number,
  isUploaded: boolean,
): tf.Tensor {
  // One tidy per chunk: its activations are freed before the next chunk runs.
  return tf.tidy(() => {
    const { x, targets, labels, parts } = chunkRows(data, start, count, isUploaded);
    const outputs = predictOutput(layout, params, x, batchNorm);
    const score =
      layout.output.targetEncoding === 'real'
        ? tf.sum(tf.square(tf.sub(outputs, targets)), -1)
        : correctPredictions(layout.output, outputs, labels);
    const perExample = tf.stack([perExampleLoss(loss, targets, outputs), score], 1) as tf.Tensor2D;
    return tf.matMul(perExample, parts, true, false);
  });
}

/**
 * A chunk's rows as tensors: the uploaded ones whole, a slice of them (on a queuing backend, where
 * slicing stays on the GPU), or uploaded from JavaScript (`isUploaded`, on wasm and cpu).
 */
function chunkRows(
  data: RunData,
  start: number,
  count: number,
  isUploaded: boolean,
): { x: tf.Tensor2D; targets: tf.Tensor2D; labels: tf.Tensor1D; parts: tf.Tensor2D } {
  const total = data.evaluatedTrainCount + data.testCount;
  if (count === total)
    return { x: data.evalX, targets: data.evalTargets, labels: data.evalLabels, parts: data.evalParts };
  if (!isUploaded) {
    const rows = <T extends tf.Tensor2D>(tensor: T): T => tf.slice(tensor, [start, 0], [count, -1]) as T;
    return {
      x: rows(data.evalX),
      targets: rows(data.evalTargets),
      labels: tf.slice(data.evalLabels, [start], [count]),
      parts: rows(data.evalParts),
    };
  }
  const { features, targets, labels, parts } = data.evalRows;
  const { numFeatures, targetWidth } = data;
  const end = start + count;
  return {
    x: tf.tensor2d(features.subarray(start * numFeatures, end * numFeatures), [count, numFeatures]),
    targets: tf.tensor2d(targets.subarray(start * targetWidth, end * targetWidth), [count, targetWidth]),
    labels: tf.tensor1d(labels.subarray(start, end)),
    parts: tf.tensor2d(parts.subarray(start * 2, end * 2), [count, 2]),
  };
}

/** The whole evaluation at once (evaluationInChunks, every part in a row). */
export function evaluationTensor(
  layout: NetworkLayout,
  loss: LossId,
  params: tf.Tensor1D,
  data: RunData,
  batchNorm: BatchNormState | null = null,
  chunkSize = evaluationChunkSize(layout, data.evaluatedTrainCount + data.testCount),
): tf.Tensor1D {
  const evaluation = evaluationInChunks(layout, loss, params, data, batchNorm, chunkSize);
  while (!evaluation.evaluateNext());
  return evaluation.finish();
}

/**
 * Reads evaluations back with one download, disposes them, and turns them into metrics
 * (epochMetrics.ts).
 */
export async function readEvaluations(
  pending: readonly PendingEpoch<tf.Tensor1D>[],
  data: RunData,
): Promise<MetricsReadout> {
  if (pending.length === 0) return NO_METRICS;
  const stacked = tf.stack(pending.map((entry) => entry.sums));
  tf.dispose(pending.map((entry) => entry.sums));
  const values = await stacked.data();
  stacked.dispose();
  const sums = pending.map((_, row) =>
    values.subarray(row * EPOCH_SUMS_LENGTH, (row + 1) * EPOCH_SUMS_LENGTH),
  );
  const { evaluatedTrainCount: trainCount, testCount, totalSumOfSquares } = data;
  return metricsReadout(pending, sums, { trainCount, testCount, totalSumOfSquares });
}

/**
 * Predicted class and its confidence at each grid cell. Confidence is the predicted class's
 * probability; a linear (hinge) output's score is squashed first: sigmoid(|score|) for one unit,
 * softmax over the scores for several. Regression shows the fitted surface: class 0 everywhere,
 * the prediction squashed to 0..1 by a sigmoid as the confidence.
 */
export async function predictBoundary(
  layout: NetworkLayout,
  params: tf.Tensor1D,
  gridX: tf.Tensor2D,
  gridSize: number,
  batchNorm: BatchNormState | null = null,
): Promise<BoundaryGrid> {
  const { output } = layout;
  const packed = tf.tidy(() => {
    const outputs = predictOutput(layout, params, gridX, batchNorm);
    if (output.targetEncoding === 'real') {
      const scores = tf.reshape(outputs, [-1]);
      return tf.stack([tf.zerosLike(scores), tf.sigmoid(scores)]);
    }
    if (output.units === 1) {
      const scores = tf.reshape(outputs, [-1]);
      const classIndex = tf.cast(tf.greater(scores, classThreshold(output)), 'float32');
      const confidence =
        output.activation === 'linear' ? tf.sigmoid(tf.abs(scores)) : tf.maximum(scores, tf.sub(1, scores));
      return tf.stack([classIndex, confidence]);
    }
    const probabilities = output.activation === 'linear' ? tf.softmax(outputs) : outputs;
    return tf.stack([tf.cast(tf.argMax(outputs, -1), 'float32'), tf.max(probabilities, -1)]);
  });
  const values = await packed.data();
  packed.dispose();
  const cells = gridSize * gridSize;
  return {
    size: gridSize,
    classIndex: Uint8Array.from(values.subarray(0, cells)),
    confidence: Float32Array.from(values.subarray(cells, 2 * cells)),
  };
}
