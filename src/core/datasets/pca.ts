/** First two principal components of the training features, for a 2-D scatter preview. */

import { createRng } from '../util/rng';
import type { LabeledData, SplitDataset } from './types';

/** Two principal directions of a training split, and how to project onto them. */
export interface PrincipalComponents {
  /** Training mean subtracted before projecting. */
  readonly mean: Float64Array;
  /** Unit directions, largest variance first; each with its largest-magnitude loading positive. */
  readonly components: readonly [Float64Array, Float64Array];
  /** Variance along each direction. */
  readonly variances: readonly [number, number];
  /** Share of the total variance along each direction, 0..1. */
  readonly explainedRatios: readonly [number, number];
}

/** Scatter coordinates of both splits: (pc1, pc2) pairs per example. */
export interface PcaPreview {
  readonly pca: PrincipalComponents;
  readonly train: Float32Array;
  readonly test: Float32Array;
}

/** Most training rows the covariance is estimated from; a preview looks the same from a subset. */
export const PCA_MAX_FIT_ROWS = 2000;

/**
 * Multiply-adds the covariance may cost (rows · features² / 2): wide data gets fewer rows, so that
 * a 784-column table (650 rows) still takes well under a second in a worker.
 */
const COVARIANCE_WORK_BUDGET = 2e8;
const MIN_FIT_ROWS = 200;
const MAX_ITERATIONS = 500;
/** On 1 - |cos| between successive vectors: an angle of about 1e-5 rad, invisible on a scatter. */
const TOLERANCE = 1e-10;
/** Fixed seed of the start vector: deterministic, and unlikely to be orthogonal to the answer. */
const START_SEED = 0x5eed;

/** Sample covariance (divided by n) of evenly spaced rows of `data`, and their mean. */
function covariance(data: LabeledData, numFeatures: number): { mean: Float64Array; matrix: Float64Array } {
  const affordable = Math.floor((2 * COVARIANCE_WORK_BUDGET) / Math.max(1, numFeatures * numFeatures));
  const fitRows = Math.min(PCA_MAX_FIT_ROWS, Math.max(MIN_FIT_ROWS, affordable));
  const stride = Math.max(1, Math.ceil(data.count / fitRows));
  const rows: number[] = [];
  for (let i = 0; i < data.count; i += stride) rows.push(i);
  const mean = new Float64Array(numFeatures);
  for (const i of rows) {
    for (let f = 0; f < numFeatures; f++)
      mean[f] = (mean[f] as number) + (data.features[i * numFeatures + f] as number);
  }
  for (let f = 0; f < numFeatures; f++) mean[f] = (mean[f] as number) / Math.max(1, rows.length);
  const matrix = new Float64Array(numFeatures * numFeatures);
  const centred = new Float64Array(numFeatures);
  for (const i of rows) {
    for (let f = 0; f < numFeatures; f++)
      centred[f] = (data.features[i * numFeatures + f] as number) - (mean[f] as number);
    // Upper triangle only; mirrored below.
    for (let a = 0; a < numFeatures; a++) {
      const ca = centred[a] as number;
      if (ca === 0) continue;
      const offset = a * numFeatures;
      for (let b = a; b < numFeatures; b++)
        matrix[offset + b] = (matrix[offset + b] as number) + ca * (centred[b] as number);
    }
  }
  const scale = 1 / Math.max(1, rows.length);
  for (let a = 0; a < numFeatures; a++) {
    for (let b = a; b < numFeatures; b++) {
      const value = (matrix[a * numFeatures + b] as number) * scale;
      matrix[a * numFeatures + b] = value;
      matrix[b * numFeatures + a] = value;
    }
  }
  return { mean, matrix };
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
};

/** Scales v to unit length in place; false when it is (numerically) zero. */
const normalise = (v: Float64Array): boolean => {
  const norm = Math.sqrt(dot(v, v));
  if (!(norm > 1e-300)) return false;
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
  return true;
};

/** Removes from v its part along `against` (unit), in place. */
const orthogonalise = (v: Float64Array, against: Float64Array | undefined): void => {
  if (!against) return;
  const along = dot(v, against);
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - along * (against[i] as number);
};

/** Leading eigenvector of the symmetric matrix orthogonal to `previous`, by power iteration, and its eigenvalue. */
function powerIteration(matrix: Float64Array, size: number, previous?: Float64Array): [Float64Array, number] {
  const rng = createRng(START_SEED + (previous ? 1 : 0));
  let v = Float64Array.from({ length: size }, () => rng.next() - 0.5);
  orthogonalise(v, previous);
  if (!normalise(v)) return [new Float64Array(size), 0];
  let next = new Float64Array(size);
  let value = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    for (let a = 0; a < size; a++) {
      let sum = 0;
      const offset = a * size;
      for (let b = 0; b < size; b++) sum += (matrix[offset + b] as number) * (v[b] as number);
      next[a] = sum;
    }
    // Re-orthogonalising every step stops rounding from drifting back to the first component.
    orthogonalise(next, previous);
    value = dot(next, v);
    if (!normalise(next)) return [v, 0];
    const change = 1 - Math.abs(dot(next, v));
    [v, next] = [next, v];
    if (change < TOLERANCE) break;
  }
  return [v, Math.max(0, value)];
}

/** Flips v so its largest-magnitude entry is positive: the same data always points the same way. */
function fixSign(v: Float64Array): Float64Array {
  let largest = 0;
  for (let i = 1; i < v.length; i++)
    if (Math.abs(v[i] as number) > Math.abs(v[largest] as number)) largest = i;
  if ((v[largest] ?? 0) < 0) for (let i = 0; i < v.length; i++) v[i] = -(v[i] as number);
  return v;
}

/**
 * The first two principal components of `train` (pass standardised features, so that no unit
 * dominates). Deterministic: fixed start vector, sign fixed as in fixSign. With one feature the
 * second direction is zero.
 */
export function principalComponents(train: LabeledData, numFeatures: number): PrincipalComponents {
  const { mean, matrix } = covariance(train, numFeatures);
  let trace = 0;
  for (let f = 0; f < numFeatures; f++) trace += matrix[f * numFeatures + f] as number;
  const [first, firstVariance] = powerIteration(matrix, numFeatures);
  const [second, secondVariance] = powerIteration(matrix, numFeatures, first);
  const ratio = (variance: number): number => (trace > 0 ? variance / trace : 0);
  return {
    mean,
    components: [fixSign(first), fixSign(second)],
    variances: [firstVariance, secondVariance],
    explainedRatios: [ratio(firstVariance), ratio(secondVariance)],
  };
}

/** Coordinates of each example of `data` along the two components: (pc1, pc2) pairs. */
export function projectOntoComponents(data: LabeledData, pca: PrincipalComponents): Float32Array {
  const numFeatures = pca.mean.length;
  const [first, second] = pca.components;
  const points = new Float32Array(data.count * 2);
  for (let i = 0; i < data.count; i++) {
    let x = 0;
    let y = 0;
    for (let f = 0; f < numFeatures; f++) {
      const centred = (data.features[i * numFeatures + f] as number) - (pca.mean[f] as number);
      x += centred * (first[f] as number);
      y += centred * (second[f] as number);
    }
    points[2 * i] = x;
    points[2 * i + 1] = y;
  }
  return points;
}

/** Fits the components on the training split and projects both splits, for the scatter preview. */
export function pcaPreview(data: SplitDataset): PcaPreview {
  const pca = principalComponents(data.train, data.numFeatures);
  return { pca, train: projectOntoComponents(data.train, pca), test: projectOntoComponents(data.test, pca) };
}
