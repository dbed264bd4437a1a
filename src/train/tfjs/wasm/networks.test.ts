import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { barImageSplit } from '../../../../test/fixtures/syntheticImages';
import { onBackend, relativeDifference } from '../../../../test/kits/wasmBackend';
import { DEFAULT_EXPERIMENT } from '../../../core/experiment/defaults';
import type { Experiment, LayerConfig } from '../../../core/experiment/experiment';
import { MODEL_PRESETS } from '../../../core/registries/presets';
import { createRng } from '../../../core/util/rng';
import { BatchNormState } from '../forward';
import { createObjectiveGradient } from '../gradients';
import { encodeTargets } from '../losses';
import { initialParameters, networkLayout } from '../model';
import { TrainingRun } from '../run';

const IMAGES = barImageSplit(60, 30, 8, 3);

const imageExperiment = (hiddenLayers: LayerConfig[]): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'digits', numClasses: 3 },
  model: { hiddenLayers },
  loss: 'categoricalCrossentropy',
  optimizer: { id: 'adam', params: { learningRate: 0.01 } },
  training: { batchSize: 16, epochs: 100, l1: 0, l2: 0.001, seed: 1 },
});

const lenet = (): LayerConfig[] => {
  const result = MODEL_PRESETS.lenet.layersFor({
    exampleShape: [8, 8, 1],
    task: 'classification',
    numClasses: 3,
  });
  if (!('layers' in result)) throw new Error(result.unavailable);
  return result.layers;
};

/** Every layer kind, both paddings, stride 2 and the activations with their own gradient kernels. */
const EVERY_KIND: LayerConfig[] = [
  { kind: 'conv2d', filters: 5, kernelSize: 3, stride: 2, padding: 'same', activation: 'elu' },
  { kind: 'batchNorm' },
  { kind: 'conv2d', filters: 4, kernelSize: 2, stride: 1, padding: 'valid', activation: 'leakyRelu' },
  { kind: 'avgPool2d', poolSize: 2 },
  { kind: 'flatten' },
  { kind: 'dropout', rate: 0.3 },
  { kind: 'dense', units: 6, activation: 'selu' },
];
const POOLED: LayerConfig[] = [
  { kind: 'conv2d', filters: 3, kernelSize: 4, stride: 3, padding: 'valid', activation: 'swish' },
  { kind: 'maxPool2d', poolSize: 2 },
  { kind: 'flatten' },
  { kind: 'dense', units: 4, activation: 'softplus' },
];

/** The objective's gradient in training mode (batch statistics, dropout) on one random batch. */
function networkGradient(hiddenLayers: LayerConfig[]): () => tf.Tensor {
  const experiment = imageExperiment(hiddenLayers);
  const layout = networkLayout(experiment, IMAGES);
  const rng = createRng(5);
  const batchSize = 9;
  const values = initialParameters(layout, 3).map((value) => value + 0.1 * rng.normal());
  const labels = Uint8Array.from({ length: batchSize }, () => rng.nextInt(3));
  const targets = encodeTargets(layout.output.targetEncoding, labels, 3, new Float32Array(batchSize));
  return () => {
    const batchNorm = new BatchNormState(layout);
    const gradient = createObjectiveGradient(layout, experiment.loss);
    const x = tf.tensor2d(IMAGES.train.features.subarray(0, batchSize * 64), [batchSize, 64]);
    const y = tf.tensor2d(targets, [batchSize, layout.output.units]);
    const mode = { isTraining: true, batchNorm, dropoutSeed: 11 } as const;
    const result = gradient.compute(tf.tensor1d(values), x, y, mode);
    gradient.dispose();
    batchNorm.dispose();
    return result;
  };
}

describe('convolutional networks on wasm', () => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each([
    ['the LeNet-style preset', lenet()],
    ['every layer kind (stride-2 same conv, batch norm, avg pool, dropout)', EVERY_KIND],
    ['a stride-3 valid conv and max pooling', POOLED],
  ])('%s: the whole gradient matches cpu to 1e-4 relative', async (_name, layers) => {
    const [expected] = await onBackend('cpu', networkGradient(layers));
    const [actual] = await onBackend('wasm', networkGradient(layers));
    expect(relativeDifference(actual as Float32Array, expected as Float32Array)).toBeLessThan(1e-4);
  });

  it.each([
    ['the LeNet-style preset', lenet()],
    ['every layer kind', EVERY_KIND],
    ['max pooling after a stride-3 conv', POOLED],
  ])('%s trains on wasm as on cpu and frees its tensors', async (_name, layers) => {
    /** Weights after three epochs, and the train losses, on one backend. */
    const train = async (backend: 'cpu' | 'wasm') => {
      await onBackend(backend, () => tf.zeros([1]));
      const start = tf.memory().numTensors;
      const run = new TrainingRun(imageExperiment(layers), IMAGES);
      run.recordMetrics();
      for (let epoch = 0; epoch < 3; epoch++) run.trainEpoch();
      const { columns } = await run.takeMetrics();
      const weights = run.params.dataSync() as Float32Array;
      run.dispose();
      expect(tf.getBackend()).toBe(backend);
      expect(tf.memory().numTensors).toBe(start);
      return { weights, losses: Array.from(columns?.trainLoss ?? []) };
    };
    const cpu = await train('cpu');
    const wasm = await train('wasm');
    expect(wasm.losses.at(-1)).toBeLessThan(wasm.losses[0] as number);
    // Float32 sums in another order drift a little over 12 steps: far less than a wrong gradient.
    expect(relativeDifference(wasm.weights, cpu.weights)).toBeLessThan(1e-3);
  });
});
