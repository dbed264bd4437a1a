/**
 * The training doctor's findings as data: each rule's words, its rank, the findings it makes
 * redundant, and the thresholds diagnose() applies. docs/decisions/doctor.md says why each
 * threshold has its value and which curves it was checked on.
 */
import type { OptimizerId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';

/** What the doctor can find in a run. */
export type FindingId =
  | 'diverged'
  | 'thrashing'
  | 'exploding'
  | 'overfitting'
  | 'lossMismatch'
  | 'learningRateTooLow'
  | 'plateau';

/** A rule of the doctor: its words, rank and thresholds. */
export interface RuleSpec<Thresholds extends Readonly<Record<string, number>>> {
  readonly id: FindingId;
  /** Lower is worse: the worst finding is the one shown first. */
  readonly rank: number;
  /** A few plain words naming what went wrong. */
  readonly title: MessageKey;
  /** What the figures show and why it matters; its placeholders are the finding's evidence. */
  readonly explanation: MessageKey;
  /** Findings this one makes redundant when both hold: the same cause, the same fixes. */
  readonly supersedes: readonly FindingId[];
  readonly thresholds: Thresholds;
}

/** Every rule, worst first. */
export const DOCTOR_RULES = {
  diverged: {
    id: 'diverged',
    rank: 0,
    title: 'doctor.diverged.title',
    explanation: 'doctor.diverged.explanation',
    supersedes: ['thrashing', 'exploding', 'plateau', 'learningRateTooLow', 'overfitting'],
    thresholds: {},
  },
  thrashing: {
    id: 'thrashing',
    rank: 1,
    title: 'doctor.thrashing.title',
    explanation: 'doctor.thrashing.explanation',
    supersedes: ['exploding', 'plateau'],
    thresholds: {
      /** The last epochs looked at. */
      windowEpochs: 20,
      /** The train loss's range in the window, as a share of its starting value, at least this. */
      swingOfStartLoss: 0.5,
      /** Mean test accuracy within this of chance (1 / classes); R² below it for regression. */
      chanceBand: 0.1,
    },
  },
  exploding: {
    id: 'exploding',
    rank: 2,
    title: 'doctor.exploding.title',
    explanation: 'doctor.exploding.explanation',
    supersedes: ['plateau'],
    thresholds: {
      /** The last epochs averaged. */
      windowEpochs: 5,
      /** Their mean train loss at least this many times the starting loss. */
      timesStartLoss: 3,
    },
  },
  overfitting: {
    id: 'overfitting',
    rank: 3,
    title: 'doctor.overfitting.title',
    explanation: 'doctor.overfitting.explanation',
    supersedes: ['plateau'],
    thresholds: {
      /** The last epochs averaged, so that one noisy epoch decides nothing. */
      windowEpochs: 5,
      /** At least this many epochs since the lowest test loss. */
      epochsSinceBest: 10,
      /** The test loss risen at least this share above its lowest value… */
      testLossRise: 0.2,
      /** …and by at least this much (tiny losses rise by large shares for nothing). */
      testLossRiseAbsolute: 0.05,
      /** The train loss fallen at least this share below its value at that epoch. */
      trainLossFall: 0.2,
    },
  },
  lossMismatch: {
    id: 'lossMismatch',
    rank: 4,
    title: 'doctor.lossMismatch.title',
    explanation: 'doctor.lossMismatch.explanation',
    supersedes: [],
    thresholds: {},
  },
  learningRateTooLow: {
    id: 'learningRateTooLow',
    rank: 5,
    title: 'doctor.learningRateTooLow.title',
    explanation: 'doctor.learningRateTooLow.explanation',
    supersedes: ['plateau'],
    thresholds: {
      /** Epochs trained before the rule may judge. */
      afterEpochs: 30,
      /** The lowest train loss fallen less than this share below the starting loss. */
      relativeFall: 0.01,
    },
  },
  plateau: {
    id: 'plateau',
    rank: 6,
    title: 'doctor.plateau.title',
    explanation: 'doctor.plateau.explanation',
    supersedes: [],
    thresholds: {
      /** The last epochs looked at. */
      windowEpochs: 50,
      /** The train loss fallen less than this share across the window (mean of its first and last tenths)… */
      relativeFall: 0.01,
      /** …while train accuracy (R² for regression) is still below this. */
      goodScore: 0.9,
    },
  },
} as const satisfies { readonly [Id in FindingId]: RuleSpec<Readonly<Record<string, number>>> };

/** The rules in the order findings are shown, worst first. */
export const RULES_BY_RANK: readonly FindingId[] = (Object.keys(DOCTOR_RULES) as FindingId[]).sort(
  (a, b) => DOCTOR_RULES[a].rank - DOCTOR_RULES[b].rank,
);

/**
 * A learning rate that usually trains each optimizer on the app's data sets, proposed when the
 * person's is far off: ten times Keras's default for SGD, Adam and Adagrad (the default experiment
 * uses Adam at 0.01), Keras's own for RMSprop and Adamax, and the original paper's 1 for Adadelta.
 */
export const TYPICAL_LEARNING_RATE: Readonly<Record<OptimizerId, number>> = {
  sgd: 0.1,
  rmsprop: 0.001,
  adagrad: 0.01,
  adadelta: 1,
  adam: 0.01,
  adamax: 0.002,
};

/** The learning rate doctor fixes move to when the current one is too high: typical, or a tenth of the current if that is lower. */
export const lowerLearningRate = (optimizer: OptimizerId, current: number): number =>
  Math.min(TYPICAL_LEARNING_RATE[optimizer], current / 10);

/** L2 strength proposed against overfitting when none is set; ten times the current one otherwise. */
export const FIRST_L2 = 0.001;

/** Dropout rate added after each hidden dense layer against overfitting. */
export const FIX_DROPOUT_RATE = 0.2;

/** Gradient clipping proposed against a loss that blows up: a global norm of 1, a common start. */
export const FIX_CLIP_NORM = 1;
