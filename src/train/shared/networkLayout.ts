/**
 * The network's layout, known before any tensor exists, and its initial weights and regularization
 * strengths as plain typed arrays: everything about the network that needs no tfjs, so that the
 * JavaScript engine and the engine choice run without loading it (tfjs/model.ts holds the tensor side).
 * All trainable weights live in ONE flat parameter vector, layer by layer: kernel, bias; or batch
 * norm's γ, β. Shapes come from the same pure summary the Model panel shows.
 */
import type { DatasetShape } from '../../core/datasets/types';
import type {
  ActivationId,
  Experiment,
  InitializerId,
  KernelRegularization,
  LayerConfig,
  LayerKind,
  OutputLayerSpec,
} from '../../core/experiment/experiment';
import { summarizeModel } from '../../core/model/modelSummary';
import { DEFAULT_INITIALIZER, INITIALIZERS } from '../../core/registries/initializers';
import { outputLayerFor } from '../../core/registries/losses';
import { createRng } from '../../core/util/rng';
import { deriveSeed, SEED_STREAM } from './seeds';

/** Activation of any layer: a hidden layer's, or the output layer's (which adds softmax). */
export type LayerActivation = ActivationId | OutputLayerSpec['activation'];

/** What a part of the flat vector is. */
export type ParameterRole = 'kernel' | 'bias' | 'gamma' | 'beta';

/** One tensor packed in the flat vector. */
export interface ParameterPart {
  readonly role: ParameterRole;
  readonly shape: readonly number[];
  readonly size: number;
}

/** One layer of the network as the training side needs it. */
export interface LayerLayout {
  readonly index: number;
  readonly role: 'hidden' | 'output';
  readonly kind: LayerKind;
  /** The layer's config; null for the derived output layer. */
  readonly config: LayerConfig | null;
  readonly inputShape: readonly number[];
  readonly outputShape: readonly number[];
  /** 'linear' for layers without an activation. */
  readonly activation: LayerActivation;
  readonly initializer: InitializerId;
  /** Index among the layers with a kernel: picks the seed stream of its initial weights, -1 for others. */
  readonly weightIndex: number;
  /** Kernel regularization in force: the layer's own, or the global strengths. */
  readonly regularization: KernelRegularization;
  /** The layer's parts of the flat vector, in order. */
  readonly parts: readonly ParameterPart[];
}

/** Shape of a network, known before any tensor exists. */
export interface NetworkLayout {
  /** Shape of one example, e.g. [2] or [8, 8, 1]. */
  readonly exampleShape: readonly number[];
  readonly numFeatures: number;
  /** Hidden layers, then the output layer. */
  readonly layers: readonly LayerLayout[];
  readonly output: OutputLayerSpec;
  /** Trainable parameters: the length of the flat vector. */
  readonly parameterCount: number;
  /** Batch norm's running statistics. */
  readonly nonTrainableCount: number;
  /** Sizes of the flat vector's parts in order (every layer's parts, concatenated). */
  readonly partSizes: readonly number[];
  /** Only dense layers: the hand-written backward pass applies. */
  readonly isDenseOnly: boolean;
  /** Convolutions: a real GPU trains them faster than wasm. */
  readonly hasConvolution: boolean;
}

const size = (shape: readonly number[]): number => shape.reduce((product, length) => product * length, 1);

const part = (role: ParameterRole, shape: readonly number[]): ParameterPart => ({
  role,
  shape,
  size: size(shape),
});

/** The tensors packed for a layer of `config` between `inputShape` and `outputShape`. */
function partsOf(
  kind: LayerKind,
  config: LayerConfig | null,
  inputShape: readonly number[],
  outputShape: readonly number[],
) {
  const units = outputShape[outputShape.length - 1] ?? 0;
  switch (kind) {
    case 'dense':
      return [part('kernel', [size(inputShape), units]), part('bias', [units])];
    case 'conv2d': {
      const kernelSize = config?.kind === 'conv2d' ? config.kernelSize : 1;
      const channels = inputShape[2] ?? 1;
      return [part('kernel', [kernelSize, kernelSize, channels, units]), part('bias', [units])];
    }
    case 'batchNorm':
      return [part('gamma', [units]), part('beta', [units])];
    default:
      return [];
  }
}

/**
 * The layout of an experiment's network on a data set's shape. Throws the summary's words when the
 * stack cannot work on this data (the worker checks here with the real shape of own data).
 */
export function networkLayout(experiment: Experiment, dataset: DatasetShape): NetworkLayout {
  const output = outputLayerFor(dataset.numClasses, experiment.loss, dataset.task);
  const hidden = experiment.model.hiddenLayers;
  const summary = summarizeModel(dataset.exampleShape, hidden, output);
  if (summary.problems.length > 0)
    throw new Error(summary.problems.map((problem) => problem.message).join(' '));
  const global: KernelRegularization = { l1: experiment.training.l1 ?? 0, l2: experiment.training.l2 };
  let weightIndex = 0;
  const layers = summary.layers.map((layerSummary, index): LayerLayout => {
    const config = index < hidden.length ? (hidden[index] ?? null) : null;
    const inputShape = layerSummary.inputShape ?? [];
    const outputShape = layerSummary.outputShape ?? [];
    const isWeighted = layerSummary.kind === 'dense' || layerSummary.kind === 'conv2d';
    const own = config?.kind === 'dense' || config?.kind === 'conv2d' ? config : null;
    return {
      index,
      role: layerSummary.role,
      kind: layerSummary.kind,
      config,
      inputShape,
      outputShape,
      activation: own ? own.activation : config === null ? output.activation : 'linear',
      initializer: own?.initializer ?? DEFAULT_INITIALIZER,
      weightIndex: isWeighted ? weightIndex++ : -1,
      regularization: own?.regularization ?? global,
      parts: partsOf(layerSummary.kind, config, inputShape, outputShape),
    };
  });
  const partSizes = layers.flatMap((layer) => layer.parts.map((entry) => entry.size));
  return {
    exampleShape: dataset.exampleShape,
    numFeatures: size(dataset.exampleShape),
    layers,
    output,
    parameterCount: partSizes.reduce((sum, length) => sum + length, 0),
    nonTrainableCount: summary.nonTrainableCount,
    partSizes,
    isDenseOnly: layers.every((layer) => layer.kind === 'dense'),
    hasConvolution: summary.hasConvolution,
  };
}

/** Fan-in and fan-out of a kernel shape, as Keras computes them ([in, out] or [k, k, in, out]). */
function fans(shape: readonly number[]): [number, number] {
  const receptiveField = shape.length === 4 ? (shape[0] ?? 1) * (shape[1] ?? 1) : 1;
  return [(shape[shape.length - 2] ?? 1) * receptiveField, (shape[shape.length - 1] ?? 1) * receptiveField];
}

/**
 * Initial parameters: each kernel from U(±limit) of its layer's initialiser, drawn from its own seed
 * (derived from `seed` and the layer's index among layers with kernels, so that adding a dropout or
 * pooling layer leaves every kernel as it was); zero biases and β, unit γ. Drawn in JavaScript from
 * our seeded generator, so the same seed gives the same weights bit for bit on every backend.
 */
export function initialParameters(layout: NetworkLayout, seed: number): Float32Array {
  const values = new Float32Array(layout.parameterCount);
  let offset = 0;
  for (const layer of layout.layers) {
    for (const entry of layer.parts) {
      if (entry.role === 'kernel') {
        const [fanIn, fanOut] = fans(entry.shape);
        const limit = INITIALIZERS[layer.initializer].limit(fanIn, fanOut);
        const rng = createRng(deriveSeed(seed, SEED_STREAM.weights, layer.weightIndex));
        for (let i = 0; i < entry.size; i++) values[offset + i] = limit * (2 * rng.next() - 1);
      } else if (entry.role === 'gamma') {
        values.fill(1, offset, offset + entry.size);
      }
      offset += entry.size;
    }
  }
  return values;
}

/** Per-entry L1 and L2 strengths of the flat vector: each kernel's strengths, 0 elsewhere; null when all 0. */
export function regularizationStrengths(layout: NetworkLayout): {
  l1: Float32Array | null;
  l2: Float32Array | null;
} {
  const l1 = new Float32Array(layout.parameterCount);
  const l2 = new Float32Array(layout.parameterCount);
  let offset = 0;
  for (const layer of layout.layers) {
    for (const entry of layer.parts) {
      if (entry.role === 'kernel') {
        l1.fill(layer.regularization.l1, offset, offset + entry.size);
        l2.fill(layer.regularization.l2, offset, offset + entry.size);
      }
      offset += entry.size;
    }
  }
  return { l1: l1.some((value) => value > 0) ? l1 : null, l2: l2.some((value) => value > 0) ? l2 : null };
}
