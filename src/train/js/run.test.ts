/**
 * The proof that the plain-JavaScript engine trains the same experiment as tfjs: for every
 * optimizer, loss (with its output layer and targets), activation, regularization, schedule,
 * clipping, dropout and data shape, both engines train three epochs from the same seed and must
 * report the same per-epoch losses and scores and end on the same weights, up to float rounding.
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
  SPIRAL,
  trainBoth,
} from '../../../test/oracles/engineAgreement';
import type { SplitDataset } from '../../core/datasets/types';
import type {
  ActivationId,
  Experiment,
  LayerConfig,
  OptimizerConfig,
} from '../../core/experiment/experiment';
import { ACTIVATION_IDS } from '../../core/registries/activations';

/**
 * Well above the measured gaps of float32 rounding in a different order (docs/decisions/engines.md);
 * a difference in meaning (a missing factor, a step off by one) is far larger.
 */
const RELATIVE_TOLERANCE = 1e-5;
const WEIGHT_TOLERANCE = 1e-4;
const EPOCHS = 3;

const BUMPS = { ...PLAYGROUND.dataset, id: 'bumps', numClasses: 1, noise: 0.1 } as const;

const dense = (units: number, activation: ActivationId, extra: Partial<LayerConfig> = {}): LayerConfig =>
  ({ kind: 'dense', units, activation, ...extra }) as LayerConfig;

const withChanges = (changes: Partial<Experiment>): Experiment => ({ ...PLAYGROUND, ...changes });
const withOptimizer = (optimizer: OptimizerConfig): Experiment => withChanges({ optimizer });
const adam: OptimizerConfig = { id: 'adam', params: { learningRate: 0.02 } };

interface Case {
  readonly name: string;
  readonly experiment: Experiment;
  readonly dataset?: SplitDataset;
}

const OPTIMIZER_CASES: Case[] = [
  { name: 'SGD', experiment: PLAYGROUND },
  {
    name: 'SGD with Nesterov momentum',
    experiment: withOptimizer({ id: 'sgd', params: { learningRate: 0.05, momentum: 0.9, nesterov: true } }),
  },
  { name: 'SGD with momentum', experiment: withOptimizer({ id: 'sgd', params: { momentum: 0.5 } }) },
  { name: 'RMSprop', experiment: withOptimizer({ id: 'rmsprop', params: { learningRate: 0.01 } }) },
  {
    name: 'RMSprop centered with momentum',
    experiment: withOptimizer({
      id: 'rmsprop',
      params: { learningRate: 0.005, centered: true, momentum: 0.5 },
    }),
  },
  { name: 'Adagrad', experiment: withOptimizer({ id: 'adagrad', params: { learningRate: 0.1 } }) },
  { name: 'Adadelta', experiment: withOptimizer({ id: 'adadelta', params: { learningRate: 1 } }) },
  { name: 'Adam', experiment: withOptimizer(adam) },
  { name: 'Adamax', experiment: withOptimizer({ id: 'adamax', params: { learningRate: 0.02 } }) },
];

const LOSS_CASES: Case[] = [
  {
    name: 'categorical cross-entropy, 3 classes',
    experiment: withChanges({ dataset: GAUSSIAN_3, loss: 'categoricalCrossentropy', optimizer: adam }),
  },
  {
    name: 'binary cross-entropy on 3 sigmoid units',
    experiment: withChanges({ dataset: GAUSSIAN_3, optimizer: adam }),
  },
  {
    name: 'mean squared error, sigmoid output',
    experiment: withChanges({ loss: 'meanSquaredError', optimizer: adam }),
  },
  {
    name: 'mean squared error, softmax output',
    experiment: withChanges({ dataset: GAUSSIAN_3, loss: 'meanSquaredError', optimizer: adam }),
  },
  { name: 'mean absolute error', experiment: withChanges({ loss: 'meanAbsoluteError', optimizer: adam }) },
  {
    name: 'Huber, softmax output',
    experiment: withChanges({ dataset: GAUSSIAN_3, loss: 'huber', optimizer: adam }),
  },
  { name: 'hinge, one linear unit', experiment: withChanges({ loss: 'hinge', optimizer: adam }) },
  {
    name: 'squared hinge, 3 linear units',
    experiment: withChanges({ dataset: GAUSSIAN_3, loss: 'squaredHinge', optimizer: adam }),
  },
  {
    name: 'regression (plane), mean squared error',
    experiment: withChanges({ dataset: PLANE, loss: 'meanSquaredError', optimizer: adam }),
  },
  {
    name: 'regression (bumps), Huber',
    experiment: withChanges({ dataset: BUMPS, loss: 'huber', optimizer: adam }),
  },
  {
    name: 'regression (plane), mean absolute error',
    experiment: withChanges({ dataset: PLANE, loss: 'meanAbsoluteError' }),
  },
];

const ACTIVATION_CASES: Case[] = ACTIVATION_IDS.map((activation) => ({
  name: `${activation} hidden layers`,
  experiment: withChanges({
    dataset: SPIRAL,
    model: { hiddenLayers: [dense(6, activation), dense(5, activation)] },
    optimizer: adam,
  }),
}));

const TRAINING_CASES: Case[] = [
  {
    name: 'global L1 and L2',
    experiment: withChanges({ training: { ...PLAYGROUND.training, l1: 0.003, l2: 0.01 } }),
  },
  {
    name: 'a layer with its own L1 and L2, He and LeCun initialisers',
    experiment: withChanges({
      model: {
        hiddenLayers: [
          dense(5, 'relu', { initializer: 'he', regularization: { l1: 0.01, l2: 0.02 } }),
          dense(3, 'elu', { initializer: 'lecun' }),
        ],
      },
      optimizer: adam,
      training: { ...PLAYGROUND.training, l2: 0.005 },
    }),
  },
  ...(['stepDecay', 'exponentialDecay', 'cosineDecay'] as const).map((id) => ({
    name: `${id} schedule`,
    experiment: withOptimizer({
      id: 'sgd',
      params: { learningRate: 0.3, momentum: 0.5 },
      schedule: { id, params: { decayEpochs: 1, decayRate: 0.3, alpha: 0.1 } },
    }),
  })),
  { name: 'gradient clipping', experiment: withOptimizer({ ...adam, clipNorm: 0.05 }) },
  {
    name: 'gradient clipping with SGD at a high rate',
    experiment: withOptimizer({ id: 'sgd', params: { learningRate: 2 }, clipNorm: 0.5 }),
  },
  {
    name: 'dropout between dense layers and on the inputs',
    experiment: withChanges({
      dataset: SPIRAL,
      model: {
        hiddenLayers: [
          { kind: 'dropout', rate: 0.2 },
          dense(8, 'relu'),
          { kind: 'dropout', rate: 0.5 },
          dense(8, 'tanh'),
        ],
      },
      optimizer: adam,
    }),
  },
  {
    name: 'a last batch smaller than the others',
    experiment: withChanges({ training: { ...PLAYGROUND.training, batchSize: 7 } }),
  },
  {
    name: 'one batch per epoch',
    experiment: withChanges({ training: { ...PLAYGROUND.training, batchSize: 500 } }),
  },
  {
    name: 'images flattened into a dense layer',
    experiment: withChanges({
      dataset: { ...PLAYGROUND.dataset, id: 'digits', numClasses: 3 },
      model: { hiddenLayers: [{ kind: 'flatten' }, dense(6, 'relu')] },
      loss: 'categoricalCrossentropy',
      optimizer: adam,
    }),
    dataset: barImageSplit(60, 30, 6, 3),
  },
];

describe('JsTrainingRun agrees with the tfjs TrainingRun', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const agreementCases = [...OPTIMIZER_CASES, ...LOSS_CASES, ...ACTIVATION_CASES, ...TRAINING_CASES];
  it.each(agreementCases.map((entry) => [entry.name, entry] as const))(
    '%s',
    async (_, { experiment, dataset }) => {
      const pair = enginePair(experiment, dataset);
      expect(pair.js.weights).toEqual(pair.tfjs.params.dataSync());
      const readout = await trainBoth(pair, EPOCHS);
      const [tfjs, js] = [columnsOf(readout.tfjs, 'tfjs'), columnsOf(readout.js, 'js')];
      expect([...js.epoch]).toEqual([0, 1, 2, 3]);
      expect([...js.epoch]).toEqual([...tfjs.epoch]);
      expect(largestRelativeDifference(js.trainLoss, tfjs.trainLoss)).toBeLessThan(RELATIVE_TOLERANCE);
      expect(largestRelativeDifference(js.testLoss, tfjs.testLoss)).toBeLessThan(RELATIVE_TOLERANCE);
      // Accuracy counts whole examples (R² is continuous): equal, or one borderline example apart.
      const { train, test, task } = pair.dataset;
      const oneExample = (count: number) => (task === 'regression' ? RELATIVE_TOLERANCE : 1 / count + 1e-9);
      expect(largestDifference(js.trainAccuracy, tfjs.trainAccuracy)).toBeLessThanOrEqual(
        oneExample(train.count),
      );
      expect(largestDifference(js.testAccuracy, tfjs.testAccuracy)).toBeLessThanOrEqual(
        oneExample(test.count),
      );
      expect(largestRelativeDifference(pair.js.weights, pair.tfjs.params.dataSync())).toBeLessThan(
        WEIGHT_TOLERANCE,
      );
      // Training moved the weights: agreement is not two engines standing still.
      expect(largestDifference(pair.js.weights, tfjsInitialWeights(experiment, dataset))).toBeGreaterThan(
        1e-3,
      );
      expect(readout.js.divergedEpoch).toBeNull();
      pair.js.dispose();
      pair.tfjs.dispose();
    },
  );
});

/** The initial weights of an experiment, as the tfjs engine draws them. */
function tfjsInitialWeights(experiment: Experiment, dataset?: SplitDataset): Float32Array {
  const { tfjs, js } = enginePair(experiment, dataset);
  const weights = tfjs.params.dataSync() as Float32Array;
  tfjs.dispose();
  js.dispose();
  return weights;
}
