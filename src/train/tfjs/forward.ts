/**
 * The forward pass over every layer kind, in inference mode (evaluation, predictions) or training
 * mode (dropout on, batch norm on batch statistics and updating its running ones).
 */
import * as tf from '@tensorflow/tfjs';
import { BATCH_NORM } from '../../core/registries/layers';
import { fillDropoutMask } from '../shared/dropoutMask';
import { activate } from './activations';
import type { LayerLayout, LayerWeights, NetworkLayout } from './model';

/** Batch norm's running mean and variance per batch-norm layer (non-trainable, updated while training). */
export class BatchNormState {
  private readonly statistics = new Map<number, { mean: tf.Variable; variance: tf.Variable }>();

  constructor(layout: NetworkLayout) {
    for (const layer of layout.layers) {
      if (layer.kind !== 'batchNorm') continue;
      const channels = layer.outputShape[layer.outputShape.length - 1] ?? 0;
      const mean = tf.zeros([channels]);
      const variance = tf.ones([channels]);
      this.statistics.set(layer.index, {
        mean: tf.variable(mean, false),
        variance: tf.variable(variance, false),
      });
      tf.dispose([mean, variance]);
    }
  }

  /** The running statistics of batch-norm layer `index`. */
  of(index: number): { mean: tf.Variable; variance: tf.Variable } {
    const found = this.statistics.get(index);
    if (!found) throw new Error(`Layer ${index + 1} is not a batch-norm layer.`);
    return found;
  }

  /** Frees the statistics. */
  dispose(): void {
    for (const { mean, variance } of this.statistics.values()) tf.dispose([mean, variance]);
    this.statistics.clear();
  }
}

/** How a forward pass runs: inference, or training with this step's dropout seed. */
export type ForwardMode =
  | { readonly isTraining: false; readonly batchNorm: BatchNormState | null }
  | { readonly isTraining: true; readonly batchNorm: BatchNormState | null; readonly dropoutSeed: number };

/** One layer's pre-activation z and output h (the same tensor for layers without an activation). */
export interface LayerOutput {
  readonly z: tf.Tensor;
  readonly h: tf.Tensor;
}

/** `x` reshaped to the layer's input rank: flat rows for dense, [batch, h, w, c] for 2-D layers. */
function shapedInput(layer: LayerLayout, x: tf.Tensor): tf.Tensor {
  const wantsImage = layer.kind === 'conv2d' || layer.kind === 'maxPool2d' || layer.kind === 'avgPool2d';
  if (wantsImage && x.rank !== 4) return tf.reshape(x, [-1, ...layer.inputShape]);
  if ((layer.kind === 'dense' || layer.kind === 'flatten') && x.rank !== 2)
    return tf.reshape(x, [x.shape[0] ?? -1, -1]);
  return x;
}

/** Inverted dropout of layer `layerIndex` at the step whose dropout seed is `stepSeed`. */
function dropout(x: tf.Tensor, rate: number, stepSeed: number, layerIndex: number): tf.Tensor {
  if (rate <= 0) return x;
  const mask = new Float32Array(x.size);
  fillDropoutMask(mask, mask.length, rate, stepSeed, layerIndex);
  return tf.mul(x, tf.tensor(mask, x.shape));
}

/** Batch normalisation over every axis but the channels (the last), Keras's formula and defaults. */
function batchNorm(layer: LayerLayout, weights: LayerWeights, x: tf.Tensor, mode: ForwardMode): tf.Tensor {
  const { gamma, beta } = weights;
  if (!gamma || !beta || !mode.batchNorm)
    throw new Error('Batch normalisation needs γ, β and running statistics.');
  const running = mode.batchNorm.of(layer.index);
  let mean: tf.Tensor = running.mean;
  let variance: tf.Tensor = running.variance;
  if (mode.isTraining) {
    const axes = Array.from({ length: x.rank - 1 }, (_, axis) => axis);
    const moments = tf.moments(x, axes);
    mean = moments.mean;
    variance = moments.variance;
    // Running averages move beside the gradient, as Keras's moving_mean.assign does in training
    // mode: the assigned values never reach the loss, so the tape ignores them.
    const momentum = BATCH_NORM.momentum;
    running.mean.assign(tf.add(tf.mul(running.mean, momentum), tf.mul(mean, 1 - momentum)));
    running.variance.assign(tf.add(tf.mul(running.variance, momentum), tf.mul(variance, 1 - momentum)));
  }
  const normalised = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, BATCH_NORM.epsilon)));
  return tf.add(tf.mul(normalised, gamma), beta);
}

/** One layer's pre-activation (for weighted layers) or output. */
function layerValue(
  layer: LayerLayout,
  weights: LayerWeights,
  input: tf.Tensor,
  mode: ForwardMode,
): tf.Tensor {
  const config = layer.config;
  switch (layer.kind) {
    case 'dense':
      return tf.add(
        tf.matMul(input as tf.Tensor2D, weights.kernel as tf.Tensor2D),
        weights.bias as tf.Tensor1D,
      );
    case 'conv2d': {
      if (config?.kind !== 'conv2d') throw new Error('A Conv2D layer needs its settings.');
      const convolved = tf.conv2d(
        input as tf.Tensor4D,
        weights.kernel as tf.Tensor4D,
        config.stride,
        config.padding,
      );
      return tf.add(convolved, weights.bias as tf.Tensor1D);
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      if (config?.kind !== 'maxPool2d' && config?.kind !== 'avgPool2d')
        throw new Error('A pooling layer needs its settings.');
      const window = config.poolSize;
      return layer.kind === 'maxPool2d'
        ? tf.maxPool(input as tf.Tensor4D, window, window, 'valid')
        : tf.avgPool(input as tf.Tensor4D, window, window, 'valid');
    }
    case 'flatten':
      return input;
    case 'dropout': {
      if (config?.kind !== 'dropout') throw new Error('A dropout layer needs its rate.');
      return mode.isTraining ? dropout(input, config.rate, mode.dropoutSeed, layer.index) : input;
    }
    case 'batchNorm':
      return batchNorm(layer, weights, input, mode);
    default:
      throw new Error(`Unknown layer kind: ${String(layer.kind satisfies never)}`);
  }
}

/**
 * Forward pass keeping every layer's pre-activation and output: element i belongs to layer i, so
 * the last is the network's output. `x` is [examples, features] (images flattened). Call inside tf.tidy.
 */
export function forwardLayers(
  layout: NetworkLayout,
  weights: readonly LayerWeights[],
  x: tf.Tensor2D,
  mode: ForwardMode,
): LayerOutput[] {
  const outputs: LayerOutput[] = [];
  let input: tf.Tensor = x;
  layout.layers.forEach((layer, index) => {
    const z = layerValue(layer, weights[index] ?? {}, shapedInput(layer, input), mode);
    const h = layer.kind === 'dense' || layer.kind === 'conv2d' ? activate(layer.activation, z) : z;
    outputs.push({ z, h });
    input = h;
  });
  return outputs;
}

/** Inference-mode forward pass: the network's output [examples, units] for inputs [examples, features]. */
export function networkOutput(
  layout: NetworkLayout,
  weights: readonly LayerWeights[],
  x: tf.Tensor2D,
  batchNorm: BatchNormState | null,
): LayerOutput {
  const outputs = forwardLayers(layout, weights, x, { isTraining: false, batchNorm });
  const last = outputs[outputs.length - 1];
  if (!last) throw new Error('A network has at least its output layer.');
  return last;
}
