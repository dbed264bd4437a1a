/** Z-scoring of features with statistics of the training split only. */

import type { LabeledData, SplitDataset } from './types';

/** Per-feature mean and standard deviation of a training split. */
export interface FeatureScaling {
  readonly mean: Float64Array;
  /** Population standard deviation; 0 for a constant feature. */
  readonly standardDeviation: Float64Array;
}

/** Mean and population standard deviation of each feature over `data` (two passes, in float64). */
export function featureScaling(data: LabeledData, numFeatures: number): FeatureScaling {
  const mean = new Float64Array(numFeatures);
  const standardDeviation = new Float64Array(numFeatures);
  if (data.count === 0) return { mean, standardDeviation };
  const { features, count } = data;
  for (let i = 0; i < count; i++) {
    const row = i * numFeatures;
    for (let f = 0; f < numFeatures; f++) mean[f] = (mean[f] as number) + (features[row + f] as number);
  }
  for (let f = 0; f < numFeatures; f++) mean[f] = (mean[f] as number) / count;
  // A second pass over centred values avoids the cancellation of the sum-of-squares shortcut.
  for (let i = 0; i < count; i++) {
    const row = i * numFeatures;
    for (let f = 0; f < numFeatures; f++) {
      const centred = (features[row + f] as number) - (mean[f] as number);
      standardDeviation[f] = (standardDeviation[f] as number) + centred * centred;
    }
  }
  for (let f = 0; f < numFeatures; f++)
    standardDeviation[f] = Math.sqrt((standardDeviation[f] as number) / count);
  return { mean, standardDeviation };
}

/**
 * `data` with each feature shifted by the mean and divided by the standard deviation of `scaling`.
 * A constant feature (deviation 0, or below float noise) is only centred, so it becomes 0, not NaN.
 */
export function applyScaling(data: LabeledData, scaling: FeatureScaling): LabeledData {
  const numFeatures = scaling.mean.length;
  const inverse = Array.from(scaling.standardDeviation, (deviation, f) =>
    deviation > 1e-12 * Math.max(1, Math.abs(scaling.mean[f] as number)) ? 1 / deviation : 1,
  );
  const features = new Float32Array(data.count * numFeatures);
  for (let i = 0; i < data.count; i++) {
    const row = i * numFeatures;
    for (let f = 0; f < numFeatures; f++) {
      features[row + f] =
        ((data.features[row + f] as number) - (scaling.mean[f] as number)) * (inverse[f] as number);
    }
  }
  return data.targets
    ? { features, labels: data.labels, targets: data.targets, count: data.count }
    : { features, labels: data.labels, count: data.count };
}

/**
 * Standardises both splits with the training split's statistics, so nothing about the test
 * examples leaks into what the model sees. Returns the scaling too (to standardise new points).
 */
export function standardiseSplit(data: SplitDataset): {
  readonly data: SplitDataset;
  readonly scaling: FeatureScaling;
} {
  const scaling = featureScaling(data.train, data.numFeatures);
  return {
    data: { ...data, train: applyScaling(data.train, scaling), test: applyScaling(data.test, scaling) },
    scaling,
  };
}
