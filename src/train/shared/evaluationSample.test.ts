import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SplitDataset } from '../../core/datasets/types';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment } from '../../core/experiment/experiment';
import type { MetricColumns } from '../../core/run/types';
import { createRng } from '../../core/util/rng';
import { JsTrainingRun } from '../js/run';
import { predictOutput } from '../tfjs/evaluate';
import { TrainingRun } from '../tfjs/run';
import {
  FULL_EVALUATION_MAX_EXAMPLES,
  gatherRows,
  TRAIN_EVALUATION_SAMPLE_SIZE,
  trainEvaluationRows,
} from './evaluationSample';

const FEATURES = 4;

/**
 * A seeded split of `trainCount` + `testCount` random 4-feature rows: the class is the largest of
 * the first three features (classification), or the target their weighted sum plus noise (regression).
 */
function randomSplit(
  trainCount: number,
  testCount: number,
  task: 'classification' | 'regression',
): SplitDataset {
  const rng = createRng(7);
  const part = (count: number) => {
    const features = Float32Array.from({ length: count * FEATURES }, () => 2 * rng.next() - 1);
    const labels = new Uint8Array(count);
    const targets = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const [a = 0, b = 0, c = 0] = features.subarray(i * FEATURES, i * FEATURES + 3);
      labels[i] = task === 'regression' ? 0 : a >= b && a >= c ? 0 : b >= c ? 1 : 2;
      targets[i] = a - 2 * b + 0.5 * c + 0.3 * (rng.next() - 0.5);
    }
    return task === 'regression' ? { features, labels, targets, count } : { features, labels, count };
  };
  return {
    train: part(trainCount),
    test: part(testCount),
    numFeatures: FEATURES,
    numClasses: task === 'regression' ? 1 : 3,
    exampleShape: [FEATURES],
    task,
  };
}

const experimentFor = (task: 'classification' | 'regression', seed = 1): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  model: { hiddenLayers: [{ kind: 'dense', units: 8, activation: 'relu' }] },
  loss: task === 'regression' ? 'meanSquaredError' : 'categoricalCrossentropy',
  optimizer: { id: 'sgd', params: { learningRate: 0.1 } },
  training: { batchSize: 250, epochs: 100, l1: 0, l2: 0, seed },
});

/** The run's network outputs on rows `rows` of a part of the split, as float64. */
function outputsOn(run: TrainingRun, features: Float32Array, rows: ArrayLike<number>): Float64Array {
  const x = tf.tensor2d(gatherRows(features, FEATURES, rows), [rows.length, FEATURES]);
  const outputs = predictOutput(run.layout, run.params, x, null);
  const values = Float64Array.from(outputs.dataSync());
  tf.dispose([x, outputs]);
  return values;
}

/** Mean categorical cross-entropy (Keras's clip) and accuracy of the run on rows `rows`, in float64. */
function classificationMetrics(run: TrainingRun, part: SplitDataset['train'], rows: ArrayLike<number>) {
  const probabilities = outputsOn(run, part.features, rows);
  let lossSum = 0;
  let correct = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = Array.from(probabilities.subarray(3 * i, 3 * i + 3));
    const label = part.labels[rows[i] as number] as number;
    lossSum -= Math.log(Math.min(Math.max(row[label] as number, 1e-7), 1 - 1e-7));
    if (row.indexOf(Math.max(...row)) === label) correct++;
  }
  return { loss: lossSum / rows.length, accuracy: correct / rows.length };
}

/** R² = 1 − SS_res/SS_tot of the run on rows `rows`, SS_tot about those rows' own mean. */
function rSquared(run: TrainingRun, part: SplitDataset['train'], rows: ArrayLike<number>): number {
  const predictions = outputsOn(run, part.features, rows);
  const targets = Array.from(rows, (row) => part.targets?.[row] ?? Number.NaN);
  const mean = targets.reduce((sum, value) => sum + value, 0) / targets.length;
  const residual = targets.reduce((sum, value, i) => sum + (value - (predictions[i] as number)) ** 2, 0);
  const total = targets.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return 1 - residual / total;
}

const allRows = (count: number): Uint32Array => Uint32Array.from({ length: count }, (_, i) => i);

/** Trains one epoch and reads that epoch's metrics. */
async function epochMetrics(run: TrainingRun | JsTrainingRun): Promise<MetricColumns> {
  run.trainEpoch();
  const { columns } = await run.takeMetrics();
  if (!columns) throw new Error('no metrics');
  return columns;
}

describe('trainEvaluationRows', () => {
  it('takes every row of a small training set', () => {
    expect(trainEvaluationRows(7)).toEqual(allRows(7));
    expect(trainEvaluationRows(FULL_EVALUATION_MAX_EXAMPLES)).toEqual(allRows(FULL_EVALUATION_MAX_EXAMPLES));
  });

  it('takes a fixed, spread-out sample of distinct rows, in ascending order, from a large one', () => {
    const rows = trainEvaluationRows(8000);
    expect(rows).toHaveLength(TRAIN_EVALUATION_SAMPLE_SIZE);
    expect(rows.every((row, i) => row < 8000 && (i === 0 || row > (rows[i - 1] as number)))).toBe(true);
    // Drawn from the whole set, not its first rows.
    expect(rows[rows.length - 1]).toBeGreaterThan(7000);
    expect(rows.filter((row) => row < 4000).length).toBeGreaterThan(800);
    expect(rows.filter((row) => row >= 4000).length).toBeGreaterThan(800);
    expect(trainEvaluationRows(8000)).toEqual(rows);
  });

  it('copies rows in the order asked', () => {
    const values = Float32Array.from([0, 1, 10, 11, 20, 21]);
    expect([...gatherRows(values, 2, [2, 0, 2])]).toEqual([20, 21, 0, 1, 20, 21]);
  });
});

describe('train metrics of a TrainingRun', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('come from the fixed sample of a large training set, the same rows for every seed', async () => {
    const split = randomSplit(6000, 300, 'classification');
    const sample = trainEvaluationRows(6000);
    const runs = [1, 1, 2].map((seed) => new TrainingRun(experimentFor('classification', seed), split));
    const [first, twin, otherSeed] = await Promise.all(runs.map(epochMetrics));
    for (const [index, run] of runs.entries()) {
      const reported = [first, twin, otherSeed][index] as MetricColumns;
      const onSample = classificationMetrics(run, split.train, sample);
      expect(reported.trainLoss[0]).toBeCloseTo(onSample.loss, 5);
      expect(reported.trainAccuracy[0]).toBeCloseTo(onSample.accuracy, 10);
      // Not the whole training set's figure: the sample is what was evaluated.
      const onAll = classificationMetrics(run, split.train, allRows(6000));
      expect(Math.abs((reported.trainLoss[0] as number) - onAll.loss)).toBeGreaterThan(1e-4);
      // The test set is evaluated in full.
      const onTest = classificationMetrics(run, split.test, allRows(300));
      expect(reported.testLoss[0]).toBeCloseTo(onTest.loss, 5);
      expect(reported.testAccuracy[0]).toBeCloseTo(onTest.accuracy, 10);
    }
    expect(twin?.trainLoss).toEqual(first?.trainLoss);
    expect(twin?.trainAccuracy).toEqual(first?.trainAccuracy);
    expect(otherSeed?.trainLoss).not.toEqual(first?.trainLoss);
    for (const run of runs) run.dispose();
  });

  it('take R² about the sample’s own mean for a large regression set', async () => {
    const split = randomSplit(5400, 200, 'regression');
    const run = new TrainingRun(experimentFor('regression'), split);
    const reported = await epochMetrics(run);
    const onSample = rSquared(run, split.train, trainEvaluationRows(5400));
    expect(reported.trainAccuracy[0]).toBeCloseTo(onSample, 4);
    expect(reported.testAccuracy[0]).toBeCloseTo(rSquared(run, split.test, allRows(200)), 4);
    run.dispose();
  });

  it('come from every training example of a small set', async () => {
    const split = randomSplit(1200, 100, 'classification');
    const run = new TrainingRun(experimentFor('classification'), split);
    const reported = await epochMetrics(run);
    const onAll = classificationMetrics(run, split.train, allRows(1200));
    expect(reported.trainLoss[0]).toBeCloseTo(onAll.loss, 5);
    expect(reported.trainAccuracy[0]).toBeCloseTo(onAll.accuracy, 10);
    const onSubset = classificationMetrics(run, split.train, allRows(TRAIN_EVALUATION_SAMPLE_SIZE / 2));
    expect(Math.abs((reported.trainLoss[0] as number) - onSubset.loss)).toBeGreaterThan(1e-4);
    run.dispose();
  });

  it('mean the same in the JavaScript engine: its train metrics come from the same sample', async () => {
    for (const task of ['classification', 'regression'] as const) {
      const split = randomSplit(6000, 300, task);
      const tfjsRun = new TrainingRun(experimentFor(task), split);
      const jsRun = new JsTrainingRun(experimentFor(task), split);
      const [fromTfjs, fromJs] = await Promise.all([epochMetrics(tfjsRun), epochMetrics(jsRun)]);
      for (const key of ['trainLoss', 'trainAccuracy', 'testLoss', 'testAccuracy'] as const)
        expect(fromJs[key][0]).toBeCloseTo(fromTfjs[key][0] as number, 4);
      tfjsRun.dispose();
      jsRun.dispose();
    }
  });
});
