import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { barImageSplit } from '../../../test/fixtures/syntheticImages';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { SplitDataset } from '../../core/datasets/types';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment, LayerConfig } from '../../core/experiment/experiment';
import { MODEL_PRESETS } from '../../core/registries/presets';
import type { MetricColumns } from '../../core/run/types';
import { createRunData, disposeRunData } from './data';
import {
  evaluationChunkSize,
  evaluationInChunks,
  evaluationTensor,
  multiplyAddsPerExample,
} from './evaluate';
import { createParameters, networkLayout } from './model';
import { TrainingRun } from './run';

// tfjs's cpu backend trains convolutions slowly (see docs/decisions/engines.md): small sets.
const IMAGES = barImageSplit(60, 30, 8, 2);
const SMALL_IMAGES = barImageSplit(24, 12);

const lenetLayers = (side = 8, numClasses = 3): LayerConfig[] => {
  const result = MODEL_PRESETS.lenet.layersFor({
    exampleShape: [side, side, 1],
    task: 'classification',
    numClasses,
  });
  if (!('layers' in result)) throw new Error(result.unavailable);
  return result.layers;
};

const imageExperiment = (hiddenLayers: LayerConfig[], changes: Partial<Experiment> = {}): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'digits', numClasses: 3 },
  model: { hiddenLayers },
  loss: 'categoricalCrossentropy',
  optimizer: { id: 'adam', params: { learningRate: 0.01 } },
  training: { batchSize: 16, epochs: 100, l1: 0, l2: 0, seed: 1 },
  ...changes,
});

/** LeNet-5 on 28×28 images of 10 classes, batches of 8. */
const LENET_28 = imageExperiment(lenetLayers(28, 10), {
  dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'mnist', numClasses: 10 },
  training: { batchSize: 8, epochs: 100, l1: 0, l2: 0, seed: 1 },
});

async function trainAndRead(run: TrainingRun, epochs: number): Promise<MetricColumns> {
  for (let i = 0; i < epochs; i++) run.trainEpoch();
  const { columns } = await run.takeMetrics();
  if (!columns) throw new Error('no metrics');
  return columns;
}

describe('training convolutional, dropout and batch-norm networks', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('the LeNet-style preset learns 8×8 bar images', async () => {
    const experiment = imageExperiment(lenetLayers(), {
      dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'digits', numClasses: 2 },
      training: { batchSize: 20, epochs: 100, l1: 0, l2: 0, seed: 1 },
    });
    const run = new TrainingRun(experiment, IMAGES);
    expect(run.layout.hasConvolution).toBe(true);
    run.recordMetrics();
    const columns = await trainAndRead(run, 6);
    expect(columns.trainLoss.at(-1)).toBeLessThan((columns.trainLoss[0] as number) / 3);
    expect(columns.testAccuracy.at(-1)).toBeGreaterThanOrEqual(0.9);
    run.dispose();
  });

  it('is deterministic with dropout and batch norm: same seed, bit-identical weights; another seed differs', async () => {
    const layers: LayerConfig[] = [
      { kind: 'conv2d', filters: 4, kernelSize: 3, stride: 1, padding: 'same', activation: 'relu' },
      { kind: 'batchNorm' },
      { kind: 'avgPool2d', poolSize: 2 },
      { kind: 'flatten' },
      { kind: 'dropout', rate: 0.3 },
      { kind: 'dense', units: 8, activation: 'elu' },
    ];
    const experiment = imageExperiment(layers);
    const [a, b] = [new TrainingRun(experiment, SMALL_IMAGES), new TrainingRun(experiment, SMALL_IMAGES)];
    a.trainEpoch();
    b.trainEpoch();
    expect(a.params.dataSync()).toEqual(b.params.dataSync());
    const other = new TrainingRun(
      { ...experiment, training: { ...experiment.training, seed: 2 } },
      SMALL_IMAGES,
    );
    other.trainEpoch();
    expect(other.params.dataSync()).not.toEqual(a.params.dataSync());
    for (const run of [a, b, other]) run.dispose();
  });

  it('keeps the tensor count flat over many steps of the general path and returns it to the start', async () => {
    const start = tf.memory().numTensors;
    const run = new TrainingRun(
      imageExperiment(
        [
          { kind: 'conv2d', filters: 2, kernelSize: 3, stride: 2, padding: 'valid', activation: 'swish' },
          { kind: 'batchNorm' },
          { kind: 'maxPool2d', poolSize: 2 },
          { kind: 'flatten' },
          { kind: 'dropout', rate: 0.2 },
        ],
        {
          optimizer: {
            id: 'rmsprop',
            params: { momentum: 0.5, centered: true },
            schedule: { id: 'cosineDecay', params: { decayEpochs: 5, alpha: 0 } },
            clipNorm: 1,
          },
          training: { batchSize: 8, epochs: 100, l1: 0.001, l2: 0.001, seed: 1 },
        },
      ),
      barImageSplit(40, 8),
    );
    const counts: number[] = [];
    for (let block = 0; block < 6; block++) {
      await trainAndRead(run, 3);
      await run.predictBoundary();
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts).size).toBe(1);
    run.trainUntil(0);
    run.recordMetrics();
    run.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('evaluates in chunks with the same sums as at once', () => {
    const experiment = imageExperiment(lenetLayers());
    const layout = networkLayout(experiment, SMALL_IMAGES);
    const data = createRunData(SMALL_IMAGES, layout.output);
    const params = createParameters(layout, 3);
    const [whole, chunked] = [SMALL_IMAGES.train.count + SMALL_IMAGES.test.count, 7].map((chunkSize) => {
      const values = evaluationTensor(layout, experiment.loss, params, data, null, chunkSize);
      const read = [...values.dataSync()];
      values.dispose();
      return read;
    });
    const uploadedEvaluation = evaluationInChunks(layout, experiment.loss, params, data, null, 7, true);
    while (!uploadedEvaluation.evaluateNext());
    const uploadedSums = uploadedEvaluation.finish();
    const uploaded = [...uploadedSums.dataSync()];
    uploadedSums.dispose();
    expect(whole?.[0]).toBeGreaterThan(0);
    (chunked ?? []).forEach((value, i) => {
      expect(value).toBeCloseTo(whole?.[i] ?? Number.NaN, 4);
    });
    // Chunks uploaded from JavaScript hold the same rows as chunks sliced on the backend.
    expect(uploaded).toEqual(chunked);
    // Chunks hold at most 2^22 activation values: LeNet's widest layer has 8·8·8 per example.
    expect(evaluationChunkSize(layout, 100)).toBe(100);
    expect(evaluationChunkSize(layout, 10_000)).toBe(Math.floor((1 << 22) / (8 * 8 * 8)));
    const wide = networkLayout(
      imageExperiment([
        { kind: 'conv2d', filters: 64, kernelSize: 1, stride: 1, padding: 'same', activation: 'relu' },
        { kind: 'flatten' },
      ]),
      SMALL_IMAGES,
    );
    expect(evaluationChunkSize(wide, 10_000)).toBe(Math.floor((1 << 22) / (8 * 8 * 64)));
    params.dispose();
    disposeRunData(data);
  });

  it('on a backend that computes at once, LeNet-5 on 28×28 is evaluated in short chunks of a fixed size', () => {
    const lenet = networkLayout(LENET_28, barImageSplit(4, 4, 28, 10));
    // About 0.4 million multiply-adds per image: a queuing backend takes memory-sized chunks, an
    // immediate one chunks of 100 million multiply-adds, whatever the timing.
    const perImage = multiplyAddsPerExample(lenet);
    expect(perImage).toBeGreaterThan(350_000);
    expect(perImage).toBeLessThan(500_000);
    expect(evaluationChunkSize(lenet, 10_000, true)).toBe(Math.floor(100_000_000 / perImage));
    expect(evaluationChunkSize(lenet, 10_000, false)).toBe(Math.floor((1 << 22) / (28 * 28 * 6)));
  });

  it('a run on an immediate backend evaluates a large test set over several calls, with the same metrics', async () => {
    const dataset = barImageSplit(8, 600, 28, 10);
    const inParts = new TrainingRun(LENET_28, dataset);
    const atOnce = new TrainingRun(LENET_28, dataset);
    let calls = 0;
    while (!inParts.trainUntil(0)) calls++;
    atOnce.trainUntil(Number.POSITIVE_INFINITY);
    expect(calls).toBeGreaterThan(1);
    const [partsRead, onceRead] = [await inParts.takeMetrics(), await atOnce.takeMetrics()];
    expect(partsRead.columns?.testLoss[0]).toBe(onceRead.columns?.testLoss[0]);
    expect(partsRead.columns?.testAccuracy[0]).toBe(onceRead.columns?.testAccuracy[0]);
    inParts.dispose();
    atOnce.dispose();
  });

  it('the schedule follows the run’s steps per epoch', () => {
    const run = new TrainingRun(
      imageExperiment([{ kind: 'flatten' }], {
        optimizer: {
          id: 'sgd',
          params: { learningRate: 0.1, momentum: 0, nesterov: false },
          schedule: { id: 'stepDecay', params: { decayEpochs: 2, decayRate: 0.5 } },
        },
      }),
      IMAGES,
    );
    expect(run.currentLearningRate).toBe(0.1);
    run.trainEpoch();
    run.trainEpoch();
    // 60 examples in batches of 16: 4 steps per epoch, so 8 steps make two epochs, one decay.
    expect(run.currentLearningRate).toBeCloseTo(0.05, 12);
    run.dispose();
  });
});

describe('regression', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const plane: Experiment = {
    ...DEFAULT_EXPERIMENT,
    dataset: { id: 'plane', noise: 0, numPoints: 200, trainFraction: 0.5, seed: 4, numClasses: 1 },
    model: { hiddenLayers: [] },
    loss: 'meanSquaredError',
    optimizer: { id: 'adam', params: { learningRate: 0.05 } },
    training: { batchSize: 10, epochs: 100, l1: 0, l2: 0, seed: 1 },
  };

  it('fits the plane with a linear output: R² in the accuracy columns climbs to almost 1', async () => {
    const dataset: SplitDataset = buildSplitDataset(plane.dataset);
    const run = new TrainingRun(plane, dataset);
    expect(run.layout.output).toEqual({ units: 1, activation: 'linear', targetEncoding: 'real' });
    run.recordMetrics();
    const columns = await trainAndRead(run, 60);
    expect(columns.trainAccuracy[0]).toBeLessThan(0.9);
    expect(columns.trainAccuracy.at(-1)).toBeGreaterThan(0.98);
    expect(columns.testAccuracy.at(-1)).toBeGreaterThan(0.98);
    const grid = await run.predictBoundary();
    expect(grid?.classIndex.every((value) => value === 0)).toBe(true);
    const confidences = [...(grid?.confidence ?? [])];
    expect(Math.max(...confidences) - Math.min(...confidences)).toBeGreaterThan(0.2);
    run.dispose();
  });

  it('computes R² as 1 − SS_res/SS_tot of each part', async () => {
    const dataset: SplitDataset = {
      train: {
        features: Float32Array.from([0, 0, 1, 1]),
        labels: new Uint8Array(2),
        targets: Float32Array.from([1, 3]),
        count: 2,
      },
      test: {
        features: Float32Array.from([0, 1, 1, 0]),
        labels: new Uint8Array(2),
        targets: Float32Array.from([0, 4]),
        count: 2,
      },
      numFeatures: 2,
      numClasses: 1,
      exampleShape: [2],
      task: 'regression',
    };
    const run = new TrainingRun({ ...plane, dataset: { ...plane.dataset, numPoints: 20 } }, dataset);
    // Zero weights predict 0 everywhere.
    run.params.assign(tf.zerosLike(run.params));
    run.recordMetrics();
    const { columns } = await run.takeMetrics();
    // train: SS_res = 1 + 9 = 10, SS_tot = 1 + 1 = 2 → R² = −4; test: SS_res = 16, SS_tot = 8 → −1
    expect(columns?.trainAccuracy[0]).toBeCloseTo(-4, 6);
    expect(columns?.testAccuracy[0]).toBeCloseTo(-1, 6);
    expect(columns?.trainLoss[0]).toBeCloseTo(5, 6);
    run.dispose();
  });
});
