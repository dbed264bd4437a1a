import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment } from '../../core/experiment/experiment';
import type { MetricColumns } from '../../core/run/types';
import { batchSizes, epochOrder } from '../shared/batchOrder';
import { TrainingRun } from './run';

/** TensorFlow Playground's default: circle, 250 training points, batch 10, 2-4-2-1 tanh, SGD 0.03. */
const PLAYGROUND: Experiment = {
  dataset: { id: 'circle', noise: 0, numPoints: 500, trainFraction: 0.5, seed: 1, numClasses: 2 },
  model: {
    hiddenLayers: [
      { kind: 'dense', units: 4, activation: 'tanh' },
      { kind: 'dense', units: 2, activation: 'tanh' },
    ],
  },
  loss: 'binaryCrossentropy',
  optimizer: { id: 'sgd', params: { learningRate: 0.03, momentum: 0, nesterov: false } },
  training: { batchSize: 10, epochs: 1000, l1: 0, l2: 0, seed: 1 },
};

const small = (experiment: Experiment, numPoints: number): Experiment => ({
  ...experiment,
  dataset: { ...experiment.dataset, numPoints },
});

function makeRun(experiment: Experiment, dataset: SplitDataset = buildSplitDataset(experiment.dataset)) {
  return new TrainingRun(experiment, dataset);
}

async function trainAndRead(run: TrainingRun, epochs: number): Promise<MetricColumns> {
  for (let i = 0; i < epochs; i++) run.trainEpoch();
  const { columns } = await run.takeMetrics();
  if (!columns) throw new Error('no metrics');
  return columns;
}

describe('batching and shuffling', () => {
  it('splits an epoch into full batches and a remainder', () => {
    expect(batchSizes(250, 10)).toEqual(new Array(25).fill(10));
    expect(batchSizes(23, 10)).toEqual([10, 10, 3]);
    expect(batchSizes(5, 16)).toEqual([5]);
  });

  it('shuffles each epoch differently, reproducibly from the seed', () => {
    const first = epochOrder(100, 1, 1);
    expect([...first].sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
    expect(epochOrder(100, 1, 1)).toEqual(first);
    expect(epochOrder(100, 1, 2)).not.toEqual(first);
    expect(epochOrder(100, 2, 1)).not.toEqual(first);
  });
});

describe('TrainingRun', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('is deterministic: same experiment, same weights and bit-identical losses', async () => {
    const experiment = small(PLAYGROUND, 120);
    const [a, b] = [makeRun(experiment), makeRun(experiment)];
    expect(a.params.dataSync()).toEqual(b.params.dataSync());
    a.recordMetrics();
    b.recordMetrics();
    const [columnsA, columnsB] = [await trainAndRead(a, 5), await trainAndRead(b, 5)];
    expect([...columnsA.epoch]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(columnsA.trainLoss).toEqual(columnsB.trainLoss);
    expect(columnsA.testLoss).toEqual(columnsB.testLoss);
    expect(new Set(columnsA.trainLoss).size).toBe(6);
    expect(a.params.dataSync()).toEqual(b.params.dataSync());
    const other = makeRun({ ...experiment, training: { ...experiment.training, seed: 2 } });
    expect(other.params.dataSync()).not.toEqual(a.params.dataSync());
    for (const run of [a, b, other]) run.dispose();
  });

  it('gives the same result whether an epoch is trained at once or batch by batch', async () => {
    const experiment = small(
      { ...PLAYGROUND, optimizer: { id: 'adam', params: { learningRate: 0.01 } } },
      100,
    );
    const [whole, pieces] = [makeRun(experiment), makeRun(experiment)];
    whole.trainEpoch();
    whole.trainEpoch();
    let completed = 0;
    while (completed < 2) if (pieces.trainUntil(0)) completed++;
    expect(pieces.epoch).toBe(2);
    expect(pieces.params.dataSync()).toEqual(whole.params.dataSync());
    whole.dispose();
    pieces.dispose();
  });

  it('keeps the tensor count flat while training and returns it to the start on dispose', async () => {
    const start = tf.memory().numTensors;
    const run = makeRun({
      ...small(PLAYGROUND, 60),
      optimizer: { id: 'rmsprop', params: { momentum: 0.5, centered: true } },
      training: { ...PLAYGROUND.training, l2: 0.001 },
    });
    const counts: number[] = [];
    for (let block = 0; block < 10; block++) {
      await trainAndRead(run, 20);
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts).size).toBe(1);
    run.trainUntil(0); // leave an epoch half done
    run.recordMetrics(); // and metrics unread
    await run.predictBoundary();
    run.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('learns a separable two-class set', async () => {
    const experiment: Experiment = {
      ...small(PLAYGROUND, 200),
      dataset: { id: 'gaussian', noise: 0.1, numPoints: 200, trainFraction: 0.8, seed: 3, numClasses: 2 },
      optimizer: { id: 'adam', params: { learningRate: 0.03 } },
    };
    const run = makeRun(experiment);
    run.recordMetrics();
    const columns = await trainAndRead(run, 30);
    expect(columns.trainLoss[30]).toBeLessThan((columns.trainLoss[0] as number) / 4);
    expect(columns.trainAccuracy[30]).toBeGreaterThanOrEqual(0.97);
    expect(columns.testAccuracy[30]).toBeGreaterThanOrEqual(0.95);
    run.dispose();
  });

  it('learns the Playground circle with plain SGD', async () => {
    const run = makeRun(PLAYGROUND);
    const columns = await trainAndRead(run, 150);
    expect(columns.trainAccuracy.at(-1)).toBeGreaterThanOrEqual(0.95);
    run.dispose();
  });

  it('reports the first non-finite epoch of SGD at learning rate 100 and drops it and later ones', async () => {
    // A linear hidden layer lets the weights grow geometrically until they overflow.
    const experiment: Experiment = {
      ...small(PLAYGROUND, 100),
      model: { hiddenLayers: [{ kind: 'dense', units: 4, activation: 'linear' }] },
      optimizer: { id: 'sgd', params: { learningRate: 100 } },
    };
    // Epoch by epoch, to find the truth.
    const probe = makeRun(experiment);
    let firstBad: number | null = null;
    while (firstBad === null && probe.epoch < 50) {
      probe.trainEpoch();
      firstBad = (await probe.takeMetrics()).divergedEpoch;
    }
    probe.dispose();
    expect(firstBad).toBeGreaterThan(1);
    // In bulk, as the worker reads: finite epochs before it, then the divergence.
    const run = makeRun(experiment);
    run.recordMetrics();
    for (let i = 0; i < (firstBad as number) + 3; i++) run.trainEpoch();
    const readout = await run.takeMetrics();
    expect(readout.divergedEpoch).toBe(firstBad);
    expect([...(readout.columns?.epoch ?? [])]).toEqual([...Array(firstBad as number).keys()]);
    expect(run.hasDiverged).toBe(true);
    run.dispose();
  });

  it('applies a new learning rate at the next step without losing the optimizer state', async () => {
    const experiment = small(
      { ...PLAYGROUND, optimizer: { id: 'adam', params: { learningRate: 0.01 } } },
      80,
    );
    const [updated, reference, frozen] = [makeRun(experiment), makeRun(experiment), makeRun(experiment)];
    for (const run of [updated, reference, frozen]) run.trainEpoch();
    // Re-sending the same rate must not reset Adam's moments or step count.
    updated.updateOptimizer({ id: 'adam', params: { learningRate: 0.01 } });
    updated.trainEpoch();
    reference.trainEpoch();
    expect(updated.params.dataSync()).toEqual(reference.params.dataSync());
    // Rate 0 leaves the weights where they are from the very next step.
    frozen.updateOptimizer({ id: 'adam', params: { learningRate: 0 } });
    const before = frozen.params.dataSync();
    frozen.trainUntil(0);
    expect(frozen.params.dataSync()).toEqual(before);
    for (const run of [updated, reference, frozen]) run.dispose();
  });

  it('predicts a boundary grid with classes and confidences', async () => {
    for (const loss of ['binaryCrossentropy', 'hinge', 'categoricalCrossentropy'] as const) {
      const run = makeRun({ ...small(PLAYGROUND, 100), loss });
      await trainAndRead(run, 3);
      const grid = await run.predictBoundary();
      expect(grid?.size).toBe(48);
      expect(grid?.classIndex).toHaveLength(48 * 48);
      expect(grid?.confidence).toHaveLength(48 * 48);
      expect(grid?.classIndex.every((value) => value === 0 || value === 1)).toBe(true);
      expect(grid?.confidence.every((value) => value >= 0.5 && value <= 1)).toBe(true);
      run.dispose();
    }
  });
});
