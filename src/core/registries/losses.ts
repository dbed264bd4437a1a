import type { DatasetTask } from '../datasets/types';
import type { LossId, OutputLayerSpec } from '../experiment/experiment';
import { assertNever } from '../util/assert';

/** Registry entry of a loss function. */
export interface LossSpec {
  readonly id: LossId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  /** A few sentences for the "What is this?" explainer. */
  readonly explanation: string;
  /** The formula, per example, in plain text (y: target, p or ŷ: output). */
  readonly formula: string;
  /** The task the loss is made for; the other one may still run (see lossAdvisor). */
  readonly madeFor: DatasetTask;
}

/** Huber's threshold δ between the squared and the absolute part (Keras's default). */
export const HUBER_DELTA = 1;

/** Losses the Loss panel offers, classification first. */
export const LOSSES: Readonly<Record<LossId, LossSpec>> = {
  binaryCrossentropy: {
    id: 'binaryCrossentropy',
    label: 'Binary cross-entropy',
    description: 'For two classes: one sigmoid output read as the probability of class 1.',
    explanation:
      'Measures how surprised the model is by the true class: a confident right answer costs almost nothing, a confident wrong one costs a lot. Probabilities are clipped to [10⁻⁷, 1 − 10⁻⁷] so that a saturated output costs about 16, not infinity.',
    formula: '−(y·log p + (1−y)·log(1−p))',
    madeFor: 'classification',
  },
  categoricalCrossentropy: {
    id: 'categoricalCrossentropy',
    label: 'Categorical cross-entropy',
    description: 'For two or more classes: a softmax output, one probability per class.',
    explanation:
      'The multi-class form of cross-entropy: minus the log of the probability the softmax gives the true class. The usual choice whenever each example belongs to exactly one of k classes.',
    formula: '−Σₖ yₖ·log pₖ',
    madeFor: 'classification',
  },
  meanSquaredError: {
    id: 'meanSquaredError',
    label: 'Mean squared error',
    description: 'Squared distance between output and target: the natural loss for regression.',
    explanation:
      'Averages the squared differences between prediction and target, so large errors weigh much more than small ones. Made for real-valued targets; on classes it runs, but learns slower than cross-entropy because a saturated sigmoid gives it almost no gradient.',
    formula: 'mean((y − ŷ)²)',
    madeFor: 'regression',
  },
  meanAbsoluteError: {
    id: 'meanAbsoluteError',
    label: 'Mean absolute error',
    description: 'Absolute distance between output and target: regression that shrugs off outliers.',
    explanation:
      'Averages the absolute differences, so every unit of error costs the same: an outlier pulls far less than under squared error. Its gradient has the same size near the target as far from it, which makes the last steps jumpy.',
    formula: 'mean(|y − ŷ|)',
    madeFor: 'regression',
  },
  hinge: {
    id: 'hinge',
    label: 'Hinge',
    description: 'The SVM loss: wants the right side of the boundary by a margin of 1, targets −1 and +1.',
    explanation:
      'Targets become −1 and +1 on a linear output. An example on the right side with a margin of at least 1 costs nothing; inside the margin or on the wrong side it costs linearly. The model learns a boundary, not probabilities.',
    formula: 'mean(max(0, 1 − y·ŷ))',
    madeFor: 'classification',
  },
  squaredHinge: {
    id: 'squaredHinge',
    label: 'Squared hinge',
    description: 'The hinge loss squared: smooth at the margin, and harder on big violations.',
    explanation:
      'The hinge loss squared: still zero beyond the margin, but smooth where it starts and quadratic for examples far on the wrong side.',
    formula: 'mean(max(0, 1 − y·ŷ)²)',
    madeFor: 'classification',
  },
  huber: {
    id: 'huber',
    label: 'Huber',
    description: 'Squared error for small errors, absolute error for large ones: robust regression.',
    explanation: `Quadratic while the error is within δ = ${HUBER_DELTA}, linear beyond: smooth near the target like squared error, yet outliers pull only as hard as under absolute error.`,
    formula: `mean(½e² if |e| ≤ ${HUBER_DELTA}, else ${HUBER_DELTA}·(|e| − ½·${HUBER_DELTA})),  e = y − ŷ`,
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
