/** "What the data says": counts, class balance, spread and similarity of classes, and hints. */

import type { MessageRef } from '../i18n/catalogue';
import { hintsFor, imageHint } from './dataHints';
import type { DatasetTask, LabeledData, SplitDataset } from './types';

export { FEW_POINTS_PER_CLASS, IMBALANCE_RATIO } from './dataHints';

/** The ingredient a hint is about, so the UI can show it next to that panel. */
export type HintTopic = 'data' | 'model' | 'loss';

/** One plain-language observation about the data and what it implies, worded on the page (it may be made in the data worker). */
export interface DataHint {
  readonly topic: HintTopic;
  readonly message: MessageRef;
}

/** The two classes whose training centroids are closest. */
export interface ClassPair {
  readonly first: number;
  readonly second: number;
  /** Euclidean distance between their centroids, in feature units. */
  readonly distance: number;
}

/** Spread of a regression set's training targets. */
export interface TargetSummary {
  readonly mean: number;
  /** Population standard deviation. */
  readonly standardDeviation: number;
  readonly min: number;
  readonly max: number;
}

/** Statistics of a split data set; spreads and centroids come from the training split. */
export interface DataStatistics {
  readonly task: DatasetTask;
  readonly trainCount: number;
  readonly testCount: number;
  readonly numClasses: number;
  readonly numFeatures: number;
  /** Training examples per class, by class index. */
  readonly trainClassCounts: number[];
  /** Test examples per class, by class index. */
  readonly testClassCounts: number[];
  /** Mean Euclidean distance of a class's training examples to their centroid; 0 for an empty class. */
  readonly intraClassDistances: number[];
  /** Euclidean distances between training class centroids, numClasses × numClasses, row-major. */
  readonly centroidDistances: Float64Array;
  /** The closest pair of non-empty classes, or null with fewer than two. */
  readonly mostSimilarPair: ClassPair | null;
  /** Regression only: the training targets' spread; null for classification. */
  readonly targetSummary: TargetSummary | null;
  readonly hints: DataHint[];
}

/** Examples per class, by class index. */
export function classCounts(data: LabeledData, numClasses: number): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  for (let i = 0; i < data.count; i++) {
    const label = data.labels[i] as number;
    if (label < numClasses) counts[label] = (counts[label] as number) + 1;
  }
  return counts;
}

/** Indices of the first `perClass` examples of each class, by class: the image grid of a preview. */
export function sampleIndicesByClass(data: LabeledData, numClasses: number, perClass: number): number[][] {
  const samples = Array.from({ length: numClasses }, (): number[] => []);
  for (let i = 0; i < data.count; i++) {
    const bucket = samples[data.labels[i] as number];
    if (bucket && bucket.length < perClass) bucket.push(i);
  }
  return samples;
}

/** Class centroids (numClasses × numFeatures, row-major) of `data`, accumulated in float64. */
function centroids(data: LabeledData, numFeatures: number, counts: readonly number[]): Float64Array {
  const sums = new Float64Array(counts.length * numFeatures);
  for (let i = 0; i < data.count; i++) {
    const label = data.labels[i] as number;
    if (label >= counts.length) continue;
    const row = i * numFeatures;
    const offset = label * numFeatures;
    for (let f = 0; f < numFeatures; f++)
      sums[offset + f] = (sums[offset + f] as number) + (data.features[row + f] as number);
  }
  counts.forEach((count, c) => {
    if (count > 0)
      for (let f = 0; f < numFeatures; f++)
        sums[c * numFeatures + f] = (sums[c * numFeatures + f] as number) / count;
  });
  return sums;
}

/** Mean distance of each class's examples to their centroid. */
function intraClassDistances(
  data: LabeledData,
  numFeatures: number,
  centres: Float64Array,
  counts: readonly number[],
): number[] {
  const totals = new Array<number>(counts.length).fill(0);
  for (let i = 0; i < data.count; i++) {
    const label = data.labels[i] as number;
    if (label >= counts.length) continue;
    const row = i * numFeatures;
    const offset = label * numFeatures;
    let squared = 0;
    for (let f = 0; f < numFeatures; f++) {
      const difference = (data.features[row + f] as number) - (centres[offset + f] as number);
      squared += difference * difference;
    }
    totals[label] = (totals[label] as number) + Math.sqrt(squared);
  }
  return totals.map((total, c) => ((counts[c] as number) > 0 ? total / (counts[c] as number) : 0));
}

function centroidDistanceMatrix(
  centres: Float64Array,
  numClasses: number,
  numFeatures: number,
): Float64Array {
  const matrix = new Float64Array(numClasses * numClasses);
  for (let a = 0; a < numClasses; a++) {
    for (let b = a + 1; b < numClasses; b++) {
      let squared = 0;
      for (let f = 0; f < numFeatures; f++) {
        const difference =
          (centres[a * numFeatures + f] as number) - (centres[b * numFeatures + f] as number);
        squared += difference * difference;
      }
      const distance = Math.sqrt(squared);
      matrix[a * numClasses + b] = distance;
      matrix[b * numClasses + a] = distance;
    }
  }
  return matrix;
}

/** Mean, deviation and range of the targets (all zero when there are none). */
function summariseTargets(targets: Float32Array, count: number): TargetSummary {
  if (count === 0) return { mean: 0, standardDeviation: 0, min: 0, max: 0 };
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const value = targets[i] as number;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += ((targets[i] as number) - mean) ** 2;
  return { mean, standardDeviation: Math.sqrt(squares / count), min, max };
}

/**
 * What the data says, from one pass for the centroids and one for the spreads over the training
 * split (its cost: docs/decisions/data-analysis.md). Class names default to '0', '1', ...
 */
export function describeData(data: SplitDataset, classNames?: readonly string[]): DataStatistics {
  const targets = data.train.targets;
  const { numClasses, numFeatures } = data;
  const names = Array.from({ length: numClasses }, (_, c) => classNames?.[c] ?? String(c));
  const trainClassCounts = classCounts(data.train, numClasses);
  const centres = centroids(data.train, numFeatures, trainClassCounts);
  const centroidDistances = centroidDistanceMatrix(centres, numClasses, numFeatures);
  let mostSimilarPair: ClassPair | null = null;
  for (let a = 0; a < numClasses; a++) {
    for (let b = a + 1; b < numClasses; b++) {
      if (trainClassCounts[a] === 0 || trainClassCounts[b] === 0) continue;
      const distance = centroidDistances[a * numClasses + b] as number;
      if (!mostSimilarPair || distance < mostSimilarPair.distance)
        mostSimilarPair = { first: a, second: b, distance };
    }
  }
  const stats = {
    task: data.task,
    trainCount: data.train.count,
    testCount: data.test.count,
    numClasses,
    numFeatures,
    trainClassCounts,
    testClassCounts: classCounts(data.test, numClasses),
    intraClassDistances: intraClassDistances(data.train, numFeatures, centres, trainClassCounts),
    centroidDistances,
    mostSimilarPair,
    targetSummary: data.task === 'regression' && targets ? summariseTargets(targets, data.train.count) : null,
  };
  const hints = hintsFor(stats, names);
  const image = imageHint(data.exampleShape);
  return { ...stats, hints: image ? [...hints, image] : hints };
}
