import type { OptimizerId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import type { ParameterSpec } from './parameters';

/** Registry entry of an optimizer: its hyper-parameters carry Keras's defaults and sane bounds. */
export interface OptimizerSpec {
  readonly id: OptimizerId;
  readonly label: MessageKey;
  /** One paragraph for learners. */
  readonly description: MessageKey;
  /** The update rule in plain text (g: gradient, w: weight, η: learning rate). */
  readonly updateRule: MessageKey;
  readonly parameters: readonly ParameterSpec[];
}

const learningRate = (defaultValue: number): ParameterSpec => ({
  kind: 'number',
  key: 'learningRate',
  label: 'optimizer.learningRate.label',
  help: 'optimizer.learningRate.help',
  defaultValue,
  min: 1e-6,
  max: 100,
  isInteger: false,
  scale: 'log',
});

const epsilon: ParameterSpec = {
  kind: 'number',
  key: 'epsilon',
  label: 'optimizer.epsilon.label',
  help: 'optimizer.epsilon.help',
  defaultValue: 1e-7,
  min: 1e-10,
  max: 1,
  isInteger: false,
  scale: 'log',
};

const decayRate = (
  key: string,
  label: MessageKey,
  defaultValue: number,
  help: MessageKey,
): ParameterSpec => ({
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
  label: 'optimizer.momentum.label',
  help: 'optimizer.momentum.help',
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
    label: 'optimizer.sgd.label',
    description: 'optimizer.sgd.description',
    updateRule: 'optimizer.sgd.updateRule',
    parameters: [
      learningRate(0.01),
      momentum,
      {
        kind: 'boolean',
        key: 'nesterov',
        label: 'optimizer.nesterov.label',
        help: 'optimizer.nesterov.help',
        defaultValue: false,
      },
    ],
  },
  rmsprop: {
    id: 'rmsprop',
    label: 'optimizer.rmsprop.label',
    description: 'optimizer.rmsprop.description',
    updateRule: 'optimizer.rmsprop.updateRule',
    parameters: [
      learningRate(0.001),
      decayRate('rho', 'optimizer.rho.label', 0.9, 'optimizer.rho.help'),
      momentum,
      epsilon,
      {
        kind: 'boolean',
        key: 'centered',
        label: 'optimizer.centered.label',
        help: 'optimizer.centered.help',
        defaultValue: false,
      },
    ],
  },
  adagrad: {
    id: 'adagrad',
    label: 'optimizer.adagrad.label',
    description: 'optimizer.adagrad.description',
    updateRule: 'optimizer.adagrad.updateRule',
    parameters: [
      learningRate(0.001),
      {
        kind: 'number',
        key: 'initialAccumulatorValue',
        label: 'optimizer.initialAccumulator.label',
        help: 'optimizer.initialAccumulator.help',
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
    label: 'optimizer.adadelta.label',
    description: 'optimizer.adadelta.description',
    updateRule: 'optimizer.adadelta.updateRule',
    parameters: [
      learningRate(0.001),
      decayRate('rho', 'optimizer.rho.label', 0.95, 'optimizer.rho.helpAdadelta'),
      epsilon,
    ],
  },
  adam: {
    id: 'adam',
    label: 'optimizer.adam.label',
    description: 'optimizer.adam.description',
    updateRule: 'optimizer.adam.updateRule',
    parameters: [
      learningRate(0.001),
      decayRate('beta1', 'optimizer.beta1.label', 0.9, 'optimizer.beta1.help'),
      decayRate('beta2', 'optimizer.beta2.label', 0.999, 'optimizer.beta2.help'),
      epsilon,
    ],
  },
  adamax: {
    id: 'adamax',
    label: 'optimizer.adamax.label',
    description: 'optimizer.adamax.description',
    updateRule: 'optimizer.adamax.updateRule',
    parameters: [
      learningRate(0.001),
      decayRate('beta1', 'optimizer.beta1.label', 0.9, 'optimizer.beta1.help'),
      decayRate('beta2', 'optimizer.beta2.label', 0.999, 'optimizer.beta2.helpAdamax'),
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
