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
      message: { key: 'dataset.hint.regressionLoss' },
    },
    {
      topic: 'data',
      message: { key: 'dataset.hint.regressionAccuracy' },
    },
  ];
  if (stats.trainCount > 0 && stats.trainCount < FEW_POINTS_PER_CLASS) {
    hints.push({
      topic: 'model',
      message: { key: 'dataset.hint.fewRegressionPoints', params: { count: stats.trainCount } },
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
    message: { key: 'dataset.hint.images', params: { height, width, inputs: groupDigits(height * width) } },
  };
}

/** Hints tying the statistics to the other ingredients, as references: the data worker makes them, the page words them. */
export function hintsFor(stats: Omit<DataStatistics, 'hints'>, names: readonly string[]): DataHint[] {
  if (stats.task === 'regression') return regressionHints(stats);
  const hints: DataHint[] = [];
  const { numClasses, trainClassCounts: counts, mostSimilarPair: pair } = stats;
  if (numClasses === 2) {
    hints.push({ topic: 'loss', message: { key: 'dataset.hint.binary' } });
  } else if (numClasses > 2) {
    hints.push({
      topic: 'loss',
      message: { key: 'dataset.hint.multiclass', params: { count: numClasses } },
    });
  }
  const nonEmpty = counts.map((count, c) => ({ count, c })).filter(({ count }) => count > 0);
  const empty = counts.indexOf(0);
  if (empty >= 0) {
    hints.push({
      topic: 'data',
      message: { key: 'dataset.hint.emptyClass', params: { name: names[empty] ?? String(empty) } },
    });
  }
  if (nonEmpty.length >= 2) {
    const largest = nonEmpty.reduce((best, item) => (item.count > best.count ? item : best));
    const smallest = nonEmpty.reduce((best, item) => (item.count < best.count ? item : best));
    if (largest.count > IMBALANCE_RATIO * smallest.count) {
      hints.push({
        topic: 'data',
        message: {
          key: 'dataset.hint.imbalanced',
          params: {
            large: names[largest.c] ?? String(largest.c),
            largeCount: groupDigits(largest.count),
            small: names[smallest.c] ?? String(smallest.c),
            smallCount: groupDigits(smallest.count),
          },
        },
      });
    }
    if (smallest.count < FEW_POINTS_PER_CLASS) {
      hints.push({
        topic: 'model',
        message: {
          key: 'dataset.hint.fewPerClass',
          params: { count: smallest.count, name: names[smallest.c] ?? String(smallest.c) },
        },
      });
    }
  }
  if (stats.trainCount > 0 && stats.trainCount < stats.numFeatures) {
    hints.push({
      topic: 'model',
      message: {
        key: 'dataset.hint.fewerThanFeatures',
        params: { count: groupDigits(stats.trainCount), features: groupDigits(stats.numFeatures) },
      },
    });
  }
  if (pair && numClasses > 2) {
    hints.push({
      topic: 'data',
      message: {
        key: 'dataset.hint.overlap',
        params: {
          first: names[pair.first] ?? String(pair.first),
          second: names[pair.second] ?? String(pair.second),
        },
      },
    });
  }
  if (pair && numClasses === 2) {
    const spread = ((stats.intraClassDistances[0] ?? 0) + (stats.intraClassDistances[1] ?? 0)) / 2;
    if (pair.distance < spread) {
      hints.push({
        topic: 'model',
        message: { key: 'dataset.hint.notLinear' },
      });
    }
  }
  return hints;
}
