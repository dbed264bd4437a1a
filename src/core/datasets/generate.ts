/** Seeded generation of the 2-D data sets (toys and regression surfaces) and the train/test split. */

import type {
  DatasetConfig,
  GeneratedDatasetId,
  RegressionDatasetId,
  ToyDatasetId,
} from '../experiment/experiment';
import { DATASETS, isShippedDatasetId } from '../registries/datasets';
import { createRng, permutation } from '../util/rng';
import { SHIPPED_DATASETS } from './catalogue';
import { cleanPoint, NOISE_SD_AT_FULL, regressionTarget } from './shapes';
import type { Dataset, LabeledData, SplitDataset } from './types';

/** Features per example of the 2-D sets: the point's x and y. */
const NUM_FEATURES = 2;
const PLANE_SHAPE: readonly number[] = [NUM_FEATURES];

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
 * Training examples of a config's data set: round(points · share) for generated sets, the fixed
 * split or round(count · share) for shipped ones; undefined for own data, whose size only the data knows.
 */
export function datasetTrainingSetSize(config: DatasetConfig): number | undefined {
  if (isShippedDatasetId(config.id)) {
    const spec = SHIPPED_DATASETS[config.id];
    return spec.split ? spec.split.train : trainingSetSize(spec.count, config.trainFraction);
  }
  if (DATASETS[config.id]?.isGenerated) return trainingSetSize(config.numPoints, config.trainFraction);
  return undefined;
}

/** The config's noise as a number in [0, 1]. */
const noiseLevel = (config: DatasetConfig): number =>
  Number.isFinite(config.noise) ? Math.min(Math.max(config.noise, 0), 1) : 0;

/** The class count of a toy: the config's within the set's range, else the set's own. */
function toyClassCount(id: ToyDatasetId, requested: number): number {
  const spec = DATASETS[id];
  const range = spec.classCount;
  if (!range || !Number.isInteger(requested)) return spec.numClasses;
  return Math.min(Math.max(requested, range.min), range.max);
}

function generateToy(id: ToyDatasetId, config: DatasetConfig): Dataset {
  const count = toCount(config.numPoints);
  const jitterSd = noiseLevel(config) * NOISE_SD_AT_FULL[id];
  const numClasses = toyClassCount(id, config.numClasses);
  const rng = createRng(config.seed);
  const features = new Float32Array(count * NUM_FEATURES);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const classIndex = i % numClasses;
    const [x, y] = cleanPoint(id, classIndex, numClasses, rng);
    // Jitter is drawn even at noise 0 so that moving the noise slider moves the same points
    // smoothly instead of drawing a new data set.
    const jitterX = rng.normal();
    const jitterY = rng.normal();
    features[i * NUM_FEATURES] = x + jitterSd * jitterX;
    features[i * NUM_FEATURES + 1] = y + jitterSd * jitterY;
    labels[i] = classIndex;
  }
  return {
    features,
    labels,
    count,
    numFeatures: NUM_FEATURES,
    numClasses,
    exampleShape: PLANE_SHAPE,
    task: 'classification',
  };
}

function generateRegression(id: RegressionDatasetId, config: DatasetConfig): Dataset {
  const count = toCount(config.numPoints);
  const jitterSd = noiseLevel(config) * NOISE_SD_AT_FULL[id];
  const rng = createRng(config.seed);
  const features = new Float32Array(count * NUM_FEATURES);
  const targets = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const x = 2 * rng.next() - 1;
    const y = 2 * rng.next() - 1;
    // The point stays where it is; noise moves where the surface is read, so targets get noisy.
    const jitterX = rng.normal();
    const jitterY = rng.normal();
    features[i * NUM_FEATURES] = x;
    features[i * NUM_FEATURES + 1] = y;
    targets[i] = regressionTarget(id, x + jitterSd * jitterX, y + jitterSd * jitterY);
  }
  return {
    features,
    labels: new Uint8Array(count),
    targets,
    count,
    numFeatures: NUM_FEATURES,
    numClasses: 1,
    exampleShape: PLANE_SHAPE,
    task: 'regression',
  };
}

/** The generated-set id of a config, or an Error naming what the config holds instead. */
function generatedId(config: DatasetConfig): GeneratedDatasetId {
  const spec = DATASETS[config.id];
  if (!spec?.isGenerated) {
    throw new Error(`data set '${String(config.id)}' is not generated from a seed: load it instead`);
  }
  return config.id as GeneratedDatasetId;
}

/**
 * Generates a 2-D data set from its config, deterministically from `config.seed`. Toys' labels
 * cycle 0, 1, ..., k-1 so the classes are balanced (the first classes get the extra points of an
 * uneven count); noise adds Gaussian jitter of standard deviation noise · NOISE_SD_AT_FULL[id] to
 * each coordinate. Regression sets place points uniformly and read the surface at the jittered point.
 */
export function generateDataset(config: DatasetConfig): Dataset {
  const id = generatedId(config);
  return DATASETS[id].task === 'regression'
    ? generateRegression(id as RegressionDatasetId, config)
    : generateToy(id as ToyDatasetId, config);
}

/** The examples of `dataset` at `indices`, in that order (targets too, when it has them). */
function pick(dataset: LabeledData, width: number, indices: Uint32Array): LabeledData {
  const features = new Float32Array(indices.length * width);
  const labels = new Uint8Array(indices.length);
  const sourceTargets = dataset.targets;
  const targets = sourceTargets ? new Float32Array(indices.length) : undefined;
  indices.forEach((source, target) => {
    features.set(dataset.features.subarray(source * width, (source + 1) * width), target * width);
    labels[target] = dataset.labels[source] as number;
    if (targets && sourceTargets) targets[target] = sourceTargets[source] as number;
  });
  return targets
    ? { features, labels, targets, count: indices.length }
    : { features, labels, count: indices.length };
}

/**
 * Splits a data set by a seeded shuffle: the first trainingSetSize(count, trainFraction) shuffled
 * examples train, the rest test. Same data, fraction and seed give the same split.
 */
export function splitDataset(dataset: Dataset, trainFraction: number, seed: number): SplitDataset {
  const order = permutation(dataset.count, createRng((seed ^ SPLIT_SEED_SALT) >>> 0));
  const trainCount = trainingSetSize(dataset.count, trainFraction);
  return {
    train: pick(dataset, dataset.numFeatures, order.subarray(0, trainCount)),
    test: pick(dataset, dataset.numFeatures, order.subarray(trainCount)),
    numFeatures: dataset.numFeatures,
    numClasses: dataset.numClasses,
    exampleShape: dataset.exampleShape,
    task: dataset.task,
  };
}

/** Generates and splits the 2-D data set of a config, both from `config.seed`; throws for other sets. */
export function buildSplitDataset(config: DatasetConfig): SplitDataset {
  return splitDataset(generateDataset(config), config.trainFraction, config.seed);
}
