import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lenetOnDigits, shippedConfig, splitOf, trainedRun } from '../../../test/kits/exportKit';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment, LayerConfig } from '../../core/experiment/experiment';
import { MODEL_PRESETS } from '../../core/registries/presets';
import { layersModelFiles } from '../shared/export/layersModel';
import type { TrainedState } from '../shared/export/trainedState';
import { BatchNormState, networkOutput } from './forward';
import { unpackParameters } from './model';

/** The app's own predictions on the test split, from its forward pass on the state's weights. */
function appPredictions(state: TrainedState): Float32Array {
  const { layout, dataset } = state;
  const batchNorm = layout.layers.some((layer) => layer.kind === 'batchNorm')
    ? new BatchNormState(layout)
    : null;
  for (const [index, moving] of state.movingStatistics) {
    batchNorm?.of(index).mean.assign(tf.tensor1d(moving.mean));
    batchNorm?.of(index).variance.assign(tf.tensor1d(moving.variance));
  }
  const params = tf.tensor1d(state.params);
  const values = tf.tidy(() => {
    const x = tf.tensor2d(dataset.test.features, [dataset.test.count, layout.numFeatures]);
    return networkOutput(layout, unpackParameters(layout, params), x, batchNorm).h.dataSync() as Float32Array;
  });
  params.dispose();
  batchNorm?.dispose();
  return values;
}

/** The exported files loaded by tfjs's own loader and run on the test split. */
async function exportedPredictions(state: TrainedState): Promise<{ values: Float32Array; layers: number }> {
  const files = layersModelFiles(state);
  const modelJson = JSON.parse(files.modelJson) as tf.io.ModelJSON;
  const weights = files.weights.slice().buffer;
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights),
      weightData: weights,
    }),
  );
  const { dataset, layout } = state;
  const x = tf.tensor(dataset.test.features, [dataset.test.count, ...layout.exampleShape]);
  const output = model.predict(x) as tf.Tensor;
  const values = output.dataSync() as Float32Array;
  tf.dispose([x, output]);
  const layers = model.layers.length;
  model.dispose();
  return { values, layers };
}

const presetLayers = (id: keyof typeof MODEL_PRESETS): LayerConfig[] => {
  const made = MODEL_PRESETS[id].layersFor({ exampleShape: [2], task: 'classification', numClasses: 2 });
  if (!('layers' in made)) throw new Error(made.unavailable);
  return made.layers;
};

const withLayers = (hiddenLayers: LayerConfig[], changes: Partial<Experiment> = {}): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  model: { hiddenLayers },
  ...changes,
});

/** LeNet on the digits with a batch norm after each convolution and a dropout before the dense layer. */
const lenetWithExtras = (): LayerConfig[] => {
  const layers: LayerConfig[] = [];
  for (const layer of lenetOnDigits()) {
    if (layer.kind === 'dense') layers.push({ kind: 'dropout', rate: 0.3 });
    layers.push(layer);
    if (layer.kind === 'conv2d') layers.push({ kind: 'batchNorm' });
  }
  return layers;
};

// A small training share: the cpu backend trains convolutions slowly, and the test split is what is compared.
const DIGITS = {
  dataset: { ...shippedConfig('digits', 10), trainFraction: 0.2 },
  loss: 'categoricalCrossentropy',
} as const;

const CASES: ReadonlyArray<readonly [string, Experiment, number]> = [
  ['the default experiment', DEFAULT_EXPERIMENT, 3],
  ['logistic regression', withLayers(presetLayers('logistic')), 3],
  ['the small MLP', withLayers(presetLayers('smallMlp')), 3],
  ['the deep MLP', withLayers(presetLayers('deepMlp')), 3],
  ['LeNet on the digits', withLayers(lenetOnDigits(), DIGITS), 1],
  ['LeNet with batch norm and dropout', withLayers(lenetWithExtras(), DIGITS), 1],
  [
    'leaky ReLU, swish, average pooling and an MLP on images',
    withLayers(
      [
        { kind: 'conv2d', filters: 4, kernelSize: 3, stride: 2, padding: 'same', activation: 'leakyRelu' },
        { kind: 'avgPool2d', poolSize: 2 },
        { kind: 'batchNorm' },
        { kind: 'flatten' },
        { kind: 'dense', units: 8, activation: 'swish', regularization: { l1: 0.001, l2: 0.01 } },
        { kind: 'dense', units: 8, activation: 'selu' },
      ],
      DIGITS,
    ),
    1,
  ],
  ['an MLP straight on the images', withLayers(presetLayers('smallMlp'), DIGITS), 1],
  [
    'regression with elu and softplus',
    withLayers(
      [
        { kind: 'dense', units: 8, activation: 'elu' },
        { kind: 'dense', units: 8, activation: 'softplus' },
      ],
      { dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'bumps', numClasses: 1 }, loss: 'meanSquaredError' },
    ),
    2,
  ],
];

describe('the downloaded TensorFlow.js model', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  afterAll(() => {
    tf.disposeVariables();
  });

  it.each(CASES)(
    'loads with tf.loadLayersModel and predicts as the app does: %s',
    async (_name, experiment, epochs) => {
      const { run, state } = await trainedRun(experiment, epochs, splitOf(experiment));
      run.dispose();
      const expected = appPredictions(state);
      const { values, layers } = await exportedPredictions(state);
      expect(layers).toBe(layersModelFiles(state).layerCount);
      // Batch norm's running statistics are the trained ones, not the starting 0 and 1.
      for (const moving of state.movingStatistics.values())
        expect(moving.mean.some((v) => v !== 0)).toBe(true);
      expect(values.length).toBe(expected.length);
      let largest = 0;
      values.forEach((value, i) => {
        largest = Math.max(largest, Math.abs(value - (expected[i] as number)));
      });
      expect(largest).toBeLessThan(1e-5);
    },
  );
});
