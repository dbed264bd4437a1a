/**
 * Loss functions, accuracy and the L2 penalty as tfjs functions of (targets, outputs), following
 * Keras 3's definitions. Each loss has a per-example form (averaged over output units like Keras's
 * `mean(..., axis=-1)`) so that one forward pass can report the train and test means together.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossId, OutputLayerSpec, TargetEncoding } from '../core/experiment';
import { assertNever } from '../core/registries/losses';

/** Keras's fuzz factor: probabilities are clipped to [ε, 1 − ε] before a logarithm. */
export const PROBABILITY_EPSILON = 1e-7;

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

/** Per-example hinge loss of scores against −1/+1 targets: mean_k max(0, 1 − y·ŷ). */
export function hinge(targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mean(tf.maximum(tf.sub(1, tf.mul(targets, outputs)), 0), -1));
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
    case 'hinge':
      return hinge(targets, outputs);
    default:
      return assertNever(loss);
  }
}

/** The loss of a batch: the mean of the per-example losses (Keras's default reduction). */
export function meanLoss(loss: LossId, targets: tf.Tensor2D, outputs: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.mean(perExampleLoss(loss, targets, outputs)));
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
        ? tf.reshape(tf.greater(outputs, output.activation === 'linear' ? 0 : 0.5), [-1])
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

/** Targets for the output layer from class indices, row-major [count, units]. */
export function encodeTargets(
  encoding: TargetEncoding,
  labels: Uint8Array,
  numClasses: number,
): Float32Array {
  const isSigned = encoding === 'signedBinary' || encoding === 'signedOneHot';
  const off = isSigned ? -1 : 0;
  if (encoding === 'binary01' || encoding === 'signedBinary') {
    return Float32Array.from(labels, (label) => (label === 1 ? 1 : off));
  }
  const targets = new Float32Array(labels.length * numClasses).fill(off);
  labels.forEach((label, i) => {
    targets[i * numClasses + label] = 1;
  });
  return targets;
}
