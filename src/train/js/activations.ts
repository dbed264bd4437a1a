/**
 * Activation functions over plain arrays, and their derivatives for backpropagation: the same
 * functions, in the same closed forms, as src/train/tfjs/activations.ts applies with tf ops. Each works
 * on a whole row-major block (one switch per layer, not per value), in float64.
 */
import { LEAKY_RELU_SLOPE, SELU_ALPHA, SELU_SCALE } from '../../core/registries/activations';
import type { LayerActivation } from '../shared/networkLayout';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** log(1 + eᶻ) without overflow for large z. */
const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

/** Softmax of each row of `count` values in `units` columns, max-shifted as tf.softmax is. */
function softmaxRows(z: Float64Array, h: Float64Array, count: number, units: number): void {
  for (let row = 0; row < count; row += units) {
    let largest = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < units; k++) largest = Math.max(largest, z[row + k] as number);
    let total = 0;
    for (let k = 0; k < units; k++) {
      const value = Math.exp((z[row + k] as number) - largest);
      h[row + k] = value;
      total += value;
    }
    for (let k = 0; k < units; k++) h[row + k] = (h[row + k] as number) / total;
  }
}

/** h = f(z) over the first `count` values; `units` is the row width (softmax normalises rows). */
export function activateInto(
  activation: LayerActivation,
  z: Float64Array,
  h: Float64Array,
  count: number,
  units: number,
): void {
  switch (activation) {
    case 'relu':
      for (let i = 0; i < count; i++) h[i] = Math.max(z[i] as number, 0);
      return;
    case 'leakyRelu':
      for (let i = 0; i < count; i++) {
        const value = z[i] as number;
        h[i] = value < 0 ? LEAKY_RELU_SLOPE * value : value;
      }
      return;
    case 'elu':
      for (let i = 0; i < count; i++) {
        const value = z[i] as number;
        h[i] = value >= 0 ? value : Math.expm1(value);
      }
      return;
    case 'selu':
      for (let i = 0; i < count; i++) {
        const value = z[i] as number;
        h[i] = value > 0 ? SELU_SCALE * value : SELU_SCALE * SELU_ALPHA * Math.expm1(value);
      }
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) h[i] = Math.tanh(z[i] as number);
      return;
    case 'sigmoid':
      for (let i = 0; i < count; i++) h[i] = sigmoid(z[i] as number);
      return;
    case 'softplus':
      for (let i = 0; i < count; i++) h[i] = softplus(z[i] as number);
      return;
    case 'swish':
      for (let i = 0; i < count; i++) {
        const value = z[i] as number;
        h[i] = value * sigmoid(value);
      }
      return;
    case 'softmax':
      softmaxRows(z, h, count, units);
      return;
    case 'linear':
      // A copy loop, not h.set(z.subarray(…)): no view allocated per layer per step.
      for (let i = 0; i < count; i++) h[i] = z[i] as number;
      return;
    default:
      throw new Error(`Unknown activation: ${String(activation satisfies never)}`);
  }
}

/**
 * Turns ∂L/∂h into ∂L/∂z in place over the first `count` values, from the layer's z and h = f(z),
 * with the derivative forms of activationGradient (so ties at 0 go the same way).
 */
export function multiplyByDerivative(
  activation: LayerActivation,
  delta: Float64Array,
  z: Float64Array,
  h: Float64Array,
  count: number,
): void {
  switch (activation) {
    case 'relu':
      // 0·δ rather than 0: an infinite δ still gives NaN, as tf.mul(δ, step(h)) does, so divergence shows alike.
      for (let i = 0; i < count; i++) if (!((h[i] as number) > 0)) delta[i] = 0 * (delta[i] as number);
      return;
    case 'leakyRelu':
      for (let i = 0; i < count; i++)
        if (!((h[i] as number) > 0)) delta[i] = LEAKY_RELU_SLOPE * (delta[i] as number);
      return;
    case 'elu':
      for (let i = 0; i < count; i++) delta[i] = (delta[i] as number) * (Math.min(h[i] as number, 0) + 1);
      return;
    case 'selu':
      for (let i = 0; i < count; i++) {
        const slope = (z[i] as number) > 0 ? SELU_SCALE : (h[i] as number) + SELU_SCALE * SELU_ALPHA;
        delta[i] = (delta[i] as number) * slope;
      }
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) {
        const value = h[i] as number;
        delta[i] = (delta[i] as number) * (1 - value * value);
      }
      return;
    case 'sigmoid':
      for (let i = 0; i < count; i++) {
        const value = h[i] as number;
        delta[i] = (delta[i] as number) * value * (1 - value);
      }
      return;
    case 'softplus':
      for (let i = 0; i < count; i++) delta[i] = (delta[i] as number) * sigmoid(z[i] as number);
      return;
    case 'swish':
      for (let i = 0; i < count; i++) {
        const value = z[i] as number;
        const s = sigmoid(value);
        delta[i] = (delta[i] as number) * s * (1 + value * (1 - s));
      }
      return;
    case 'linear':
      return;
    case 'softmax':
      throw new Error('Softmax is only supported on the output layer.');
    default:
      throw new Error(`No derivative for activation: ${String(activation satisfies never)}`);
  }
}
