import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayersTwin, twinLoss } from '../../../test/oracles/layersTwin';
import type { DatasetShape } from '../../core/datasets/types';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { ActivationId, LayerConfig, LossId } from '../../core/experiment/experiment';
import { ACTIVATION_IDS } from '../../core/registries/activations';
import { MODEL_PRESETS, type ModelPresetId } from '../../core/registries/presets';
import { createRng } from '../../core/util/rng';
import { BatchNormState, type ForwardMode, forwardLayers } from './forward';
import { createObjectiveGradient } from './gradients';
import { encodeTargets } from './losses';
import { initialParameters, type NetworkLayout, networkLayout, unpackParameters } from './model';

const points = (numClasses: number): DatasetShape => ({
  numFeatures: 2,
  numClasses,
  exampleShape: [2],
  task: numClasses === 1 ? 'regression' : 'classification',
});
const image = (side: number): DatasetShape => ({
  numFeatures: side * side,
  numClasses: 10,
  exampleShape: [side, side, 1],
  task: 'classification',
});

interface Case {
  readonly layers: readonly LayerConfig[];
  readonly shape: DatasetShape;
  readonly loss: LossId;
  readonly batchSize?: number;
}

function presetCase(id: ModelPresetId, shape: DatasetShape, loss: LossId): Case {
  const made = MODEL_PRESETS[id].layersFor(shape);
  if (!('layers' in made)) throw new Error(`${id} does not apply: ${made.unavailable}`);
  return { layers: made.layers, shape, loss, batchSize: shape.numFeatures > 100 ? 3 : 6 };
}

const dense = (units: number, activation: ActivationId): LayerConfig => ({
  kind: 'dense',
  units,
  activation,
});
const conv = (
  filters: number,
  kernelSize: number,
  stride: number,
  padding: 'same' | 'valid',
): LayerConfig => ({
  kind: 'conv2d',
  filters,
  kernelSize,
  stride,
  padding,
  activation: 'leakyRelu',
});

const CASES: Record<string, Case> = {
  'logistic regression preset': presetCase('logistic', points(2), 'binaryCrossentropy'),
  'small MLP preset': presetCase('smallMlp', points(2), 'binaryCrossentropy'),
  'small MLP preset, regression': presetCase('smallMlp', points(1), 'meanSquaredError'),
  'deep MLP preset, 3 classes': presetCase('deepMlp', points(3), 'categoricalCrossentropy'),
  'LeNet preset on 8×8 images': presetCase('lenet', image(8), 'categoricalCrossentropy'),
  'LeNet preset on 28×28 images': presetCase('lenet', image(28), 'categoricalCrossentropy'),
  'every activation in dense layers': {
    layers: ACTIVATION_IDS.map((activation) => dense(3, activation)),
    shape: points(2),
    loss: 'binaryCrossentropy',
  },
  'conv with stride and valid padding, average pooling, batch norm, dropout': {
    layers: [
      conv(4, 3, 2, 'valid'),
      { kind: 'batchNorm' },
      conv(3, 2, 1, 'same'),
      { kind: 'avgPool2d', poolSize: 3 },
      { kind: 'flatten' },
      { kind: 'dropout', rate: 0.4 },
      dense(5, 'elu'),
      { kind: 'batchNorm' },
      { kind: 'dropout', rate: 0.25 },
    ],
    shape: image(8),
    loss: 'categoricalCrossentropy',
  },
  'max pooling of size 4 after a 7×7 kernel': {
    layers: [conv(2, 7, 1, 'same'), { kind: 'maxPool2d', poolSize: 4 }, { kind: 'flatten' }],
    shape: image(8),
    loss: 'categoricalCrossentropy',
  },
};

/** A layout's parameters with random biases, γ and β (not zeros and ones), and a random batch. */
function inputsFor(layout: NetworkLayout, { shape, batchSize = 6 }: Case) {
  const rng = createRng(11);
  const params = initialParameters(layout, 5).map((value) => value + 0.2 * rng.normal());
  // Pixels in [0, 1] as the shipped images have, so that the 28×28 LeNet's softmax does not saturate.
  const isImage = shape.exampleShape.length === 3;
  const features = Float32Array.from({ length: batchSize * shape.numFeatures }, () =>
    isImage ? rng.next() : rng.normal(),
  );
  const numClasses = Math.max(shape.numClasses, 2);
  const labels = Uint8Array.from({ length: batchSize }, () => rng.nextInt(numClasses));
  const real = Float32Array.from({ length: batchSize }, () => rng.normal());
  const targets = encodeTargets(layout.output.targetEncoding, labels, numClasses, real);
  return { params, features, targets, batchSize };
}

const largestGap = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  expect(a.length).toBe(b.length);
  let largest = 0;
  for (let i = 0; i < a.length; i++)
    largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
  return largest;
};
const scaleOf = (values: ArrayLike<number>) => Math.max(1, ...Array.from(values, Math.abs));

describe('the app’s layers equal tf.layers with the same weights', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  afterAll(() => tf.disposeVariables());

  it.each(Object.entries(CASES))('%s: outputs to 1e-5, gradients to 1e-4', (_name, testCase) => {
    const layout = networkLayout(
      { ...DEFAULT_EXPERIMENT, loss: testCase.loss, model: { hiddenLayers: testCase.layers } },
      testCase.shape,
    );
    const { params, features, targets, batchSize } = inputsFor(layout, testCase);
    const twin = new LayersTwin(layout, params);
    const batchNorm = new BatchNormState(layout);
    const objective = createObjectiveGradient(layout, testCase.loss);
    const training: ForwardMode = { isTraining: true, batchNorm, dropoutSeed: 77 };
    const inference: ForwardMode = { isTraining: false, batchNorm };
    tf.tidy(() => {
      const p = tf.tensor1d(params);
      const x = tf.tensor2d(features, [batchSize, layout.numFeatures]);
      const y = tf.tensor2d(targets, [batchSize, layout.output.units]);
      const appOutput = (mode: ForwardMode) => {
        const last = forwardLayers(layout, unpackParameters(layout, p), x, mode).at(-1);
        if (!last) throw new Error('A network has at least its output layer.');
        return last.h.dataSync();
      };
      for (const [mode, seed] of [
        [inference, null],
        [training, 77],
      ] as const) {
        const expected = twin.output(x, seed).dataSync();
        expect(
          largestGap(appOutput(mode), expected),
          `outputs, training: ${mode.isTraining}`,
        ).toBeLessThanOrEqual(1e-5 * scaleOf(expected));
      }
      const appGradient = objective.compute(p, x, y, training).dataSync();
      const variables = twin.trainableVariables();
      const { grads } = tf.variableGrads(() => twinLoss(testCase.loss, y, twin.output(x, 77)), variables);
      const expected = tf
        .concat(variables.map((v) => tf.reshape(grads[v.name] as tf.Tensor, [-1])))
        .dataSync();
      expect(expected.length).toBe(layout.parameterCount);
      expect(largestGap(appGradient, expected), 'gradients').toBeLessThanOrEqual(1e-4 * scaleOf(expected));
      // Both took three training passes (two forward, one in the gradient): their moving statistics agree.
      for (const layer of layout.layers.filter((l) => l.kind === 'batchNorm')) {
        const app = batchNorm.of(layer.index);
        const moving = twin.movingStatistics(layer.index);
        expect(largestGap(app.mean.dataSync(), moving.mean), 'moving mean').toBeLessThanOrEqual(1e-5);
        expect(largestGap(app.variance.dataSync(), moving.variance), 'moving variance').toBeLessThanOrEqual(
          1e-5,
        );
      }
    });
    objective.dispose();
    batchNorm.dispose();
    twin.dispose();
  });
});
