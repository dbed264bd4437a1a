import type { LayerConfig, LayerKind } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import type { NumberParameterSpec } from './parameters';
import { MODEL_LIMITS } from './training';

/** Registry entry of a layer kind: its numeric settings with bounds, and the layer "Add" makes. */
export interface LayerKindSpec {
  readonly kind: LayerKind;
  /** Keras's name for it. */
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  /** A few sentences for the "What is this?" explainer. */
  readonly explanation: MessageKey;
  /** Numeric settings, read from the layer config by key. */
  readonly parameters: readonly NumberParameterSpec[];
  /** Has an activation and a kernel (and so an initialiser and a regularization). */
  readonly isWeighted: boolean;
  /** The layer "Add" appends. */
  readonly create: () => LayerConfig;
}

const whole = (
  key: string,
  label: MessageKey,
  help: MessageKey,
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
  'model.units.label',
  'model.units.help',
  16,
  MODEL_LIMITS.minUnits,
  MODEL_LIMITS.maxUnits,
);
/** Filters of a convolution. */
export const FILTERS_SPEC = whole('filters', 'model.filters.label', 'model.filters.help', 8, 1, 64);
/** Side of a square convolution kernel. */
export const KERNEL_SIZE_SPEC = whole(
  'kernelSize',
  'model.kernelSize.label',
  'model.kernelSize.help',
  3,
  1,
  7,
);
/** Stride of a convolution. */
export const STRIDE_SPEC = whole('stride', 'model.stride.label', 'model.stride.help', 1, 1, 4);
/** Side of a square pooling window (also its stride). */
export const POOL_SIZE_SPEC = whole('poolSize', 'model.poolSize.label', 'model.poolSize.help', 2, 2, 4);
/** Share of inputs a dropout layer drops while training. */
export const DROPOUT_RATE_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'rate',
  label: 'model.rate.label',
  help: 'model.rate.help',
  defaultValue: 0.25,
  min: 0,
  max: 0.9,
  isInteger: false,
  scale: 'linear',
  step: 0.05,
};

const strength = (key: 'l1' | 'l2', label: MessageKey, help: MessageKey): NumberParameterSpec => ({
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
export const LAYER_L1_SPEC = strength('l1', 'model.l1.label', 'model.l1.help');
/** A layer's own L2 strength. */
export const LAYER_L2_SPEC = strength('l2', 'model.l2.label', 'model.l2.help');

/** The layer kinds, in the order the "Add layer" menu lists them. */
export const LAYER_KINDS: Readonly<Record<LayerKind, LayerKindSpec>> = {
  dense: {
    kind: 'dense',
    label: 'model.dense.label',
    description: 'model.dense.description',
    explanation: 'model.dense.explanation',
    parameters: [UNITS_SPEC],
    isWeighted: true,
    create: () => ({ kind: 'dense', units: 16, activation: 'relu' }),
  },
  conv2d: {
    kind: 'conv2d',
    label: 'model.conv2d.label',
    description: 'model.conv2d.description',
    explanation: 'model.conv2d.explanation',
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
    label: 'model.maxPool2d.label',
    description: 'model.maxPool2d.description',
    explanation: 'model.maxPool2d.explanation',
    parameters: [POOL_SIZE_SPEC],
    isWeighted: false,
    create: () => ({ kind: 'maxPool2d', poolSize: 2 }),
  },
  avgPool2d: {
    kind: 'avgPool2d',
    label: 'model.avgPool2d.label',
    description: 'model.avgPool2d.description',
    explanation: 'model.avgPool2d.explanation',
    parameters: [POOL_SIZE_SPEC],
    isWeighted: false,
    create: () => ({ kind: 'avgPool2d', poolSize: 2 }),
  },
  flatten: {
    kind: 'flatten',
    label: 'model.flatten.label',
    description: 'model.flatten.description',
    explanation: 'model.flatten.explanation',
    parameters: [],
    isWeighted: false,
    create: () => ({ kind: 'flatten' }),
  },
  dropout: {
    kind: 'dropout',
    label: 'model.dropout.label',
    description: 'model.dropout.description',
    explanation: 'model.dropout.explanation',
    parameters: [DROPOUT_RATE_SPEC],
    isWeighted: false,
    create: () => ({ kind: 'dropout', rate: 0.25 }),
  },
  batchNorm: {
    kind: 'batchNorm',
    label: 'model.batchNorm.label',
    description: 'model.batchNorm.description',
    explanation: 'model.batchNorm.explanation',
    parameters: [],
    isWeighted: false,
    create: () => ({ kind: 'batchNorm' }),
  },
};

/** The layer kinds in display order. */
export const LAYER_KIND_IDS = Object.keys(LAYER_KINDS) as LayerKind[];

/** Batch normalisation's constants, Keras's defaults. */
export const BATCH_NORM = { momentum: 0.99, epsilon: 1e-3 } as const;
