/**
 * Activation functions in tf ops, and their derivatives for the hand-written backward pass of dense
 * networks. Each derivative is written from the layer's pre-activation z and output h = f(z),
 * whichever is cheaper; the tests check every one against tf.grads.
 */
import * as tf from '@tensorflow/tfjs';
import { LEAKY_RELU_SLOPE, SELU_ALPHA, SELU_SCALE } from '../../core/registries/activations';
import type { LayerActivation } from '../shared/networkLayout';

/** Applies an activation function to pre-activations of any rank (softmax over the last axis). */
export function activate<T extends tf.Tensor>(activation: LayerActivation, z: T): T {
  switch (activation) {
    case 'relu':
      return tf.relu(z);
    case 'leakyRelu':
      return tf.leakyRelu(z, LEAKY_RELU_SLOPE);
    case 'elu':
      return tf.elu(z);
    case 'selu':
      return tf.selu(z);
    case 'tanh':
      return tf.tanh(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'softplus':
      return tf.softplus(z);
    case 'swish':
      return tf.mul(z, tf.sigmoid(z));
    case 'softmax':
      return tf.softmax(z);
    case 'linear':
      return z;
    default:
      throw new Error(`Unknown activation: ${String(activation satisfies never)}`);
  }
}

/** ∂L/∂z of a hidden layer from ∂L/∂h, its pre-activation z and its output h = f(z). Call inside tf.tidy. */
export function activationGradient(
  activation: LayerActivation,
  dOutputs: tf.Tensor2D,
  z: tf.Tensor2D,
  h: tf.Tensor2D,
): tf.Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.mul(dOutputs, tf.step(h));
    case 'leakyRelu':
      // h has z's sign, so the slope is 1 where h > 0 and the leak elsewhere.
      return tf.mul(dOutputs, tf.where(tf.greater(h, 0), tf.onesLike(h), tf.fill(h.shape, LEAKY_RELU_SLOPE)));
    case 'elu':
      // f'(z) = 1 for z > 0, else e^z = h + 1: min(h, 0) + 1 covers both.
      return tf.mul(dOutputs, tf.add(tf.minimum(h, 0), 1));
    case 'selu':
      // λ for z > 0, else λα·e^z = h + λα.
      return tf.mul(
        dOutputs,
        tf.where(tf.greater(z, 0), tf.fill(h.shape, SELU_SCALE), tf.add(h, SELU_SCALE * SELU_ALPHA)),
      );
    case 'tanh':
      return tf.mul(dOutputs, tf.sub(1, tf.square(h)));
    case 'sigmoid':
      return tf.mul(dOutputs, tf.mul(h, tf.sub(1, h)));
    case 'softplus':
      return tf.mul(dOutputs, tf.sigmoid(z));
    case 'swish': {
      // d(z·σ(z))/dz = σ(z)·(1 + z·(1 − σ(z))).
      const s = tf.sigmoid(z);
      return tf.mul(dOutputs, tf.mul(s, tf.add(1, tf.mul(z, tf.sub(1, s)))));
    }
    case 'linear':
      return dOutputs;
    case 'softmax':
      throw new Error('Softmax is only supported on the output layer.');
    default:
      throw new Error(`Unknown activation: ${String(activation satisfies never)}`);
  }
}
