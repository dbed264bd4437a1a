/** The plain-language hints of "What the data says", tying the statistics to the other ingredients. */

import { groupDigits } from '../util/numberText';
import type { DataHint, DataStatistics } from './statistics';

/** Largest to smallest class-size ratio above which classes count as imbalanced. */
export const IMBALANCE_RATIO = 1.5;
/** Training examples per class below which a class counts as small. */
export const FEW_POINTS_PER_CLASS = 30;

/** Hints of a regression set: the loss and output it calls for, and what the Accuracy chart shows instead. */
function regressionHints(stats: Omit<DataStatistics, 'hints'>): DataHint[] {
  const hints: DataHint[] = [
    {
      topic: 'loss',
      text: 'a real number per point (regression): use mean squared error with one linear output',
    },
    {
      topic: 'data',
      text: 'there are no classes to count: the accuracy chart shows R² instead (1 is a perfect fit, 0 no better than the mean)',
    },
  ];
  if (stats.trainCount > 0 && stats.trainCount < FEW_POINTS_PER_CLASS) {
    hints.push({
      topic: 'model',
      text: `only ${stats.trainCount} training points: keep the model small or it will memorise them`,
    });
  }
  return hints;
}

/** The hint about image-shaped examples: what the shape means for the model. */
export function imageHint(exampleShape: readonly number[]): DataHint | null {
  const [height, width] = exampleShape;
  if (exampleShape.length !== 3 || height === undefined || width === undefined) return null;
  return {
    topic: 'model',
    text: `images of ${height}×${width} pixels (${groupDigits(height * width)} inputs): convolutional layers can use neighbouring pixels; a dense network sees them as an unordered list`,
  };
}

/** Hints tying the statistics to the other ingredients; their wording is part of the learner's lesson. */
export function hintsFor(stats: Omit<DataStatistics, 'hints'>, names: readonly string[]): DataHint[] {
  if (stats.task === 'regression') return regressionHints(stats);
  const hints: DataHint[] = [];
  const { numClasses, trainClassCounts: counts, mostSimilarPair: pair } = stats;
  if (numClasses === 2) {
    hints.push({ topic: 'loss', text: '2 classes: binary cross-entropy with one sigmoid output' });
  } else if (numClasses > 2) {
    hints.push({
      topic: 'loss',
      text: `${numClasses} classes: use categorical cross-entropy with a softmax output of ${numClasses} units`,
    });
  }
  const nonEmpty = counts.map((count, c) => ({ count, c })).filter(({ count }) => count > 0);
  const empty = counts.indexOf(0);
  if (empty >= 0) {
    hints.push({
      topic: 'data',
      text: `class '${names[empty]}' has no training points: the model cannot learn it`,
    });
  }
  if (nonEmpty.length >= 2) {
    const largest = nonEmpty.reduce((best, item) => (item.count > best.count ? item : best));
    const smallest = nonEmpty.reduce((best, item) => (item.count < best.count ? item : best));
    if (largest.count > IMBALANCE_RATIO * smallest.count) {
      hints.push({
        topic: 'data',
        text: `classes are imbalanced: '${names[largest.c]}' has ${groupDigits(largest.count)} training points, '${names[smallest.c]}' only ${groupDigits(smallest.count)}; accuracy can look good while '${names[smallest.c]}' is mostly missed`,
      });
    }
    if (smallest.count < FEW_POINTS_PER_CLASS) {
      hints.push({
        topic: 'model',
        text: `few points per class (as few as ${smallest.count} for '${names[smallest.c]}'): keep the model small or add regularization, or it will memorise them`,
      });
    }
  }
  if (stats.trainCount > 0 && stats.trainCount < stats.numFeatures) {
    hints.push({
      topic: 'model',
      text: `fewer training points (${groupDigits(stats.trainCount)}) than features (${groupDigits(stats.numFeatures)}): a large model will overfit; prefer a small one with regularization`,
    });
  }
  if (pair && numClasses > 2) {
    hints.push({
      topic: 'data',
      text: `classes '${names[pair.first]}' and '${names[pair.second]}' overlap most: expect confusion there`,
    });
  }
  if (pair && numClasses === 2) {
    const spread = ((stats.intraClassDistances[0] ?? 0) + (stats.intraClassDistances[1] ?? 0)) / 2;
    if (pair.distance < spread) {
      hints.push({
        topic: 'model',
        text: 'the class centres are closer than a typical point is to its own centre: a straight line will not separate them; add a hidden layer',
      });
    }
  }
  return hints;
}
