/**
 * A split data set as one block of rows, training rows first, with its targets encoded for the
 * output layer: what both engines (tfjs tensors, plain typed arrays) train and evaluate on.
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { OutputLayerSpec } from '../../core/experiment/experiment';
import { encodeTargets } from './lossPrimitives';

/** The rows of a split and what R² needs of them. */
export interface SplitRows {
  readonly trainCount: number;
  readonly testCount: number;
  /** [all, features] row-major; the first trainCount rows are the training set. */
  readonly features: Float32Array;
  /** [all, units] in the output layer's encoding. */
  readonly targets: Float32Array;
  readonly labels: Uint8Array;
  /** Regression only: Σ(y − ȳ)² of the training and of the test targets, each about its own mean (R²'s denominators). */
  readonly totalSumOfSquares: { readonly train: number; readonly test: number } | null;
}

/** Σ(y − ȳ)² of real targets, in float64. */
function sumOfSquaresAboutMean(values: Float32Array): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
}

/** Joins a split's training and test examples (images as flat rows), targets encoded for `output`. */
export function splitRows(dataset: SplitDataset, output: OutputLayerSpec): SplitRows {
  const { train, test, numFeatures, numClasses } = dataset;
  const allCount = train.count + test.count;
  const features = new Float32Array(allCount * numFeatures);
  features.set(train.features.subarray(0, train.count * numFeatures));
  features.set(test.features.subarray(0, test.count * numFeatures), train.count * numFeatures);
  const labels = new Uint8Array(allCount);
  labels.set(train.labels.subarray(0, train.count));
  labels.set(test.labels.subarray(0, test.count), train.count);
  let realTargets: Float32Array | undefined;
  let totalSumOfSquares: SplitRows['totalSumOfSquares'] = null;
  if (output.targetEncoding === 'real') {
    const trainTargets = train.targets?.subarray(0, train.count);
    const testTargets = test.targets?.subarray(0, test.count);
    if (!trainTargets || !testTargets) throw new Error('A regression data set needs its targets.');
    realTargets = new Float32Array(allCount);
    realTargets.set(trainTargets);
    realTargets.set(testTargets, train.count);
    totalSumOfSquares = {
      train: sumOfSquaresAboutMean(trainTargets),
      test: sumOfSquaresAboutMean(testTargets),
    };
  }
  const targets = encodeTargets(output.targetEncoding, labels, numClasses, realTargets);
  return { trainCount: train.count, testCount: test.count, features, targets, labels, totalSumOfSquares };
}
