/**
 * The network: dense layers in raw tf ops over ONE flat parameter vector (kernel0, bias0, kernel1,
 * bias1, ...). Raw ops skip tf.layers' per-call bookkeeping, and a single vector lets an optimizer
 * update every weight with a handful of ops per step instead of a handful per tensor, which is
 * most of the step time of a small network.
 */
import * as tf from '@tensorflow/tfjs';
import type { ActivationId, Experiment, OutputLayerSpec } from '../core/experiment';
import { outputLayerFor } from '../core/registries/losses';
import { createRng } from '../core/rng';
import { deriveSeed, SEED_STREAM } from './seeds';

/** Activation of any layer: a hidden layer's, or the output layer's (which adds softmax). */
export type LayerActivation = ActivationId | OutputLayerSpec['activation'];

/** One dense layer's sizes and activation. */
export interface DenseLayerLayout {
  readonly inputSize: number;
  readonly units: number;
  readonly activation: LayerActivation;
}

/** Shape of a network, known before any tensor exists. */
export interface NetworkLayout {
  readonly numFeatures: number;
  /** Hidden layers, then the output layer. */
  readonly layers: readonly DenseLayerLayout[];
  readonly output: OutputLayerSpec;
  /** Trainable parameters: kernels plus biases. */
  readonly parameterCount: number;
  /** Lengths of the flat vector's parts: kernel0 (inputSize·units), bias0 (units), kernel1, ... */
  readonly partSizes: readonly number[];
}

/** A layer's kernel and bias as views of the flat parameter vector. */
export interface LayerWeights {
  readonly kernel: tf.Tensor2D;
  readonly bias: tf.Tensor1D;
}

/** The layout of an experiment's network on data with `numFeatures` inputs and `numClasses` classes. */
export function networkLayout(
  experiment: Experiment,
  numFeatures: number,
  numClasses: number,
): NetworkLayout {
  const output = outputLayerFor(numClasses, experiment.loss);
  const layers: DenseLayerLayout[] = [];
  let inputSize = numFeatures;
  for (const hidden of experiment.model.hiddenLayers) {
    layers.push({ inputSize, units: hidden.units, activation: hidden.activation });
    inputSize = hidden.units;
  }
  layers.push({ inputSize, units: output.units, activation: output.activation });
  const partSizes = layers.flatMap((layer) => [layer.inputSize * layer.units, layer.units]);
  const parameterCount = partSizes.reduce((sum, size) => sum + size, 0);
  return { numFeatures, layers, output, parameterCount, partSizes };
}

/**
 * Initial parameters: Glorot-uniform kernels, U(±√(6/(fan_in+fan_out))), each layer from its own
 * seed derived from `seed` and the layer index; zero biases. Drawn in JavaScript from our seeded
 * generator, so the same seed gives the same weights bit for bit on every backend.
 */
export function initialParameters(layout: NetworkLayout, seed: number): Float32Array {
  const values = new Float32Array(layout.parameterCount);
  let offset = 0;
  layout.layers.forEach((layer, layerIndex) => {
    const rng = createRng(deriveSeed(seed, SEED_STREAM.weights, layerIndex));
    const limit = Math.sqrt(6 / (layer.inputSize + layer.units));
    const kernelSize = layer.inputSize * layer.units;
    for (let i = 0; i < kernelSize; i++) values[offset + i] = limit * (2 * rng.next() - 1);
    offset += kernelSize + layer.units;
  });
  return values;
}

/** 1 at kernel entries of the flat vector, 0 at biases: the entries L2 regularization penalises. */
export function kernelMask(layout: NetworkLayout): Float32Array {
  const mask = new Float32Array(layout.parameterCount);
  let offset = 0;
  for (const layer of layout.layers) {
    mask.fill(1, offset, offset + layer.inputSize * layer.units);
    offset += layer.inputSize * layer.units + layer.units;
  }
  return mask;
}

/** The layers' kernels and biases as views of `params` (one split, one reshape per kernel). */
export function unpackParameters(layout: NetworkLayout, params: tf.Tensor1D): LayerWeights[] {
  const parts = tf.split(params, layout.partSizes as number[]);
  return layout.layers.map((layer, index) => ({
    kernel: tf.reshape(parts[2 * index] as tf.Tensor, [layer.inputSize, layer.units]),
    bias: parts[2 * index + 1] as tf.Tensor1D,
  }));
}

/** Applies an activation function. */
export function activate(activation: LayerActivation, z: tf.Tensor2D): tf.Tensor2D {
  switch (activation) {
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'elu':
      return tf.elu(z);
    case 'softmax':
      return tf.softmax(z);
    case 'linear':
      return z;
    default:
      throw new Error(`Unknown activation: ${String(activation satisfies never)}`);
  }
}

/**
 * Forward pass keeping every layer's output: element i is the output of layer i, so the last is
 * the network's output. Call inside tf.tidy.
 */
export function forwardLayers(
  layout: NetworkLayout,
  weights: readonly LayerWeights[],
  x: tf.Tensor2D,
): tf.Tensor2D[] {
  const outputs: tf.Tensor2D[] = [];
  let input = x;
  layout.layers.forEach((layer, index) => {
    const { kernel, bias } = weights[index] as LayerWeights;
    input = activate(layer.activation, tf.add(tf.matMul(input, kernel), bias));
    outputs.push(input);
  });
  return outputs;
}

/** The network's output for inputs `x` [examples, features]: probabilities or scores [examples, units]. */
export function predict(layout: NetworkLayout, params: tf.Tensor1D, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const outputs = forwardLayers(layout, unpackParameters(layout, params), x);
    return outputs[outputs.length - 1] as tf.Tensor2D;
  });
}

/** A trainable flat parameter vector holding the seeded initial weights. */
export function createParameters(layout: NetworkLayout, seed: number): tf.Variable<tf.Rank.R1> {
  // Not through tf.tidy: a Variable returned from a nested tidy is tracked by the outer one and leaks.
  const initial = tf.tensor1d(initialParameters(layout, seed));
  const params = tf.variable(initial, true);
  initial.dispose();
  return params;
}
