import type { OptimizerId } from '../experiment/experiment';
import type { ParameterSpec } from './parameters';

/** Registry entry of an optimizer: its hyper-parameters carry Keras's defaults and sane bounds. */
export interface OptimizerSpec {
  readonly id: OptimizerId;
  readonly label: string;
  /** One paragraph for learners. */
  readonly description: string;
  /** The update rule in plain text (g: gradient, w: weight, η: learning rate). */
  readonly updateRule: string;
  readonly parameters: readonly ParameterSpec[];
}

const learningRate = (defaultValue: number): ParameterSpec => ({
  kind: 'number',
  key: 'learningRate',
  label: 'Learning rate',
  help: 'Size of each step downhill: too small crawls, too large diverges.',
  defaultValue,
  min: 1e-6,
  max: 100,
  isInteger: false,
  scale: 'log',
});

const epsilon: ParameterSpec = {
  kind: 'number',
  key: 'epsilon',
  label: 'Epsilon',
  help: 'Tiny constant that keeps the division stable.',
  defaultValue: 1e-7,
  min: 1e-10,
  max: 1,
  isInteger: false,
  scale: 'log',
};

const decayRate = (key: string, label: string, defaultValue: number, help: string): ParameterSpec => ({
  kind: 'number',
  key,
  label,
  help,
  defaultValue,
  min: 0,
  max: 0.9999,
  isInteger: false,
  scale: 'linear',
  step: 0.001,
});

const momentum: ParameterSpec = {
  kind: 'number',
  key: 'momentum',
  label: 'Momentum',
  help: 'Share of the previous step carried into this one: rolls through small bumps.',
  defaultValue: 0,
  min: 0,
  max: 0.999,
  isInteger: false,
  scale: 'linear',
  step: 0.01,
};

/** Optimizers the Optimizer panel offers, with Keras's default hyper-parameters. */
export const OPTIMIZERS: Readonly<Record<OptimizerId, OptimizerSpec>> = {
  sgd: {
    id: 'sgd',
    label: 'SGD',
    description:
      'Stochastic gradient descent steps against the gradient of each mini-batch. With momentum it keeps a velocity that smooths the path; Nesterov looks ahead along that velocity before measuring the gradient.',
    updateRule: 'v ← μ·v − η·g;  w ← w + v   (Nesterov: w ← w + μ·v − η·g)',
    parameters: [
      learningRate(0.01),
      momentum,
      {
        kind: 'boolean',
        key: 'nesterov',
        label: 'Nesterov',
        help: 'Measure the gradient where momentum is about to take you.',
        defaultValue: false,
      },
    ],
  },
  rmsprop: {
    id: 'rmsprop',
    label: 'RMSprop',
    description:
      'Divides each step by a running average of recent squared gradients, so steep and flat directions move at similar speeds.',
    updateRule: 's ← ρ·s + (1−ρ)·g²;  w ← w − η·g / √(s + ε)   (centered: divide by √(s − ḡ² + ε))',
    parameters: [
      learningRate(0.001),
      decayRate('rho', 'Rho', 0.9, 'How long the squared-gradient average remembers.'),
      momentum,
      epsilon,
      {
        kind: 'boolean',
        key: 'centered',
        label: 'Centered',
        help: 'Divide by the variance instead of the raw second moment.',
        defaultValue: false,
      },
    ],
  },
  adagrad: {
    id: 'adagrad',
    label: 'Adagrad',
    description:
      'Divides each step by the root of all squared gradients seen so far: rarely updated weights keep large steps, but every step shrinks over time.',
    updateRule: 's ← s + g²;  w ← w − η·g / √(s + ε)',
    parameters: [
      learningRate(0.001),
      {
        kind: 'number',
        key: 'initialAccumulatorValue',
        label: 'Initial accumulator',
        help: 'Starting value of the sum of squared gradients.',
        defaultValue: 0.1,
        min: 0,
        max: 10,
        isInteger: false,
        scale: 'linear',
        step: 0.01,
      },
      epsilon,
    ],
  },
  adadelta: {
    id: 'adadelta',
    label: 'Adadelta',
    description:
      'Like RMSprop, but scales each step by a running average of past step sizes, so it needs little tuning of the learning rate.',
    updateRule: 's ← ρ·s + (1−ρ)·g²;  Δ = √(d+ε)/√(s+ε)·g;  d ← ρ·d + (1−ρ)·Δ²;  w ← w − η·Δ',
    parameters: [
      learningRate(0.001),
      decayRate('rho', 'Rho', 0.95, 'How long the running averages remember.'),
      epsilon,
    ],
  },
  adam: {
    id: 'adam',
    label: 'Adam',
    description:
      'Momentum and RMSprop together, with a bias correction for the first steps: a robust default for most problems.',
    updateRule:
      'm ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)',
    parameters: [
      learningRate(0.001),
      decayRate('beta1', 'Beta 1', 0.9, 'Decay of the gradient average (momentum).'),
      decayRate('beta2', 'Beta 2', 0.999, 'Decay of the squared-gradient average.'),
      epsilon,
    ],
  },
  adamax: {
    id: 'adamax',
    label: 'Adamax',
    description:
      'A variant of Adam that divides by the largest recent gradient instead of the root mean square.',
    updateRule: 'm ← β₁m + (1−β₁)g;  u ← max(β₂u, |g|);  w ← w − η/(1−β₁ᵗ) · m / (u + ε)',
    parameters: [
      learningRate(0.001),
      decayRate('beta1', 'Beta 1', 0.9, 'Decay of the gradient average (momentum).'),
      decayRate('beta2', 'Beta 2', 0.999, 'Decay of the largest recent gradient.'),
      epsilon,
    ],
  },
};

/** The optimizer ids in display order. */
export const OPTIMIZER_IDS = Object.keys(OPTIMIZERS) as OptimizerId[];

/** Default hyper-parameters of an optimizer (Keras's). */
export function defaultOptimizerParams(id: OptimizerId): Record<string, number | boolean> {
  const params: Record<string, number | boolean> = {};
  for (const parameter of OPTIMIZERS[id].parameters) params[parameter.key] = parameter.defaultValue;
  return params;
}
