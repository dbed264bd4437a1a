import type { ActivationId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';

/** Registry entry of an activation function. */
export interface ActivationSpec {
  readonly id: ActivationId;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  /** The function of the pre-activation z, in plain text (its "if" and "else" are words). */
  readonly formula: MessageKey;
}

/** Slope of leaky ReLU below zero (Keras's `leaky_relu` and tf.nn.leaky_relu default). */
export const LEAKY_RELU_SLOPE = 0.2;

/** SELU's constants (Klambauer et al. 2017), as Keras and tfjs use them. */
export const SELU_ALPHA = 1.6732632423543772;
/** SELU's scale λ. */
export const SELU_SCALE = 1.0507009873554805;

/** Activations a hidden layer can use, in the order the Model panel lists them. */
export const ACTIVATIONS: Readonly<Record<ActivationId, ActivationSpec>> = {
  relu: {
    id: 'relu',
    label: 'model.relu.label',
    description: 'model.relu.description',
    formula: 'model.relu.formula',
  },
  leakyRelu: {
    id: 'leakyRelu',
    label: 'model.leakyRelu.label',
    description: 'model.leakyRelu.description',
    formula: 'model.leakyRelu.formula',
  },
  elu: {
    id: 'elu',
    label: 'model.elu.label',
    description: 'model.elu.description',
    formula: 'model.elu.formula',
  },
  selu: {
    id: 'selu',
    label: 'model.selu.label',
    description: 'model.selu.description',
    formula: 'model.selu.formula',
  },
  tanh: {
    id: 'tanh',
    label: 'model.tanh.label',
    description: 'model.tanh.description',
    formula: 'model.tanh.formula',
  },
  sigmoid: {
    id: 'sigmoid',
    label: 'model.sigmoid.label',
    description: 'model.sigmoid.description',
    formula: 'model.sigmoid.formula',
  },
  softplus: {
    id: 'softplus',
    label: 'model.softplus.label',
    description: 'model.softplus.description',
    formula: 'model.softplus.formula',
  },
  swish: {
    id: 'swish',
    label: 'model.swish.label',
    description: 'model.swish.description',
    formula: 'model.swish.formula',
  },
  linear: {
    id: 'linear',
    label: 'model.linear.label',
    description: 'model.linear.description',
    formula: 'model.linear.formula',
  },
};

/** The activation ids in display order. */
export const ACTIVATION_IDS = Object.keys(ACTIVATIONS) as ActivationId[];
