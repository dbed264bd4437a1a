import type { ActivationId } from '../experiment';

/** Registry entry of an activation function. */
export interface ActivationSpec {
  readonly id: ActivationId;
  readonly label: string;
  readonly description: string;
}

/** Activations a hidden layer can use. */
export const ACTIVATIONS: Readonly<Record<ActivationId, ActivationSpec>> = {
  relu: { id: 'relu', label: 'ReLU', description: 'max(0, x): fast, the usual default.' },
  tanh: { id: 'tanh', label: 'tanh', description: 'Squashes to -1..1, centred on zero.' },
  sigmoid: {
    id: 'sigmoid',
    label: 'sigmoid',
    description: 'Squashes to 0..1; saturates and slows learning.',
  },
  linear: { id: 'linear', label: 'linear', description: 'No squashing: stacked linear layers stay linear.' },
  elu: { id: 'elu', label: 'ELU', description: 'Like ReLU but smooth and negative below zero.' },
};

/** The activation ids in display order. */
export const ACTIVATION_IDS = Object.keys(ACTIVATIONS) as ActivationId[];
