import type { LayerConfig, LayerKind } from '../experiment/experiment';
import type { NumberParameterSpec } from './parameters';
import { MODEL_LIMITS } from './training';

/** Registry entry of a layer kind: its numeric settings with bounds, and the layer "Add" makes. */
export interface LayerKindSpec {
  readonly kind: LayerKind;
  /** Keras's name for it. */
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  /** A few sentences for the "What is this?" explainer. */
  readonly explanation: string;
  /** Numeric settings, read from the layer config by key. */
  readonly parameters: readonly NumberParameterSpec[];
  /** Has an activation and a kernel (and so an initialiser and a regularization). */
  readonly isWeighted: boolean;
  /** The layer "Add" appends. */
  readonly create: () => LayerConfig;
}

const whole = (
  key: string,
  label: string,
  help: string,
  defaultValue: number,
  min: number,
  max: number,
): NumberParameterSpec => ({
  kind: 'number',
  key,
  label,
  help,
  defaultValue,
  min,
  max,
  isInteger: true,
  scale: 'linear',
  step: 1,
});

/** Units of a dense layer. */
export const UNITS_SPEC = whole(
  'units',
  'Units',
  'Neurons in this layer.',
  16,
  MODEL_LIMITS.minUnits,
  MODEL_LIMITS.maxUnits,
);
/** Filters of a convolution. */
export const FILTERS_SPEC = whole('filters', 'Filters', 'Feature maps this layer learns.', 8, 1, 64);
/** Side of a square convolution kernel. */
export const KERNEL_SIZE_SPEC = whole(
  'kernelSize',
  'Kernel size',
  'Side of each square filter, in pixels.',
  3,
  1,
  7,
);
/** Stride of a convolution. */
export const STRIDE_SPEC = whole('stride', 'Stride', 'Pixels the filter moves between positions.', 1, 1, 4);
/** Side of a square pooling window (also its stride). */
export const POOL_SIZE_SPEC = whole(
  'poolSize',
  'Pool size',
  'Side of each square window, in pixels.',
  2,
  2,
  4,
);
/** Share of inputs a dropout layer drops while training. */
export const DROPOUT_RATE_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'rate',
  label: 'Rate',
  help: 'Share of inputs set to zero at each training step.',
  defaultValue: 0.25,
  min: 0,
  max: 0.9,
  isInteger: false,
  scale: 'linear',
  step: 0.05,
};

const strength = (key: 'l1' | 'l2', label: string, help: string): NumberParameterSpec => ({
  kind: 'number',
  key,
  label,
  help,
  defaultValue: 0,
  min: 0,
  max: 1,
  isInteger: false,
  scale: 'linear',
  step: 0.0001,
});

/** A layer's own L1 strength. */
export const LAYER_L1_SPEC = strength(
  'l1',
  'L1',
  'This layer’s penalty l1 · Σ|w|: pushes weights to exactly zero.',
);
/** A layer's own L2 strength. */
export const LAYER_L2_SPEC = strength('l2', 'L2', 'This layer’s penalty l2 · Σw²: keeps weights small.');

/** The layer kinds, in the order the "Add layer" menu lists them. */
export const LAYER_KINDS: Readonly<Record<LayerKind, LayerKindSpec>> = {
  dense: {
    kind: 'dense',
    label: 'Dense',
    description: 'Every input connects to every unit: the basic building block.',
    explanation:
      'Each unit computes a weighted sum of all its inputs plus a bias, then applies the activation. Stacking dense layers lets the network bend its decision boundary; on images it ignores which pixels are neighbours.',
    parameters: [UNITS_SPEC],
    isWeighted: true,
    create: () => ({ kind: 'dense', units: 16, activation: 'relu' }),
  },
  conv2d: {
    kind: 'conv2d',
    label: 'Conv2D',
    description: 'Slides small learned filters over an image: finds the same pattern anywhere.',
    explanation:
      'Each filter is a small square of weights slid across the image; its output is a map of where the pattern appears. Weights are shared across positions, so a convolution learns far fewer parameters than a dense layer. Padding “same” pads the border so that the image keeps its size (at stride 1); “valid” does not, and the image shrinks by the kernel size minus one. It needs image input [height, width, channels].',
    parameters: [FILTERS_SPEC, KERNEL_SIZE_SPEC, STRIDE_SPEC],
    isWeighted: true,
    create: () => ({
      kind: 'conv2d',
      filters: 8,
      kernelSize: 3,
      stride: 1,
      padding: 'same',
      activation: 'relu',
    }),
  },
  maxPool2d: {
    kind: 'maxPool2d',
    label: 'MaxPooling2D',
    description: 'Keeps the strongest value of each window: shrinks the image, keeps what was found.',
    explanation:
      'Splits each feature map into windows and keeps the largest value of each, so the map shrinks and small shifts of the input matter less. No weights to learn.',
    parameters: [POOL_SIZE_SPEC],
    isWeighted: false,
    create: () => ({ kind: 'maxPool2d', poolSize: 2 }),
  },
  avgPool2d: {
    kind: 'avgPool2d',
    label: 'AveragePooling2D',
    description: 'Averages each window: shrinks the image smoothly.',
    explanation:
      'Splits each feature map into windows and keeps their average, shrinking the map. Gentler than max pooling; no weights to learn.',
    parameters: [POOL_SIZE_SPEC],
    isWeighted: false,
    create: () => ({ kind: 'avgPool2d', poolSize: 2 }),
  },
  flatten: {
    kind: 'flatten',
    label: 'Flatten',
    description: 'Lays an image’s values out in one row, so dense layers can follow.',
    explanation:
      'Turns [height, width, channels] into a single row of height × width × channels values. Needed between convolutional layers and dense ones; no weights.',
    parameters: [],
    isWeighted: false,
    create: () => ({ kind: 'flatten' }),
  },
  dropout: {
    kind: 'dropout',
    label: 'Dropout',
    description: 'Zeroes a random share of its inputs while training: a regularizer against overfitting.',
    explanation:
      'At each training step a random share of the values (the rate) is set to zero and the rest scaled up by 1/(1 − rate), so no unit can rely on any single other one. At test time it does nothing. The pattern is drawn from the weight seed.',
    parameters: [DROPOUT_RATE_SPEC],
    isWeighted: false,
    create: () => ({ kind: 'dropout', rate: 0.25 }),
  },
  batchNorm: {
    kind: 'batchNorm',
    label: 'BatchNormalization',
    description:
      'Rescales each channel to mean 0 and variance 1 over the batch, then learns a scale and shift.',
    explanation:
      'While training, each channel is normalised by the mean and variance of the current batch, then scaled by γ and shifted by β (both learned); running averages of the statistics (momentum 0.99, ε = 0.001, as in Keras) are used at test time. Often allows larger learning rates.',
    parameters: [],
    isWeighted: false,
    create: () => ({ kind: 'batchNorm' }),
  },
};

/** The layer kinds in display order. */
export const LAYER_KIND_IDS = Object.keys(LAYER_KINDS) as LayerKind[];

/** Batch normalisation's constants, Keras's defaults. */
export const BATCH_NORM = { momentum: 0.99, epsilon: 1e-3 } as const;
