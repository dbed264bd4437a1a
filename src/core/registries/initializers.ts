import type { InitializerId } from '../experiment/experiment';

/** Registry entry of a weight initialiser: kernels are drawn from U(−limit, limit). */
export interface InitializerSpec {
  readonly id: InitializerId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  /** The limit of the uniform draw, in plain text. */
  readonly formula: string;
  /** The limit from the kernel's fan-in and fan-out (Keras's VarianceScaling, uniform). */
  readonly limit: (fanIn: number, fanOut: number) => number;
}

/** Kernel initialisers; biases always start at zero. */
export const INITIALIZERS: Readonly<Record<InitializerId, InitializerSpec>> = {
  glorot: {
    id: 'glorot',
    label: 'Glorot uniform',
    description:
      "Keras's default: keeps the signal's variance steady both forwards and backwards; suits tanh and sigmoid.",
    formula: 'U(±√(6 / (fan_in + fan_out)))',
    limit: (fanIn, fanOut) => Math.sqrt(6 / (fanIn + fanOut)),
  },
  he: {
    id: 'he',
    label: 'He uniform',
    description:
      'Twice the variance of LeCun, to make up for ReLU zeroing half its inputs: suits ReLU and its kin.',
    formula: 'U(±√(6 / fan_in))',
    limit: (fanIn) => Math.sqrt(6 / fanIn),
  },
  lecun: {
    id: 'lecun',
    label: 'LeCun uniform',
    description: 'Variance 1/fan_in: the partner of SELU, and a sound choice for tanh.',
    formula: 'U(±√(3 / fan_in))',
    limit: (fanIn) => Math.sqrt(3 / fanIn),
  },
};

/** The initialiser ids in display order. */
export const INITIALIZER_IDS = Object.keys(INITIALIZERS) as InitializerId[];

/** The initialiser a layer without one uses (Keras's default). */
export const DEFAULT_INITIALIZER: InitializerId = 'glorot';
