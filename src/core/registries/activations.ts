import type { ActivationId } from '../experiment/experiment';

/** Registry entry of an activation function. */
export interface ActivationSpec {
  readonly id: ActivationId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  /** The function of the pre-activation z, in plain text. */
  readonly formula: string;
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
    label: 'ReLU',
    description: 'Passes positive values, zeroes negative ones: fast, the usual default.',
    formula: 'max(0, z)',
  },
  leakyRelu: {
    id: 'leakyRelu',
    label: 'leaky ReLU',
    description: 'Like ReLU, but lets a little through below zero so that no unit dies for good.',
    formula: `z if z > 0, else ${LEAKY_RELU_SLOPE}·z`,
  },
  elu: {
    id: 'elu',
    label: 'ELU',
    description: 'Like ReLU but smooth, and negative below zero, which keeps outputs centred.',
    formula: 'z if z > 0, else eᶻ − 1',
  },
  selu: {
    id: 'selu',
    label: 'SELU',
    description: 'A scaled ELU that keeps activations normalised through deep stacks (pairs with LeCun).',
    formula: 'λ·z if z > 0, else λ·α·(eᶻ − 1), λ ≈ 1.0507, α ≈ 1.6733',
  },
  tanh: {
    id: 'tanh',
    label: 'tanh',
    description: 'Squashes to −1..1, centred on zero; saturates for large inputs.',
    formula: '(eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)',
  },
  sigmoid: {
    id: 'sigmoid',
    label: 'sigmoid',
    description: 'Squashes to 0..1; saturates and slows learning in hidden layers.',
    formula: '1 / (1 + e⁻ᶻ)',
  },
  softplus: {
    id: 'softplus',
    label: 'softplus',
    description: 'A smooth ReLU: always positive, never exactly zero.',
    formula: 'log(1 + eᶻ)',
  },
  swish: {
    id: 'swish',
    label: 'swish',
    description: 'z times its own sigmoid: smooth, dips slightly below zero, often beats ReLU in deep nets.',
    formula: 'z · sigmoid(z)',
  },
  linear: {
    id: 'linear',
    label: 'linear',
    description: 'No squashing at all: stacked linear layers stay one linear map.',
    formula: 'z',
  },
};

/** The activation ids in display order. */
export const ACTIVATION_IDS = Object.keys(ACTIVATIONS) as ActivationId[];
