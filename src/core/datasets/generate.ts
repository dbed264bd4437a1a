/** Seeded generation of the built-in 2-D data sets and their train/test split. */

import type { DatasetConfig } from '../experiment';
import { DATASETS } from '../registries/datasets';
import { createRng, permutation } from '../rng';
import { cleanPoint, NOISE_SD_AT_FULL } from './shapes';
import type { Dataset, LabeledData, SplitDataset } from './types';

/** Features per example of the built-in sets: the point's x and y. */
const NUM_FEATURES = 2;

/**
 * Mixed into the data seed before shuffling, so that the split does not replay the very random
 * numbers that placed the points (which would correlate a point's position with its part).
 */
const SPLIT_SEED_SALT = 0x9e3779b9;

/** A count from a possibly hand-made number: non-finite or negative becomes 0. */
const toCount = (value: number): number => (Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0);

/**
 * Number of training examples of a split of `numPoints` with share `trainFraction`:
 * round(numPoints · trainFraction), kept to at least 1 in each part when there are two or more points.
 */
export function trainingSetSize(numPoints: number, trainFraction: number): number {
  const count = toCount(numPoints);
  if (count < 2) return count;
  const rounded = Math.round(count * (Number.isFinite(trainFraction) ? trainFraction : 0));
  return Math.min(Math.max(rounded, 1), count - 1);
}

/**
 * Generates a data set from its config, deterministically from `config.seed`. Labels alternate
 * 0, 1, 0, 1 so the classes are balanced (class 0 gets the extra point of an odd count). Noise adds
 * Gaussian jitter of standard deviation noise · NOISE_SD_AT_FULL[id] to each coordinate.
 */
export function generateDataset(config: DatasetConfig): Dataset {
  const count = toCount(config.numPoints);
  const noise = Number.isFinite(config.noise) ? Math.min(Math.max(config.noise, 0), 1) : 0;
  const jitterSd = noise * NOISE_SD_AT_FULL[config.id];
  const rng = createRng(config.seed);
  const features = new Float32Array(count * NUM_FEATURES);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const classIndex = i % 2;
    const [x, y] = cleanPoint(config.id, classIndex, rng);
    // Jitter is drawn even at noise 0 so that moving the noise slider moves the same points
    // smoothly instead of drawing a new data set.
    const jitterX = rng.normal();
    const jitterY = rng.normal();
    features[i * NUM_FEATURES] = x + jitterSd * jitterX;
    features[i * NUM_FEATURES + 1] = y + jitterSd * jitterY;
    labels[i] = classIndex;
  }
  return { features, labels, count, numFeatures: NUM_FEATURES, numClasses: DATASETS[config.id].numClasses };
}

/** The examples of `dataset` at `indices`, in that order. */
function pick(dataset: Dataset, indices: Uint32Array): LabeledData {
  const width = dataset.numFeatures;
  const features = new Float32Array(indices.length * width);
  const labels = new Uint8Array(indices.length);
  indices.forEach((source, target) => {
    features.set(dataset.features.subarray(source * width, (source + 1) * width), target * width);
    labels[target] = dataset.labels[source] as number;
  });
  return { features, labels, count: indices.length };
}

/**
 * Splits a data set by a seeded shuffle: the first trainingSetSize(count, trainFraction) shuffled
 * examples train, the rest test. Same data, fraction and seed give the same split.
 */
export function splitDataset(dataset: Dataset, trainFraction: number, seed: number): SplitDataset {
  const order = permutation(dataset.count, createRng((seed ^ SPLIT_SEED_SALT) >>> 0));
  const trainCount = trainingSetSize(dataset.count, trainFraction);
  return {
    train: pick(dataset, order.subarray(0, trainCount)),
    test: pick(dataset, order.subarray(trainCount)),
    numFeatures: dataset.numFeatures,
    numClasses: dataset.numClasses,
  };
}

/** Generates and splits the data set of a config, both from `config.seed`. */
export function buildSplitDataset(config: DatasetConfig): SplitDataset {
  return splitDataset(generateDataset(config), config.trainFraction, config.seed);
}
