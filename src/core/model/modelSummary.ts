/**
 * Shapes and parameter counts of a layer stack, and why a stack cannot work, computed before any
 * tensor exists: the Model panel shows them beside each layer, validation blocks Train with them,
 * and the training side builds its network from them. Shapes are per example, without the batch
 * axis, as Keras's summary prints them: [features] or [height, width, channels].
 */
import type { LayerConfig, LayerKind, OutputLayerSpec } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { t } from '../i18n/translate';
import { LAYER_KINDS } from '../registries/layers';
import { MODEL_LIMITS } from '../registries/training';
import { formatNumber, groupDigits } from '../util/numberText';

/** Shape of one example as it flows through the network. */
export type ExampleShape = readonly number[];

/** One layer of the network: what flows in and out, what it learns, and what is wrong with it. */
export interface LayerSummary {
  /** 'hidden' for the person's layers, 'output' for the dense layer derived from the data and the loss. */
  readonly role: 'hidden' | 'output';
  /** Position in the stack; the output layer comes after the last hidden one. */
  readonly index: number;
  readonly kind: LayerKind;
  /** What enters the layer, or null once an earlier layer could not work. */
  readonly inputShape: ExampleShape | null;
  /** What leaves the layer, or null when it (or an earlier one) cannot work. */
  readonly outputShape: ExampleShape | null;
  /** A dense layer straight on image input reads the image as one row (an implicit Flatten). */
  readonly flattensInput: boolean;
  /** Weights the optimizer learns (kernel and bias, or batch norm's γ and β). */
  readonly trainableCount: number;
  /** Values updated without gradients (batch norm's running mean and variance). */
  readonly nonTrainableCount: number;
  /** Why this layer cannot work here, in a learner's words, or null. */
  readonly problem: string | null;
}

/** A problem of the stack, at a layer (its index) or of the whole model (null). */
export interface StackProblem {
  readonly layerIndex: number | null;
  readonly message: string;
}

/** Every layer from input to output with the totals and the problems. */
export interface ModelSummary {
  readonly layers: readonly LayerSummary[];
  readonly trainableCount: number;
  readonly nonTrainableCount: number;
  /** Convolutions: a real GPU trains them faster than wasm. */
  readonly hasConvolution: boolean;
  readonly problems: readonly StackProblem[];
}

const product = (shape: ExampleShape): number => shape.reduce((total, size) => total * size, 1);

/** "8×8×1" for images, "4 features" style wording is left to callers. */
export const shapeText = (shape: ExampleShape): string => shape.map(formatNumber).join('×');

/** How the input looks in words: "rows of 4 features" or "8×8×1 images". */
function inputWords(shape: ExampleShape): string {
  return shape.length === 3
    ? t('model.inputImages', { shape: shapeText(shape) })
    : t('model.inputRows', { count: formatNumber(product(shape)) });
}

const isPositiveCount = (value: number): boolean => Number.isFinite(value) && value >= 1;

/** Output size of a convolution or pooling along one axis (Keras's conv_output_length). */
function slidingOutput(size: number, window: number, stride: number, padding: 'valid' | 'same'): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

interface StackState {
  shape: ExampleShape;
  /** Label of the last convolution or pooling layer, while no Flatten has followed it. */
  spatialSource: MessageKey | null;
  /** True while the shape is still the data's own (no layer has changed it). */
  isRawInput: boolean;
}

interface LayerResult {
  readonly outputShape: ExampleShape | null;
  readonly trainableCount: number;
  readonly nonTrainableCount: number;
  readonly flattensInput: boolean;
  readonly problem: string | null;
}

const failed = (problem: string): LayerResult => ({
  outputShape: null,
  trainableCount: 0,
  nonTrainableCount: 0,
  flattensInput: false,
  problem,
});

/** A dense layer (hidden or output) of `units` on the current shape. */
function denseResult(state: StackState, units: number, role: 'hidden' | 'output'): LayerResult {
  if (!isPositiveCount(units)) return failed(t('model.problem.units', { units: formatNumber(units) }));
  const { shape } = state;
  if (shape.length === 3 && state.spatialSource !== null) {
    const key = role === 'output' ? 'model.problem.outputNeedsFlatten' : 'model.problem.denseNeedsFlatten';
    return failed(t(key, { source: t(state.spatialSource) }));
  }
  const inputSize = product(shape);
  return {
    outputShape: [units],
    trainableCount: inputSize * units + units,
    nonTrainableCount: 0,
    flattensInput: shape.length === 3,
    problem: null,
  };
}

/** Why a 2-D layer cannot take a flat input, naming where the input comes from. */
function needsImage(label: MessageKey, state: StackState): string {
  const source = state.isRawInput
    ? t('model.problem.dataGives', { input: inputWords(state.shape) })
    : t('model.problem.layerGives', { count: formatNumber(product(state.shape)) });
  return t('model.problem.needsImage', { layer: t(label), source });
}

function hiddenResult(layer: LayerConfig, state: StackState): LayerResult {
  const { label } = LAYER_KINDS[layer.kind];
  const { shape } = state;
  switch (layer.kind) {
    case 'dense':
      return denseResult(state, layer.units, 'hidden');
    case 'conv2d': {
      const { filters, kernelSize, stride, padding } = layer;
      if (!isPositiveCount(filters))
        return failed(t('model.problem.filters', { filters: formatNumber(filters) }));
      if (!isPositiveCount(kernelSize) || !isPositiveCount(stride))
        return failed(t('model.problem.kernelStride'));
      if (shape.length !== 3) return failed(needsImage(label, state));
      const [height = 0, width = 0, channels = 0] = shape;
      const outHeight = slidingOutput(height, kernelSize, stride, padding);
      const outWidth = slidingOutput(width, kernelSize, stride, padding);
      if (outHeight < 1 || outWidth < 1) {
        return failed(t('model.problem.kernelFit', { kernel: kernelSize, height, width }));
      }
      return {
        outputShape: [outHeight, outWidth, filters],
        trainableCount: kernelSize * kernelSize * channels * filters + filters,
        nonTrainableCount: 0,
        flattensInput: false,
        problem: null,
      };
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      const { poolSize } = layer;
      if (!isPositiveCount(poolSize)) return failed(t('model.problem.poolSize', { layer: t(label) }));
      if (shape.length !== 3) return failed(needsImage(label, state));
      const [height = 0, width = 0, channels = 0] = shape;
      if (height < poolSize || width < poolSize) {
        return failed(t('model.problem.poolFit', { layer: t(label), pool: poolSize, height, width }));
      }
      const outHeight = slidingOutput(height, poolSize, poolSize, 'valid');
      const outWidth = slidingOutput(width, poolSize, poolSize, 'valid');
      return {
        outputShape: [outHeight, outWidth, channels],
        trainableCount: 0,
        nonTrainableCount: 0,
        flattensInput: false,
        problem: null,
      };
    }
    case 'flatten':
      return {
        outputShape: [product(shape)],
        trainableCount: 0,
        nonTrainableCount: 0,
        flattensInput: false,
        problem: null,
      };
    case 'dropout':
      return {
        outputShape: shape,
        trainableCount: 0,
        nonTrainableCount: 0,
        flattensInput: false,
        problem: null,
      };
    case 'batchNorm': {
      const channels = shape[shape.length - 1] ?? 0;
      return {
        outputShape: shape,
        trainableCount: 2 * channels,
        nonTrainableCount: 2 * channels,
        flattensInput: false,
        problem: null,
      };
    }
    default:
      throw new Error(`Unknown layer kind: ${String(layer satisfies never)}`);
  }
}

/**
 * The summary of `hiddenLayers` then `output` on examples of `inputShape`. After the first layer
 * that cannot work, later shapes are unknown (null) and not checked, so one mistake gives one message.
 */
export function summarizeModel(
  inputShape: ExampleShape,
  hiddenLayers: readonly LayerConfig[],
  output: OutputLayerSpec,
): ModelSummary {
  const state: StackState = { shape: inputShape, spatialSource: null, isRawInput: true };
  let isBroken = false;
  const layers: LayerSummary[] = [];
  const problems: StackProblem[] = [];
  const entries = [
    ...hiddenLayers.map((layer) => ({ role: 'hidden' as const, layer })),
    { role: 'output' as const, layer: null },
  ];
  entries.forEach(({ role, layer }, index) => {
    const kind: LayerKind = layer ? layer.kind : 'dense';
    if (isBroken) {
      layers.push({
        role,
        index,
        kind,
        inputShape: null,
        outputShape: null,
        flattensInput: false,
        trainableCount: 0,
        nonTrainableCount: 0,
        problem: null,
      });
      return;
    }
    const result = layer ? hiddenResult(layer, state) : denseResult(state, output.units, 'output');
    layers.push({ role, index, kind, inputShape: state.shape, ...result });
    if (result.problem !== null || result.outputShape === null) {
      isBroken = true;
      problems.push({ layerIndex: index, message: result.problem ?? t('model.problem.cannotWork') });
      return;
    }
    if (kind === 'conv2d' || kind === 'maxPool2d' || kind === 'avgPool2d') {
      state.spatialSource = LAYER_KINDS[kind].label;
    } else if (kind === 'flatten' || kind === 'dense') {
      state.spatialSource = null;
    }
    if (result.outputShape !== state.shape) state.isRawInput = false;
    state.shape = result.outputShape;
  });
  const trainableCount = layers.reduce((sum, layer) => sum + layer.trainableCount, 0);
  const nonTrainableCount = layers.reduce((sum, layer) => sum + layer.nonTrainableCount, 0);
  if (!isBroken && trainableCount > MODEL_LIMITS.maxParameters) {
    problems.push({
      layerIndex: null,
      message: t('model.problem.tooManyParameters', {
        count: groupDigits(trainableCount),
        max: groupDigits(MODEL_LIMITS.maxParameters),
      }),
    });
  }
  const hasConvolution = hiddenLayers.some((layer) => layer.kind === 'conv2d');
  return { layers, trainableCount, nonTrainableCount, hasConvolution, problems };
}
