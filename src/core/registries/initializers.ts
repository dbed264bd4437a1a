import type { InitializerId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';

/** Registry entry of a weight initialiser: kernels are drawn from U(−limit, limit). */
export interface InitializerSpec {
  readonly id: InitializerId;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  /** The limit of the uniform draw, in plain text. */
  readonly formula: string;
  /** The limit from the kernel's fan-in and fan-out (Keras's VarianceScaling, uniform). */
  readonly limit: (fanIn: number, fanOut: number) => number;
}

/** Kernel initialisers; biases always start at zero. */
export const INITIALIZERS: Readonly<Record<InitializerId, InitializerSpec>> = {
  glorot: {
    id: 'glorot',
    label: 'model.glorot.label',
    description: 'model.glorot.description',
    formula: 'U(±√(6 / (fan_in + fan_out)))',
    limit: (fanIn, fanOut) => Math.sqrt(6 / (fanIn + fanOut)),
  },
  he: {
    id: 'he',
    label: 'model.he.label',
    description: 'model.he.description',
    formula: 'U(±√(6 / fan_in))',
    limit: (fanIn) => Math.sqrt(6 / fanIn),
  },
  lecun: {
    id: 'lecun',
    label: 'model.lecun.label',
    description: 'model.lecun.description',
    formula: 'U(±√(3 / fan_in))',
    limit: (fanIn) => Math.sqrt(3 / fanIn),
  },
};

/** The initialiser ids in display order. */
export const INITIALIZER_IDS = Object.keys(INITIALIZERS) as InitializerId[];

/** The initialiser a layer without one uses (Keras's default). */
export const DEFAULT_INITIALIZER: InitializerId = 'glorot';
