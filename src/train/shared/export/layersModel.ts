/**
 * The TensorFlow.js Layers format (model.json and one weights file) written from the app's layout
 * and weights, without tfjs: a Keras Sequential topology whose layers compute what the app's
 * forward pass computes in inference mode, and a weights manifest naming each tensor
 * `<layer>/<weight>` as tf.loadLayersModel matches them. Formats: docs/decisions/export.md.
 */

import { LEAKY_RELU_SLOPE } from '../../../core/registries/activations';
import { BATCH_NORM } from '../../../core/registries/layers';
import { EXPORT_FILE_NAMES } from '../../../core/run/exportFormat';
import type { LayerLayout } from '../networkLayout';
import type { TrainedState } from './trainedState';

/** A Keras layer as model.json holds it. */
interface KerasLayer {
  readonly class_name: string;
  readonly config: Record<string, unknown>;
}

/** One tensor of the weights file, in file order. */
interface ManifestEntry {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: 'float32';
  readonly values: Float32Array;
}

/** The two files of the format. */
export interface LayersModelFiles {
  readonly modelJson: string;
  readonly weights: Uint8Array;
  /** Keras layers in the topology (LeakyReLU and implicit Flatten layers included). */
  readonly layerCount: number;
}

/** Keras's regularizer of a kernel, or null when both strengths are 0. */
function regularizer(layer: LayerLayout): KerasLayer | null {
  const { l1, l2 } = layer.regularization;
  return l1 > 0 || l2 > 0 ? { class_name: 'L1L2', config: { l1, l2 } } : null;
}

/** tfjs's activation name: leakyRelu has none (a LeakyReLU layer follows instead). */
function activationName(layer: LayerLayout): string {
  return layer.activation === 'leakyRelu' ? 'linear' : layer.activation;
}

/** The layers and weights that stand for one of the app's layers (each named after it). */
function kerasLayersOf(
  layer: LayerLayout,
  weightsOf: (role: string) => Float32Array,
  moving: TrainedState['movingStatistics'],
): { layers: KerasLayer[]; weights: ManifestEntry[] } {
  const name = `layer${layer.index + 1}_${layer.kind}`;
  const layers: KerasLayer[] = [];
  const weights: ManifestEntry[] = [];
  const tensor = (weightName: string, role: string, shape: readonly number[]) =>
    weights.push({ name: `${name}/${weightName}`, shape, dtype: 'float32', values: weightsOf(role) });
  const config = layer.config;
  const units = layer.outputShape[layer.outputShape.length - 1] ?? 0;
  // The app's dense layer reads an image as one row, as a Flatten before it does in Keras.
  if (layer.kind === 'dense' && layer.inputShape.length > 1)
    layers.push({ class_name: 'Flatten', config: { name: `${name}_flatten` } });
  switch (layer.kind) {
    case 'dense': {
      layers.push({
        class_name: 'Dense',
        config: {
          name,
          units,
          activation: activationName(layer),
          use_bias: true,
          kernel_regularizer: regularizer(layer),
        },
      });
      tensor('kernel', 'kernel', [layer.parts[0]?.shape[0] ?? 0, units]);
      tensor('bias', 'bias', [units]);
      break;
    }
    case 'conv2d': {
      if (config?.kind !== 'conv2d') throw new Error('A Conv2D layer needs its settings.');
      layers.push({
        class_name: 'Conv2D',
        config: {
          name,
          filters: config.filters,
          kernel_size: [config.kernelSize, config.kernelSize],
          strides: [config.stride, config.stride],
          padding: config.padding,
          data_format: 'channels_last',
          dilation_rate: [1, 1],
          activation: activationName(layer),
          use_bias: true,
          kernel_regularizer: regularizer(layer),
        },
      });
      tensor('kernel', 'kernel', layer.parts[0]?.shape ?? []);
      tensor('bias', 'bias', [units]);
      break;
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      if (config?.kind !== 'maxPool2d' && config?.kind !== 'avgPool2d')
        throw new Error('A pooling layer needs its settings.');
      const window = [config.poolSize, config.poolSize];
      layers.push({
        class_name: layer.kind === 'maxPool2d' ? 'MaxPooling2D' : 'AveragePooling2D',
        config: { name, pool_size: window, strides: window, padding: 'valid', data_format: 'channels_last' },
      });
      break;
    }
    case 'flatten':
      layers.push({ class_name: 'Flatten', config: { name } });
      break;
    case 'dropout': {
      if (config?.kind !== 'dropout') throw new Error('A dropout layer needs its rate.');
      layers.push({ class_name: 'Dropout', config: { name, rate: config.rate } });
      break;
    }
    case 'batchNorm': {
      const statistics = moving.get(layer.index);
      if (!statistics) throw new Error(`Layer ${layer.index + 1} has no running statistics.`);
      layers.push({
        class_name: 'BatchNormalization',
        config: {
          name,
          axis: -1,
          momentum: BATCH_NORM.momentum,
          epsilon: BATCH_NORM.epsilon,
          center: true,
          scale: true,
        },
      });
      tensor('gamma', 'gamma', [units]);
      tensor('beta', 'beta', [units]);
      weights.push({
        name: `${name}/moving_mean`,
        shape: [units],
        dtype: 'float32',
        values: statistics.mean,
      });
      weights.push({
        name: `${name}/moving_variance`,
        shape: [units],
        dtype: 'float32',
        values: statistics.variance,
      });
      break;
    }
    default:
      throw new Error(`Unknown layer kind: ${String(layer.kind satisfies never)}`);
  }
  if (layer.activation === 'leakyRelu' && (layer.kind === 'dense' || layer.kind === 'conv2d'))
    layers.push({ class_name: 'LeakyReLU', config: { name: `${name}_leaky`, alpha: LEAKY_RELU_SLOPE } });
  return { layers, weights };
}

/** Each layer's parts of the flat vector by role. */
function partsByLayer(state: TrainedState): Map<string, Float32Array>[] {
  let offset = 0;
  return state.layout.layers.map((layer) => {
    const parts = new Map<string, Float32Array>();
    for (const part of layer.parts) {
      parts.set(part.role, state.params.subarray(offset, offset + part.size));
      offset += part.size;
    }
    return parts;
  });
}

/** model.json and model.weights.bin of a trained state. */
export function layersModelFiles(state: TrainedState): LayersModelFiles {
  const parts = partsByLayer(state);
  const layers: KerasLayer[] = [];
  const manifest: ManifestEntry[] = [];
  state.layout.layers.forEach((layer, index) => {
    const weightsOf = (role: string): Float32Array => {
      const values = parts[index]?.get(role);
      if (!values) throw new Error(`Layer ${index + 1} has no ${role}.`);
      return values;
    };
    const made = kerasLayersOf(layer, weightsOf, state.movingStatistics);
    layers.push(...made.layers);
    manifest.push(...made.weights);
  });
  const first = layers[0];
  if (first) first.config.batch_input_shape = [null, ...state.layout.exampleShape];
  const totalValues = manifest.reduce((sum, entry) => sum + entry.values.length, 0);
  const values = new Float32Array(totalValues);
  let offset = 0;
  for (const entry of manifest) {
    values.set(entry.values, offset);
    offset += entry.values.length;
  }
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'Training Playground',
    convertedBy: null,
    modelTopology: {
      class_name: 'Sequential',
      config: { name: 'training_playground', layers },
      keras_version: 'tfjs-layers 4.22.0',
      backend: 'tensor_flow.js',
    },
    weightsManifest: [
      {
        paths: [`./${EXPORT_FILE_NAMES.modelWeights}`],
        weights: manifest.map(({ name, shape, dtype }) => ({ name, shape, dtype })),
      },
    ],
  };
  return {
    modelJson: JSON.stringify(modelJson, null, 1),
    // Little-endian float32, the format's byte order, as every browser's typed arrays are.
    weights: new Uint8Array(values.buffer),
    layerCount: layers.length,
  };
}
