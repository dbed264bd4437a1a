import type { DatasetTask } from '../datasets/types';
import type { LossId, OutputLayerSpec } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { assertNever } from '../util/assert';

/** Registry entry of a loss function. */
export interface LossSpec {
  readonly id: LossId;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  /** A few sentences for the "What is this?" explainer. */
  readonly explanation: MessageKey;
  /** The formula, per example, in plain text (y: target, p or ŷ: output). */
  readonly formula: MessageKey;
  /** The task the loss is made for; the other one may still run (see lossAdvisor). */
  readonly madeFor: DatasetTask;
}

/** Huber's threshold δ between the squared and the absolute part (Keras's default; the catalogue's Huber texts write it out). */
export const HUBER_DELTA = 1;

/** Losses the Loss panel offers, classification first. */
export const LOSSES: Readonly<Record<LossId, LossSpec>> = {
  binaryCrossentropy: {
    id: 'binaryCrossentropy',
    label: 'loss.binaryCrossentropy.label',
    description: 'loss.binaryCrossentropy.description',
    explanation: 'loss.binaryCrossentropy.explanation',
    formula: 'loss.binaryCrossentropy.formula',
    madeFor: 'classification',
  },
  categoricalCrossentropy: {
    id: 'categoricalCrossentropy',
    label: 'loss.categoricalCrossentropy.label',
    description: 'loss.categoricalCrossentropy.description',
    explanation: 'loss.categoricalCrossentropy.explanation',
    formula: 'loss.categoricalCrossentropy.formula',
    madeFor: 'classification',
  },
  meanSquaredError: {
    id: 'meanSquaredError',
    label: 'loss.meanSquaredError.label',
    description: 'loss.meanSquaredError.description',
    explanation: 'loss.meanSquaredError.explanation',
    formula: 'loss.meanSquaredError.formula',
    madeFor: 'regression',
  },
  meanAbsoluteError: {
    id: 'meanAbsoluteError',
    label: 'loss.meanAbsoluteError.label',
    description: 'loss.meanAbsoluteError.description',
    explanation: 'loss.meanAbsoluteError.explanation',
    formula: 'loss.meanAbsoluteError.formula',
    madeFor: 'regression',
  },
  hinge: {
    id: 'hinge',
    label: 'loss.hinge.label',
    description: 'loss.hinge.description',
    explanation: 'loss.hinge.explanation',
    formula: 'loss.hinge.formula',
    madeFor: 'classification',
  },
  squaredHinge: {
    id: 'squaredHinge',
    label: 'loss.squaredHinge.label',
    description: 'loss.squaredHinge.description',
    explanation: 'loss.squaredHinge.explanation',
    formula: 'loss.squaredHinge.formula',
    madeFor: 'classification',
  },
  huber: {
    id: 'huber',
    label: 'loss.huber.label',
    description: 'loss.huber.description',
    explanation: 'loss.huber.explanation',
    formula: 'loss.huber.formula',
    madeFor: 'regression',
  },
};

/** The loss ids in display order. */
export const LOSS_IDS = Object.keys(LOSSES) as LossId[];

/**
 * The output layer that fits a loss. Regression: one linear unit whatever the loss. Classification
 * with `numClasses` classes: sigmoid and one unit for binary cross-entropy (and the squared and
 * absolute errors) on two classes, softmax and k units for categorical cross-entropy, a linear unit
 * per class with −1/+1 targets for the hinge losses.
 */
export function outputLayerFor(
  numClasses: number,
  loss: LossId,
  task: DatasetTask = 'classification',
): OutputLayerSpec {
  if (task === 'regression') return { units: 1, activation: 'linear', targetEncoding: 'real' };
  const isBinary = numClasses === 2;
  switch (loss) {
    case 'binaryCrossentropy':
      return isBinary
        ? { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' }
        : { units: numClasses, activation: 'sigmoid', targetEncoding: 'oneHot' };
    case 'categoricalCrossentropy':
      return { units: numClasses, activation: 'softmax', targetEncoding: 'oneHot' };
    case 'meanSquaredError':
    case 'meanAbsoluteError':
    case 'huber':
      return isBinary
        ? { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' }
        : { units: numClasses, activation: 'softmax', targetEncoding: 'oneHot' };
    case 'hinge':
    case 'squaredHinge':
      return isBinary
        ? { units: 1, activation: 'linear', targetEncoding: 'signedBinary' }
        : { units: numClasses, activation: 'linear', targetEncoding: 'signedOneHot' };
    default:
      return assertNever(loss);
  }
}
