import type { NumberParameterSpec } from './parameters';

/** Settings of the training loop, with their bounds. Batch size is also bounded by the training-set size. */
export const TRAINING_PARAMETERS: readonly NumberParameterSpec[] = [
  {
    kind: 'number',
    key: 'batchSize',
    label: 'Batch size',
    help: 'Examples per step: small batches are noisy but take many steps per epoch.',
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
    label: 'Epochs',
    help: 'Passes over the training set before training stops by itself.',
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
    label: 'L1 regularization',
    help: 'Penalty on the size of every weight (l1 · Σ|w|): drives useless weights to exactly zero.',
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
    label: 'L2 regularization',
    help: 'Penalty on large weights (l2 · Σw²): trades training fit for smoother boundaries.',
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
    label: 'Weight seed',
    help: 'Same seed, same initial weights, batch order and dropout.',
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
