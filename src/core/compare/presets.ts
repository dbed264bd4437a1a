import type { Experiment, OptimizerId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { defaultOptimizerParams } from '../registries/optimizers';

/** A ready-made comparison: its variants are built from the current experiment. */
export interface ComparisonPreset {
  readonly id: string;
  /** The catalogue key of its name in the menu. */
  readonly label: MessageKey;
  readonly build: (base: Experiment) => Experiment[];
}

/**
 * The experiment with another optimizer at its Keras defaults, keeping the learning rate, its
 * schedule and clipping, so that the optimizer is the one thing that differs.
 */
export function withOptimizer(
  base: Experiment,
  id: OptimizerId,
  params: Record<string, number | boolean> = {},
): Experiment {
  const learningRate = base.optimizer.params.learningRate;
  return {
    ...base,
    optimizer: {
      ...base.optimizer,
      id,
      params: {
        ...defaultOptimizerParams(id),
        ...(typeof learningRate === 'number' ? { learningRate } : {}),
        ...params,
      },
    },
  };
}

/** Comparisons a person can open with one click. */
export const COMPARISON_PRESETS: readonly ComparisonPreset[] = [
  {
    id: 'sgd-vs-adam',
    label: 'compare.preset.sgdAdam',
    build: (base) => [withOptimizer(base, 'sgd'), withOptimizer(base, 'adam')],
  },
  {
    id: 'momentum',
    label: 'compare.preset.momentum',
    build: (base) => [
      withOptimizer(base, 'sgd'),
      withOptimizer(base, 'sgd', { momentum: 0.9 }),
      withOptimizer(base, 'sgd', { momentum: 0.9, nesterov: true }),
    ],
  },
  {
    id: 'learning-rates',
    label: 'compare.preset.learningRates',
    build: (base) =>
      [0.001, 0.01, 0.1].map((learningRate) => ({
        ...base,
        optimizer: { ...base.optimizer, params: { ...base.optimizer.params, learningRate } },
      })),
  },
];
