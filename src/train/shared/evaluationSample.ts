/**
 * Which training examples the end-of-epoch train metrics are computed on. Evaluating all of a large
 * training set after every epoch costs a large share of the epoch (see docs/decisions/engines.md),
 * so a large set is evaluated on a fixed random sample instead: still in inference mode with the
 * parameters at the end of the epoch, the same rows every epoch, so the curve stays smooth and its
 * points compare. Small sets, every generated 2-D set among them, are evaluated in full. No tfjs
 * here, so that the JavaScript engine can share the choice.
 */
import type { SplitDataset } from '../../core/datasets/types';
import {
  FULL_EVALUATION_MAX_EXAMPLES,
  TRAIN_EVALUATION_SAMPLE_SIZE,
} from '../../core/run/evaluationSampleSize';
import { createRng, permutation } from '../../core/util/rng';
import { deriveSeed, SEED_STREAM } from './seeds';

// The sizes live in core/, where the page reads them too (the UI never imports from train/).
export {
  FULL_EVALUATION_MAX_EXAMPLES,
  TRAIN_EVALUATION_SAMPLE_SIZE,
} from '../../core/run/evaluationSampleSize';

/**
 * The sample's seed. Fixed rather than the run's: every run on a split, whatever its training seed
 * or optimizer, reports its train metrics on the same rows, so that the curves of a race compare.
 */
const SAMPLE_SEED = 0;

/** True when the train metrics of `trainCount` training examples come from a sample of them. */
const isTrainEvaluationSampled = (trainCount: number): boolean => trainCount > FULL_EVALUATION_MAX_EXAMPLES;

/**
 * Indices of the training rows the train metrics are computed on, ascending: 0 … trainCount − 1
 * for a small set, else the first TRAIN_EVALUATION_SAMPLE_SIZE of a seeded shuffle of them.
 */
export function trainEvaluationRows(trainCount: number): Uint32Array {
  if (!isTrainEvaluationSampled(trainCount)) return Uint32Array.from({ length: trainCount }, (_, i) => i);
  const shuffled = permutation(
    trainCount,
    createRng(deriveSeed(SAMPLE_SEED, SEED_STREAM.evaluationSample, trainCount)),
  );
  return shuffled.slice(0, TRAIN_EVALUATION_SAMPLE_SIZE).sort();
}

/**
 * The rows `rows` of a row-major block of `width` values per row, copied into one new array in
 * that order: a batch of training examples, or the evaluated ones.
 */
export function gatherRows(values: Float32Array, width: number, rows: ArrayLike<number>): Float32Array {
  const gathered = new Float32Array(rows.length * width);
  for (let i = 0; i < rows.length; i++) {
    const start = (rows[i] as number) * width;
    gathered.set(values.subarray(start, start + width), i * width);
  }
  return gathered;
}

/**
 * The split with its training part cut down to the rows its train metrics are computed on: the
 * split itself when that is all of them. What both engines evaluate.
 */
export function evaluatedSplit(dataset: SplitDataset): SplitDataset {
  const { train, numFeatures } = dataset;
  if (!isTrainEvaluationSampled(train.count)) return dataset;
  const rows = trainEvaluationRows(train.count);
  return {
    ...dataset,
    train: {
      features: gatherRows(train.features, numFeatures, rows),
      labels: Uint8Array.from(rows, (row) => train.labels[row] ?? 0),
      ...(train.targets ? { targets: gatherRows(train.targets, 1, rows) } : {}),
      count: rows.length,
    },
  };
}
