/**
 * JsTrainingRun as the scheduler drives it: epochs trained in pieces, live optimizer changes,
 * divergence, the decision boundary and elapsed time, each compared with the tfjs TrainingRun
 * where the two must agree; and which networks canTrainInJs accepts.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { barImageSplit } from '../../../test/fixtures/syntheticImages';
import {
  columnsOf,
  enginePair,
  GAUSSIAN_3,
  largestDifference,
  largestRelativeDifference,
  PLANE,
  PLAYGROUND,
  trainBoth,
} from '../../../test/oracles/engineAgreement';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { Experiment, LayerConfig, LossId } from '../../core/experiment/experiment';
import { networkLayout } from '../tfjs/model';
import {
  canComputeInJs,
  canTrainInJs,
  JS_MAX_FEATURES,
  JS_MAX_PARAMETERS,
  JS_MAX_STEP_WORK,
} from './canTrainInJs';
import { JsTrainingRun } from './run';

const jsRun = (experiment: Experiment) =>
  new JsTrainingRun(experiment, buildSplitDataset(experiment.dataset));

describe('JsTrainingRun as the scheduler drives it', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('gives bit-identical weights whether an epoch is trained at once or batch by batch', () => {
    const experiment = { ...PLAYGROUND, optimizer: { id: 'adam', params: { learningRate: 0.01 } } } as const;
    const [whole, pieces] = [jsRun(experiment), jsRun(experiment)];
    whole.trainEpoch();
    whole.trainEpoch();
    expect(pieces.trainUntil(0)).toBe(false);
    expect(pieces.isMidEpoch).toBe(true);
    let completed = 0;
    while (completed < 2) if (pieces.trainUntil(0)) completed++;
    expect(pieces.isMidEpoch).toBe(false);
    expect(pieces.epoch).toBe(2);
    expect(pieces.weights).toEqual(whole.weights);
  });

  it('follows live optimizer changes as the tfjs run does: new rates, dropped momentum, a new optimizer', async () => {
    const experiment: Experiment = {
      ...PLAYGROUND,
      optimizer: { id: 'sgd', params: { learningRate: 0.05, momentum: 0.9 } },
    };
    const pair = enginePair(experiment);
    const runs = [pair.tfjs, pair.js] as const;
    await trainBoth(pair, 1);
    for (const run of runs) {
      for (let batch = 0; batch < 3; batch++) run.trainUntil(0);
      run.updateOptimizer({
        id: 'sgd',
        params: { learningRate: 0.2 },
        schedule: { id: 'exponentialDecay', params: { decayEpochs: 1, decayRate: 0.5 } },
        clipNorm: 0.3,
      });
      run.trainEpoch();
      // Momentum off forgets the velocity; on again starts from zero.
      run.updateOptimizer({ id: 'sgd', params: { momentum: 0 } });
      run.trainEpoch();
      run.updateOptimizer({ id: 'sgd', params: { momentum: 0.5 } });
      run.trainEpoch();
      // Another optimizer starts afresh, its step count (and so the schedule) too.
      run.updateOptimizer({ id: 'rmsprop', params: { learningRate: 0.01, centered: true } });
    }
    expect(pair.js.currentLearningRate).toBeCloseTo(0.01, 12);
    expect(pair.js.currentLearningRate).toBe(pair.tfjs.currentLearningRate);
    const readout = await trainBoth(pair, 2);
    const [tfjs, js] = [columnsOf(readout.tfjs, 'tfjs'), columnsOf(readout.js, 'js')];
    expect([...js.epoch]).toEqual([...tfjs.epoch]);
    expect(largestRelativeDifference(js.trainLoss, tfjs.trainLoss)).toBeLessThan(1e-5);
    expect(largestRelativeDifference(pair.js.weights, pair.tfjs.params.dataSync())).toBeLessThan(1e-4);
    pair.tfjs.dispose();
  });

  it('diverges at the same epoch as the tfjs run and reports nothing after it', async () => {
    const experiment: Experiment = {
      ...PLAYGROUND,
      dataset: PLANE,
      model: { hiddenLayers: [{ kind: 'dense', units: 8, activation: 'linear' }] },
      loss: 'meanSquaredError',
      optimizer: { id: 'sgd', params: { learningRate: 3 } },
    };
    const pair = enginePair(experiment);
    const readout = await trainBoth(pair, 12);
    expect(readout.js.divergedEpoch).not.toBeNull();
    expect(readout.js.divergedEpoch).toBe(readout.tfjs.divergedEpoch);
    expect(columnsOf(readout.js, 'js').epoch).toEqual(columnsOf(readout.tfjs, 'tfjs').epoch);
    expect(pair.js.hasDiverged).toBe(true);
    pair.js.trainEpoch();
    expect(await pair.js.takeMetrics()).toEqual({ columns: null, divergedEpoch: null });
    pair.tfjs.dispose();
  });

  it('keeps the time of an epoch in its row, from 0 before training, and stops at the epoch count', async () => {
    const run = jsRun({ ...PLAYGROUND, training: { ...PLAYGROUND.training, epochs: 3 } });
    run.recordMetrics();
    while (!run.isComplete) run.trainEpoch();
    const { elapsedMs } = columnsOf(await run.takeMetrics(), 'js');
    expect(elapsedMs).toHaveLength(4);
    expect(elapsedMs[0]).toBe(0);
    for (let row = 1; row < elapsedMs.length; row++)
      expect(elapsedMs[row]).toBeGreaterThanOrEqual(elapsedMs[row - 1] as number);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(elapsedMs[3] as number);
    expect(run.epoch).toBe(3);
  });

  it('never touches tfjs: no tensor is made while it trains and predicts', async () => {
    const before = tf.memory().numTensors;
    const run = jsRun(PLAYGROUND);
    for (let epoch = 0; epoch < 5; epoch++) run.trainEpoch();
    await run.takeMetrics();
    await run.predictBoundary();
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  const boundaryCases: [string, Experiment][] = [
    ['one sigmoid unit', PLAYGROUND],
    ['one linear score (hinge)', { ...PLAYGROUND, loss: 'hinge' }],
    ['softmax over 3 classes', { ...PLAYGROUND, dataset: GAUSSIAN_3, loss: 'categoricalCrossentropy' }],
    ['3 linear scores (squared hinge)', { ...PLAYGROUND, dataset: GAUSSIAN_3, loss: 'squaredHinge' }],
    ['3 sigmoid units (binary cross-entropy)', { ...PLAYGROUND, dataset: GAUSSIAN_3 }],
    ['a regression surface', { ...PLAYGROUND, dataset: PLANE, loss: 'meanSquaredError' }],
  ];
  it.each(boundaryCases)('predicts the same boundary as the tfjs run: %s', async (_, experiment) => {
    const trained: Experiment = { ...experiment, optimizer: { id: 'adam', params: { learningRate: 0.05 } } };
    const pair = enginePair(trained);
    await trainBoth(pair, 3);
    const [tfjs, js] = [await pair.tfjs.predictBoundary(), await pair.js.predictBoundary()];
    if (!tfjs || !js) throw new Error('2-D data has a boundary');
    expect(js.size).toBe(tfjs.size);
    expect(js.classIndex).toEqual(tfjs.classIndex);
    expect(largestDifference(js.confidence, tfjs.confidence)).toBeLessThan(1e-5);
    // A boundary worth comparing: more than one confidence level.
    expect(new Set(js.confidence).size).toBeGreaterThan(100);
    pair.tfjs.dispose();
  });

  it('has no boundary for data that is not 2-D', async () => {
    const experiment: Experiment = {
      ...PLAYGROUND,
      dataset: { ...PLAYGROUND.dataset, id: 'digits', numClasses: 3 },
      loss: 'categoricalCrossentropy',
    };
    expect(await new JsTrainingRun(experiment, barImageSplit(12, 6, 6, 3)).predictBoundary()).toBeNull();
  });

  it('refuses a cross-entropy it has no gradient for, in the tfjs path words', () => {
    const regression: Experiment = { ...PLAYGROUND, dataset: PLANE, loss: 'binaryCrossentropy' };
    expect(() => jsRun(regression)).toThrow(/No hand-written gradient for binaryCrossentropy/);
  });
});

describe('canTrainInJs', () => {
  const layoutOf = (hiddenLayers: LayerConfig[], loss: LossId = 'binaryCrossentropy', numFeatures = 2) =>
    networkLayout(
      { ...PLAYGROUND, loss, model: { hiddenLayers } },
      {
        numFeatures,
        numClasses: 2,
        exampleShape: numFeatures === 2 ? [2] : [Math.sqrt(numFeatures), Math.sqrt(numFeatures), 1],
        task: 'classification',
      },
    );
  const relu = (units: number): LayerConfig => ({ kind: 'dense', units, activation: 'relu' });

  it('takes small dense stacks, with dropout and flatten', () => {
    expect(canTrainInJs(layoutOf(PLAYGROUND.model.hiddenLayers as LayerConfig[]), 10)).toBe(true);
    expect(canTrainInJs(layoutOf([{ kind: 'dropout', rate: 0.3 }, relu(16)]), 16)).toBe(true);
    expect(canTrainInJs(layoutOf([{ kind: 'flatten' }, relu(8)], 'hinge', 64), 32)).toBe(true);
  });

  it('leaves convolutions, pooling and batch norm to tfjs', () => {
    const conv: LayerConfig = {
      kind: 'conv2d',
      filters: 2,
      kernelSize: 3,
      stride: 1,
      padding: 'same',
      activation: 'relu',
    };
    const pool: LayerConfig = { kind: 'maxPool2d', poolSize: 2 };
    expect(canTrainInJs(layoutOf([conv, { kind: 'flatten' }], 'hinge', 16), 1)).toBe(false);
    expect(canTrainInJs(layoutOf([pool, { kind: 'flatten' }], 'hinge', 16), 1)).toBe(false);
    expect(canTrainInJs(layoutOf([relu(4), { kind: 'batchNorm' }]), 1)).toBe(false);
    expect(canComputeInJs(layoutOf([relu(4), { kind: 'batchNorm' }]))).toBe(false);
  });

  it('leaves a step too large for JavaScript to tfjs: by parameters × batch, parameters, features', () => {
    // 2-32-32-1: 1,185 parameters, at the break-even near batch 32.
    const medium = layoutOf([relu(32), relu(32)]);
    expect(medium.parameterCount * 32).toBeLessThanOrEqual(JS_MAX_STEP_WORK);
    expect(canTrainInJs(medium, 32)).toBe(true);
    expect(medium.parameterCount * 64).toBeGreaterThan(JS_MAX_STEP_WORK);
    expect(canTrainInJs(medium, 64)).toBe(false);
    const wide = layoutOf([relu(70), relu(70)]);
    expect(wide.parameterCount).toBeGreaterThan(JS_MAX_PARAMETERS);
    expect(canTrainInJs(wide, 1)).toBe(false);
    // Too large to be faster, not too large to compute: a forced choice may still take it.
    expect(canComputeInJs(wide)).toBe(true);
    const tooManyFeatures = (JS_MAX_FEATURES ** 0.5 + 1) ** 2;
    expect(canTrainInJs(layoutOf([relu(2)], 'hinge', tooManyFeatures), 1)).toBe(false);
  });
});
