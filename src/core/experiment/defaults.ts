import { defaultOptimizerParams } from '../registries/optimizers';
import type { Experiment } from './experiment';

/**
 * The experiment a person sees first: a two-arm spiral, two hidden layers, Adam. The learning
 * rate is raised from Keras's 0.001 to 0.01 and the layers use ReLU because that untangles the
 * spiral quickly, where tanh stalls (see docs/decisions/default-experiment.md).
 */
export const DEFAULT_EXPERIMENT: Experiment = {
  dataset: { id: 'spiral', noise: 0.1, numPoints: 500, trainFraction: 0.8, seed: 1, numClasses: 2 },
  model: {
    hiddenLayers: [
      { kind: 'dense', units: 16, activation: 'relu' },
      { kind: 'dense', units: 16, activation: 'relu' },
    ],
  },
  loss: 'binaryCrossentropy',
  optimizer: { id: 'adam', params: { ...defaultOptimizerParams('adam'), learningRate: 0.01 } },
  training: { batchSize: 16, epochs: 500, l1: 0, l2: 0, seed: 1 },
};
