import type { LossId, OutputLayerSpec } from '../experiment';

/** Registry entry of a loss function. */
export interface LossSpec {
  readonly id: LossId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  /** The formula, per example, in plain text. */
  readonly formula: string;
}

/** Losses the Loss panel offers. */
export const LOSSES: Readonly<Record<LossId, LossSpec>> = {
  binaryCrossentropy: {
    id: 'binaryCrossentropy',
    label: 'Binary cross-entropy',
    description: 'For two classes: one sigmoid output read as the probability of class 1.',
    formula: '-(y·log p + (1-y)·log(1-p))',
  },
  categoricalCrossentropy: {
    id: 'categoricalCrossentropy',
    label: 'Categorical cross-entropy',
    description: 'For two or more classes: a softmax output, one probability per class.',
    formula: '-Σ y_k·log p_k',
  },
  meanSquaredError: {
    id: 'meanSquaredError',
    label: 'Mean squared error',
    description:
      'Squared distance between output and target: made for regression, works but learns slower here.',
    formula: 'mean((y - ŷ)²)',
  },
  hinge: {
    id: 'hinge',
    label: 'Hinge',
    description: 'The SVM loss: wants the right side of the boundary by a margin of 1, targets -1 and +1.',
    formula: 'mean(max(0, 1 - y·ŷ))',
  },
};

/** The loss ids in display order. */
export const LOSS_IDS = Object.keys(LOSSES) as LossId[];

/**
 * The output layer that fits a loss on a classification problem with `numClasses` classes:
 * sigmoid and one unit for binary cross-entropy on two classes, softmax and k units for
 * categorical cross-entropy, a linear unit per class with -1/+1 targets for hinge.
 */
export function outputLayerFor(numClasses: number, loss: LossId): OutputLayerSpec {
  const isBinary = numClasses === 2;
  switch (loss) {
    case 'binaryCrossentropy':
      return isBinary
        ? { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' }
        : { units: numClasses, activation: 'sigmoid', targetEncoding: 'oneHot' };
    case 'categoricalCrossentropy':
      return { units: numClasses, activation: 'softmax', targetEncoding: 'oneHot' };
    case 'meanSquaredError':
      return isBinary
        ? { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' }
        : { units: numClasses, activation: 'softmax', targetEncoding: 'oneHot' };
    case 'hinge':
      return isBinary
        ? { units: 1, activation: 'linear', targetEncoding: 'signedBinary' }
        : { units: numClasses, activation: 'linear', targetEncoding: 'signedOneHot' };
    default:
      return assertNever(loss);
  }
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
