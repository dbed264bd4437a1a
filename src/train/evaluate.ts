/**
 * Full-set evaluation and decision-boundary prediction. Both produce small tensors that stay on
 * the backend until read in bulk: a read-back per epoch would stall WebGL's pipeline.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossId, OutputLayerSpec } from '../core/experiment';
import type { BoundaryGrid, MetricColumns } from '../worker/protocol';
import type { RunData } from './data';
import { correctPredictions, perExampleLoss } from './losses';
import { type NetworkLayout, predict } from './model';

/** Values per epoch in an evaluation tensor. */
const EVALUATION_WIDTH = 5;

/**
 * [train loss sum, test loss sum, train correct count, test correct count, Σparams] of the current
 * parameters, losses without the L2 term; readEvaluations divides by the counts in float64. The
 * parameter sum is there to catch divergence: weights that overflowed to ±∞ can still give
 * finite clipped losses.
 */
export function evaluationTensor(
  layout: NetworkLayout,
  loss: LossId,
  params: tf.Tensor1D,
  data: RunData,
): tf.Tensor1D {
  return tf.tidy(() => {
    const outputs = predict(layout, params, data.evalX);
    const perExample = tf.stack(
      [
        perExampleLoss(loss, data.evalTargets, outputs),
        correctPredictions(layout.output, outputs, data.evalLabels),
      ],
      1,
    ) as tf.Tensor2D;
    const sums = tf.matMul(perExample, data.evalParts, true, false);
    return tf.concat([tf.reshape(sums, [4]), tf.reshape(tf.sum(params), [1])]) as tf.Tensor1D;
  });
}

/** One epoch's evaluation, not yet read back. */
export interface PendingEvaluation {
  readonly epoch: number;
  readonly elapsedMs: number;
  readonly values: tf.Tensor1D;
}

/** Metrics read back from pending evaluations: the finite epochs, and the first non-finite one. */
export interface MetricsReadout {
  /** Null when there was nothing finite to report. */
  readonly columns: MetricColumns | null;
  /** First epoch whose loss or weights were NaN or infinite, or null. */
  readonly divergedEpoch: number | null;
}

/**
 * Reads evaluations back with one download and disposes them; rows from the first non-finite
 * epoch on are dropped. `trainCount` and `testCount` turn the sums into means.
 */
export async function readEvaluations(
  pending: readonly PendingEvaluation[],
  trainCount: number,
  testCount: number,
): Promise<MetricsReadout> {
  if (pending.length === 0) return { columns: null, divergedEpoch: null };
  const stacked = tf.stack(pending.map((entry) => entry.values));
  tf.dispose(pending.map((entry) => entry.values));
  const values = await stacked.data();
  stacked.dispose();
  let finiteCount = 0;
  let divergedEpoch: number | null = null;
  for (const [row, entry] of pending.entries()) {
    if (!values.subarray(row * EVALUATION_WIDTH, (row + 1) * EVALUATION_WIDTH).every(Number.isFinite)) {
      divergedEpoch = entry.epoch;
      break;
    }
    finiteCount++;
  }
  if (finiteCount === 0) return { columns: null, divergedEpoch };
  const column = (field: number, count: number) =>
    Float64Array.from(
      { length: finiteCount },
      (_, row) => (values[row * EVALUATION_WIDTH + field] as number) / Math.max(count, 1),
    );
  const reported = pending.slice(0, finiteCount);
  const columns: MetricColumns = {
    epoch: Float64Array.from(reported, (entry) => entry.epoch),
    trainLoss: column(0, trainCount),
    trainAccuracy: column(2, trainCount),
    testLoss: column(1, testCount),
    testAccuracy: column(3, testCount),
    elapsedMs: Float64Array.from(reported, (entry) => entry.elapsedMs),
  };
  return { columns, divergedEpoch };
}

/**
 * Predicted class and its confidence at each grid cell. Confidence is the predicted class's
 * probability; a linear (hinge) output's score is squashed first: sigmoid(|score|) for one unit,
 * softmax over the scores for several.
 */
export async function predictBoundary(
  layout: NetworkLayout,
  params: tf.Tensor1D,
  gridX: tf.Tensor2D,
  gridSize: number,
): Promise<BoundaryGrid> {
  const output: OutputLayerSpec = layout.output;
  const packed = tf.tidy(() => {
    const outputs = predict(layout, params, gridX);
    if (output.units === 1) {
      const scores = tf.reshape(outputs, [-1]);
      const isLinear = output.activation === 'linear';
      const classIndex = tf.cast(tf.greater(scores, isLinear ? 0 : 0.5), 'float32');
      const confidence = isLinear ? tf.sigmoid(tf.abs(scores)) : tf.maximum(scores, tf.sub(1, scores));
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
