/**
 * Loss functions, accuracy and the L1 and L2 penalties as tfjs functions of (targets, outputs), following
 * Keras 3's definitions. Each loss has a per-example form (averaged over output units like Keras's
 * `mean(..., axis=-1)`) so that one forward pass can report the train and test means together.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossId, OutputLayerSpec } from '../../core/experiment/experiment';
import { HUBER_DELTA } from '../../core/registries/losses';
import { assertNever } from '../../core/util/assert';
import { classThreshold, PROBABILITY_EPSILON } from '../shared/lossPrimitives';
import type { LayerActivation } from '../shared/networkLayout';

// Tests import these from here; the JavaScript engine imports lossPrimitives.ts, to stay tf-free.
export { encodeTargets, PROBABILITY_EPSILON } from '../shared/lossPrimitives';

/** Per-example binary cross-entropy of probabilities: −mean_k(y·log p + (1−y)·log(1−p)), p clipped. */
export function binaryCrossentropy(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const clipped = tf.clipByValue(outputs, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON);
    const positive = tf.mul(targets, tf.log(clipped));
    const negative = tf.mul(tf.sub(1, targets), tf.log(tf.sub(1, clipped)));
    return tf.neg(tf.mean(tf.add(positive, negative), -1)) as tf.Tensor1D;
  });
}

/**
 * Per-example categorical cross-entropy of probabilities: −Σ_k y_k·log p_k, p clipped. Keras first
 * renormalises p to sum to 1; our outputs come from a softmax and already do, so that is skipped.
 */
export function categoricalCrossentropy(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const clipped = tf.clipByValue(outputs, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON);
    return tf.neg(tf.sum(tf.mul(targets, tf.log(clipped)), -1)) as tf.Tensor1D;
  });
}

/** Per-example mean squared error: mean_k (y − ŷ)². */
export function meanSquaredError(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mean(tf.square(tf.sub(targets, outputs)), -1));
}

/** Per-example mean absolute error: mean_k |y − ŷ|. */
export function meanAbsoluteError(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mean(tf.abs(tf.sub(targets, outputs)), -1));
}

/** Per-example hinge loss of scores against −1/+1 targets: mean_k max(0, 1 − y·ŷ). */
export function hinge(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mean(tf.maximum(tf.sub(1, tf.mul(targets, outputs)), 0), -1));
}

/** Per-example squared hinge loss against −1/+1 targets: mean_k max(0, 1 − y·ŷ)². */
export function squaredHinge(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mean(tf.square(tf.maximum(tf.sub(1, tf.mul(targets, outputs)), 0)), -1));
}

/**
 * Per-example Huber loss with δ = HUBER_DELTA: mean_k of ½e² where |e| ≤ δ, else δ·(|e| − ½δ),
 * written as ½q² + δ·(|e| − q) with q = min(|e|, δ): the same values, and differentiable by tfjs,
 * whose tf.where cannot pass a gradient through a comparison.
 */
export function huber(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const absolute = tf.abs(tf.sub(targets, outputs));
    const quadratic = tf.minimum(absolute, HUBER_DELTA);
    const linear = tf.sub(absolute, quadratic);
    return tf.mean(tf.add(tf.mul(tf.square(quadratic), 0.5), tf.mul(linear, HUBER_DELTA)), -1);
  });
}

/**
 * Per-example binary cross-entropy from the logits z (TensorFlow's stable form
 * max(z, 0) − z·y + log(1 + e^−|z|)): what Keras's TensorFlow backend trains on when a sigmoid
 * output's logits are at hand. Its gradient, (σ(z) − y)/n, never vanishes on a saturated wrong answer.
 */
export function binaryCrossentropyFromLogits(targets: tf.Tensor2D, logits: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const positivePart = tf.sub(tf.relu(logits), tf.mul(logits, targets));
    return tf.mean(tf.add(positivePart, tf.log1p(tf.exp(tf.neg(tf.abs(logits))))), -1);
  });
}

/** Per-example categorical cross-entropy from the logits: −Σ_k y_k·log softmax(z)_k. */
export function categoricalCrossentropyFromLogits(targets: tf.Tensor2D, logits: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.neg(tf.sum(tf.mul(targets, tf.logSoftmax(logits)), -1)) as tf.Tensor1D);
}

/** The per-example loss of `loss`, shape [examples]. */
export function perExampleLoss(loss: LossId, targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  switch (loss) {
    case 'binaryCrossentropy':
      return binaryCrossentropy(targets, outputs);
    case 'categoricalCrossentropy':
      return categoricalCrossentropy(targets, outputs);
    case 'meanSquaredError':
      return meanSquaredError(targets, outputs);
    case 'meanAbsoluteError':
      return meanAbsoluteError(targets, outputs);
    case 'hinge':
      return hinge(targets, outputs);
    case 'squaredHinge':
      return squaredHinge(targets, outputs);
    case 'huber':
      return huber(targets, outputs);
    default:
      return assertNever(loss);
  }
}

/** The loss of a batch: the mean of the per-example losses (Keras's default reduction). */
export function meanLoss(loss: LossId, targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.mean(perExampleLoss(loss, targets, outputs)));
}

/**
 * The batch loss training minimises, from the output layer's pre-activation z and output h: from
 * the logits for cross-entropy on its matching output (sigmoid, softmax), as Keras's TensorFlow
 * backend does; from the output otherwise.
 */
export function trainingLoss(
  loss: LossId,
  activation: LayerActivation,
  targets: tf.Tensor2D,
  logits: tf.Tensor2D,
  outputs: tf.Tensor2D,
): tf.Scalar {
  return tf.tidy(() => {
    if (loss === 'binaryCrossentropy' && activation === 'sigmoid')
      return tf.mean(binaryCrossentropyFromLogits(targets, logits));
    if (loss === 'categoricalCrossentropy' && activation === 'softmax')
      return tf.mean(categoricalCrossentropyFromLogits(targets, logits));
    return meanLoss(loss, targets, outputs);
  });
}

/**
 * 1 where the prediction is the label, else 0, shape [examples]. One output unit predicts class 1
 * above 0.5 (sigmoid) or above 0 (linear score); several units predict their argmax.
 * `labels` holds class indices as float32, shape [examples].
 */
export function correctPredictions(
  output: OutputLayerSpec,
  outputs: tf.Tensor2D,
  labels: tf.Tensor1D,
): tf.Tensor1D {
  return tf.tidy(() => {
    const predicted =
      output.units === 1
        ? tf.reshape(tf.greater(outputs, classThreshold(output)), [-1])
        : tf.argMax(outputs, -1);
    return tf.cast(tf.equal(tf.cast(predicted, 'float32'), labels), 'float32') as tf.Tensor1D;
  });
}

/** Share of examples predicted correctly, 0..1. */
export function accuracy(output: OutputLayerSpec, outputs: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => tf.mean(correctPredictions(output, outputs, labels)));
}

/** Keras's L2 regularization term, l2 · Σ w² over the kernels given (never pass biases). */
export function l2Penalty(kernels: readonly tf.Tensor[], l2: number): tf.Scalar {
  return tf.tidy(() => tf.mul(tf.addN(kernels.map((kernel) => tf.sum(tf.square(kernel)))), l2));
}

/** Keras's L1 regularization term, l1 · Σ |w| over the kernels given (never pass biases). */
export function l1Penalty(kernels: readonly tf.Tensor[], l1: number): tf.Scalar {
  return tf.tidy(() => tf.mul(tf.addN(kernels.map((kernel) => tf.sum(tf.abs(kernel)))), l1));
}
