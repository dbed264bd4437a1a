import type { NumberParameterSpec } from './parameters';

/** Settings of the training loop, with their bounds. Batch size is also bounded by the training-set size. */
export const TRAINING_PARAMETERS: readonly NumberParameterSpec[] = [
  {
    kind: 'number',
    key: 'batchSize',
    label: 'optimizer.batchSize.label',
    help: 'optimizer.batchSize.help',
    defaultValue: 16,
    min: 1,
    max: 4096,
    isInteger: true,
    scale: 'linear',
    step: 1,
  },
  {
    kind: 'number',
    key: 'epochs',
    label: 'optimizer.epochs.label',
    help: 'optimizer.epochs.help',
    defaultValue: 500,
    min: 1,
    max: 100_000,
    isInteger: true,
    scale: 'linear',
    step: 1,
  },
  {
    kind: 'number',
    key: 'l1',
    label: 'optimizer.l1.label',
    help: 'optimizer.l1.help',
    defaultValue: 0,
    min: 0,
    max: 1,
    isInteger: false,
    scale: 'linear',
    step: 0.0001,
  },
  {
    kind: 'number',
    key: 'l2',
    label: 'optimizer.l2.label',
    help: 'optimizer.l2.help',
    defaultValue: 0,
    min: 0,
    max: 1,
    isInteger: false,
    scale: 'linear',
    step: 0.0001,
  },
  {
    kind: 'number',
    key: 'seed',
    label: 'optimizer.seed.label',
    help: 'optimizer.seed.help',
    defaultValue: 1,
    min: 0,
    max: 2_147_483_647,
    isInteger: true,
    scale: 'linear',
    step: 1,
  },
];

/** Bounds of the layer builder: layers in the stack, units of a dense layer, trainable parameters in all. */
export const MODEL_LIMITS = {
  maxHiddenLayers: 16,
  minUnits: 1,
  maxUnits: 256,
  /** More than this would not train at a useful speed in a browser tab (MNIST’s 784-256-256-10 is 270k). */
  maxParameters: 2_000_000,
} as const;
