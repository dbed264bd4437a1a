/**
 * Gradient of the training objective (mean batch loss + L1 and L2 penalties) with respect to the
 * flat parameter vector. Dense-only networks use hand-written backpropagation, faster than
 * tf.grads, whose tape records and replays every op (see docs/decisions/engines.md).
 * Networks with convolutions, pooling, dropout or batch norm take tf.grads of the same objective.
 * `trainingObjective` is that objective in plain differentiable ops: the tests check both paths
 * against tf.grads of it.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossId } from '../../core/experiment/experiment';
import { HUBER_DELTA } from '../../core/registries/losses';
import type { LayerActivation } from '../shared/networkLayout';
import { activationGradient } from './activations';
import { type ForwardMode, forwardLayers } from './forward';
import { l1Penalty, l2Penalty, trainingLoss } from './losses';
import { type NetworkLayout, regularizationStrengths, unpackParameters } from './model';

/** Inference mode without batch norm: what the dense path and plain evaluations use. */
const PLAIN: ForwardMode = { isTraining: false, batchNorm: null };

/** The mean batch loss in training mode, from the output layer's logits where cross-entropy allows. */
function dataLoss(
  layout: NetworkLayout,
  loss: LossId,
  params: tf.Tensor1D,
  x: tf.Tensor2D,
  targets: tf.Tensor2D,
  mode: ForwardMode,
): tf.Scalar {
  const outputs = forwardLayers(layout, unpackParameters(layout, params), x, mode);
  const last = outputs[outputs.length - 1];
  if (!last) throw new Error('A network has at least its output layer.');
  return trainingLoss(loss, layout.output.activation, targets, last.z as tf.Tensor2D, last.h as tf.Tensor2D);
}

/** The training objective, mean loss + Σ per-layer (l1·Σ|w| + l2·Σw²) over kernels, in differentiable ops. */
export function trainingObjective(
  layout: NetworkLayout,
  loss: LossId,
  params: tf.Tensor1D,
  x: tf.Tensor2D,
  targets: tf.Tensor2D,
  mode: ForwardMode = PLAIN,
): tf.Scalar {
  return tf.tidy(() => {
    const weights = unpackParameters(layout, params);
    const terms: tf.Scalar[] = [dataLoss(layout, loss, params, x, targets, mode)];
    layout.layers.forEach((layer, index) => {
      const kernel = weights[index]?.kernel;
      if (!kernel) return;
      const { l1, l2 } = layer.regularization;
      if (l1 > 0) terms.push(l1Penalty([kernel], l1));
      if (l2 > 0) terms.push(l2Penalty([kernel], l2));
    });
    return tf.addN(terms) as tf.Scalar;
  });
}

/** ∂(mean loss)/∂h of the output h, per loss (Keras's mean over units and batch). */
function lossOutputGradient(
  loss: LossId,
  targets: tf.Tensor2D,
  outputs: tf.Tensor2D,
  perElement: number,
): tf.Tensor2D {
  switch (loss) {
    case 'meanSquaredError':
      return tf.mul(tf.sub(outputs, targets), 2 * perElement);
    case 'meanAbsoluteError':
      return tf.mul(tf.sign(tf.sub(outputs, targets)), perElement);
    case 'huber':
      return tf.mul(tf.clipByValue(tf.sub(outputs, targets), -HUBER_DELTA, HUBER_DELTA), perElement);
    case 'hinge': {
      // max(0, 1 − y·ŷ) passes the gradient where 1 − y·ŷ ≥ 0, as tf.maximum's gradient does.
      const isInMargin = tf.cast(tf.lessEqual(tf.mul(targets, outputs), 1), 'float32');
      return tf.mul(tf.mul(targets, isInMargin), -perElement);
    }
    case 'squaredHinge': {
      const margin = tf.relu(tf.sub(1, tf.mul(targets, outputs)));
      return tf.mul(tf.mul(targets, margin), -2 * perElement);
    }
    case 'binaryCrossentropy':
    case 'categoricalCrossentropy':
      throw new Error(`No hand-written gradient for ${loss} on this output layer.`);
    default:
      throw new Error(`Unknown loss: ${String(loss satisfies never)}`);
  }
}

/**
 * ∂(mean loss)/∂z for the output layer's pre-activation z. For sigmoid + binary cross-entropy and
 * softmax + categorical cross-entropy this is the logit form (p − y)/n, as Keras's TensorFlow
 * backend computes from the logits; other pairs chain ∂L/∂h through the output activation.
 */
function outputGradient(
  loss: LossId,
  activation: LayerActivation,
  targets: tf.Tensor2D,
  outputs: tf.Tensor2D,
): tf.Tensor2D {
  const [batchSize = 1, units = 1] = outputs.shape;
  // Keras averages over units too (mean over the last axis), except categorical cross-entropy, which sums.
  const perElement = 1 / (batchSize * units);
  if (loss === 'binaryCrossentropy' && activation === 'sigmoid')
    return tf.mul(tf.sub(outputs, targets), perElement);
  if (loss === 'categoricalCrossentropy' && activation === 'softmax')
    return tf.mul(tf.sub(outputs, targets), 1 / batchSize);
  const dOutputs = lossOutputGradient(loss, targets, outputs, perElement);
  switch (activation) {
    case 'sigmoid':
      return tf.mul(dOutputs, tf.mul(outputs, tf.sub(1, outputs)));
    case 'softmax':
      return tf.mul(outputs, tf.sub(dOutputs, tf.sum(tf.mul(dOutputs, outputs), -1, true)));
    case 'linear':
      return dOutputs;
    default:
      throw new Error(`No hand-written gradient through a ${activation} output layer.`);
  }
}

/** The penalties' gradient, l1·sign(w) + 2·l2·w at kernel entries: the same for both paths. */
class RegularizationGradient {
  private readonly l1: tf.Tensor1D | null;
  private readonly twiceL2: tf.Tensor1D | null;

  constructor(layout: NetworkLayout) {
    const strengths = regularizationStrengths(layout);
    this.l1 = strengths.l1 ? tf.tensor1d(strengths.l1) : null;
    this.twiceL2 = strengths.l2
      ? tf.tidy(() => tf.mul(tf.tensor1d(strengths.l2 as Float32Array), 2) as tf.Tensor1D)
      : null;
  }

  /** `gradient` plus the penalties' gradient at `params`. Call inside tf.tidy. */
  add(gradient: tf.Tensor1D, params: tf.Tensor1D): tf.Tensor1D {
    let total = gradient;
    if (this.l1) total = tf.add(total, tf.mul(tf.sign(params), this.l1));
    if (this.twiceL2) total = tf.add(total, tf.mul(params, this.twiceL2));
    return total;
  }

  dispose(): void {
    tf.dispose([...(this.l1 ? [this.l1] : []), ...(this.twiceL2 ? [this.twiceL2] : [])]);
  }
}

/** Computes the objective's gradient for one network and loss; owns the regularization tensors. */
export interface ObjectiveGradient {
  /** Whether the hand-written backward pass is used. */
  readonly isHandWritten: boolean;
  /** ∂objective/∂params for one batch, flat like params. `mode` is a training mode. Call inside tf.tidy. */
  compute(params: tf.Tensor1D, x: tf.Tensor2D, targets: tf.Tensor2D, mode: ForwardMode): tf.Tensor1D;
  dispose(): void;
}

/** Hand-written backpropagation through dense layers. */
class DenseGradient implements ObjectiveGradient {
  readonly isHandWritten = true;
  private readonly regularization: RegularizationGradient;

  constructor(
    private readonly layout: NetworkLayout,
    private readonly loss: LossId,
  ) {
    this.regularization = new RegularizationGradient(layout);
  }

  compute(params: tf.Tensor1D, x: tf.Tensor2D, targets: tf.Tensor2D): tf.Tensor1D {
    const { layers } = this.layout;
    const weights = unpackParameters(this.layout, params);
    const outputs = forwardLayers(this.layout, weights, x, PLAIN);
    const last = layers.length - 1;
    const lastLayer = layers[last] as (typeof layers)[number];
    let dz = outputGradient(this.loss, lastLayer.activation, targets, outputs[last]?.h as tf.Tensor2D);
    const parts: tf.Tensor[] = new Array(2 * layers.length);
    // Transposes are explicit: wasm's MatMul takes its fast path only for untransposed operands
    // (see docs/decisions/engines.md).
    for (let index = last; index >= 0; index--) {
      const input = index === 0 ? x : (outputs[index - 1]?.h as tf.Tensor2D);
      parts[2 * index] = tf.reshape(tf.matMul(tf.transpose(input), dz), [-1]);
      parts[2 * index + 1] = tf.sum(dz, 0);
      if (index > 0) {
        const kernel = weights[index]?.kernel as tf.Tensor2D;
        const previous = layers[index - 1] as (typeof layers)[number];
        const before = outputs[index - 1] as { z: tf.Tensor; h: tf.Tensor };
        dz = activationGradient(
          previous.activation,
          tf.matMul(dz, tf.transpose(kernel)),
          before.z as tf.Tensor2D,
          input,
        );
      }
    }
    return this.regularization.add(tf.concat(parts) as tf.Tensor1D, params);
  }

  dispose(): void {
    this.regularization.dispose();
  }
}

/** tf.grads of the data loss through any layers, plus the penalties' closed-form gradient. */
class AutodiffGradient implements ObjectiveGradient {
  readonly isHandWritten = false;
  private readonly regularization: RegularizationGradient;

  constructor(
    private readonly layout: NetworkLayout,
    private readonly loss: LossId,
  ) {
    this.regularization = new RegularizationGradient(layout);
  }

  compute(params: tf.Tensor1D, x: tf.Tensor2D, targets: tf.Tensor2D, mode: ForwardMode): tf.Tensor1D {
    const [gradient] = tf.grads((p: tf.Tensor) =>
      dataLoss(this.layout, this.loss, p as tf.Tensor1D, x, targets, mode),
    )([params]);
    return this.regularization.add(gradient as tf.Tensor1D, params);
  }

  dispose(): void {
    this.regularization.dispose();
  }
}

/** The gradient computer of a network: hand-written for dense-only stacks, autodiff otherwise. */
export function createObjectiveGradient(
  layout: NetworkLayout,
  loss: LossId,
  path: 'auto' | 'autodiff' = 'auto',
): ObjectiveGradient {
  return layout.isDenseOnly && path === 'auto'
    ? new DenseGradient(layout, loss)
    : new AutodiffGradient(layout, loss);
}
