import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetShape } from '../../core/datasets/types';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { ActivationId, Experiment, LayerConfig, LossId } from '../../core/experiment/experiment';
import { ACTIVATION_IDS } from '../../core/registries/activations';
import { createRng } from '../../core/util/rng';
import { BatchNormState, type ForwardMode } from './forward';
import { createObjectiveGradient, trainingObjective } from './gradients';
import { encodeTargets } from './losses';
import { initialParameters, type NetworkLayout, networkLayout } from './model';

interface Case {
  readonly loss: LossId;
  readonly layers: readonly LayerConfig[];
  readonly shape: DatasetShape;
  readonly l1?: number;
  readonly l2?: number;
}

const points = (
  numClasses: number,
  task: 'classification' | 'regression' = 'classification',
): DatasetShape => ({
  numFeatures: 2,
  numClasses,
  exampleShape: [2],
  task,
});

const dense = (activations: readonly ActivationId[]): LayerConfig[] =>
  activations.map((activation, i) => ({ kind: 'dense', units: 3 + i, activation }));

function layoutOf({ loss, layers, shape, l1 = 0, l2 = 0 }: Case): NetworkLayout {
  const experiment: Experiment = {
    ...DEFAULT_EXPERIMENT,
    loss,
    model: { hiddenLayers: layers },
    training: { ...DEFAULT_EXPERIMENT.training, l1, l2 },
  };
  return networkLayout(experiment, shape);
}

/** A random batch for a layout: inputs, targets in the output's encoding, and perturbed parameters. */
function batchFor(layout: NetworkLayout, batchSize = 7) {
  const rng = createRng(7);
  const { numClasses, targetEncoding, units } = {
    ...layout.output,
    numClasses: Math.max(layout.output.units, 2),
  };
  const labels = Uint8Array.from({ length: batchSize }, () => rng.nextInt(numClasses));
  const real = Float32Array.from({ length: batchSize }, () => rng.normal());
  // Random biases (and γ, β) too, so that a wrong gradient cannot hide behind zeros or ones.
  const values = initialParameters(layout, 3).map((value) => value + 0.3 * rng.normal());
  const features = Float32Array.from({ length: batchSize * layout.numFeatures }, () => rng.normal());
  const targets = encodeTargets(targetEncoding, labels, numClasses, real);
  return { values, features, targets, batchSize, units };
}

/** Max |path − tf.grads(trainingObjective)| and max |reference| of the gradient on a random batch. */
function compare(layout: NetworkLayout, loss: LossId, path: 'auto' | 'autodiff', mode: ForwardMode) {
  const { values, features, targets, batchSize, units } = batchFor(layout);
  const gradient = createObjectiveGradient(layout, loss, path);
  const result = tf.tidy(() => {
    const params = tf.tensor1d(values);
    const x = tf.tensor2d(features, [batchSize, layout.numFeatures]);
    const y = tf.tensor2d(targets, [batchSize, units]);
    const computed = gradient.compute(params, x, y, mode).dataSync();
    const [reference] = tf.grads((p: tf.Tensor) =>
      trainingObjective(layout, loss, p as tf.Tensor1D, x, y, mode),
    )([params]);
    const expected = (reference as tf.Tensor).dataSync();
    return {
      maxError: Math.max(...computed.map((value, i) => Math.abs(value - (expected[i] as number)))),
      scale: Math.max(...expected.map(Math.abs)),
      length: computed.length,
    };
  });
  const isHandWritten = gradient.isHandWritten;
  gradient.dispose();
  expect(result.length).toBe(layout.parameterCount);
  return { ...result, isHandWritten };
}

const INFERENCE: ForwardMode = { isTraining: false, batchNorm: null };

describe('hand-written backpropagation equals tf.grads of the objective', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const cases: [string, Case][] = [
    ['bce, tanh-tanh', { loss: 'binaryCrossentropy', layers: dense(['tanh', 'tanh']), shape: points(2) }],
    [
      'bce, relu-elu, l2',
      { loss: 'binaryCrossentropy', layers: dense(['relu', 'elu']), shape: points(2), l2: 0.01 },
    ],
    [
      'bce, 3 classes',
      { loss: 'binaryCrossentropy', layers: dense(['sigmoid', 'linear']), shape: points(3) },
    ],
    [
      'bce, no hidden layer, l1 and l2',
      { loss: 'binaryCrossentropy', layers: [], shape: points(2), l1: 0.02, l2: 0.05 },
    ],
    ['cce, tanh', { loss: 'categoricalCrossentropy', layers: dense(['tanh']), shape: points(2) }],
    [
      'cce, relu-tanh',
      { loss: 'categoricalCrossentropy', layers: dense(['relu', 'tanh']), shape: points(3), l2: 0.01 },
    ],
    ['mse, tanh-relu', { loss: 'meanSquaredError', layers: dense(['tanh', 'relu']), shape: points(2) }],
    ['mse, softmax output', { loss: 'meanSquaredError', layers: dense(['elu']), shape: points(3), l1: 0.01 }],
    ['mae, sigmoid output', { loss: 'meanAbsoluteError', layers: dense(['swish']), shape: points(2) }],
    [
      'mae, regression',
      { loss: 'meanAbsoluteError', layers: dense(['selu']), shape: points(1, 'regression') },
    ],
    [
      'huber, regression',
      { loss: 'huber', layers: dense(['softplus', 'leakyRelu']), shape: points(1, 'regression') },
    ],
    ['huber, softmax output', { loss: 'huber', layers: dense(['tanh']), shape: points(4) }],
    [
      'mse, regression',
      { loss: 'meanSquaredError', layers: dense(['relu']), shape: points(1, 'regression'), l2: 0.1 },
    ],
    ['hinge, tanh-sigmoid', { loss: 'hinge', layers: dense(['tanh', 'sigmoid']), shape: points(2) }],
    ['hinge, 3 classes', { loss: 'hinge', layers: dense(['relu']), shape: points(3), l2: 0.01 }],
    ['squared hinge', { loss: 'squaredHinge', layers: dense(['leakyRelu']), shape: points(2) }],
    [
      'squared hinge, 3 classes',
      { loss: 'squaredHinge', layers: dense(['softplus']), shape: points(3), l1: 0.01 },
    ],
  ];

  it.each(cases)('%s', (_name, testCase) => {
    const layout = layoutOf(testCase);
    const { maxError, scale, isHandWritten } = compare(layout, testCase.loss, 'auto', INFERENCE);
    expect(isHandWritten).toBe(true);
    expect(scale).toBeGreaterThan(1e-3);
    expect(maxError).toBeLessThanOrEqual(1e-5 * Math.max(scale, 1));
  });

  it('covers every activation a hidden layer can have', () => {
    for (const activation of ACTIVATION_IDS) {
      const layout = layoutOf({
        loss: 'meanSquaredError',
        layers: dense([activation, activation]),
        shape: points(2),
      });
      const { maxError, scale } = compare(layout, 'meanSquaredError', 'auto', INFERENCE);
      expect(maxError, activation).toBeLessThanOrEqual(1e-5 * Math.max(scale, 1));
    }
  });

  it('matches a float64 reference of logistic regression with L1 and L2 (Keras: l1·Σ|w| + l2·Σw² on the kernel)', () => {
    const [l1, l2] = [0.03, 0.2];
    const layout = layoutOf({ loss: 'binaryCrossentropy', layers: [], shape: points(2), l1, l2 });
    const x = [
      [0.5, -1.2],
      [1.5, 0.3],
      [-0.7, 0.9],
    ];
    const y = [1, 0, 1];
    const [w1, w2, bias] = [0.4, -0.25, 0.1];
    // d/dw of mean BCE from the logits is mean((σ(z) − y)·x); the penalties add l1·sign(w) + 2·l2·w.
    const residuals = x.map(
      ([a = 0, b = 0], i) => 1 / (1 + Math.exp(-(a * w1 + b * w2 + bias))) - (y[i] as number),
    );
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const expected = [
      mean(residuals.map((r, i) => r * (x[i]?.[0] as number))) + l1 * Math.sign(w1) + 2 * l2 * w1,
      mean(residuals.map((r, i) => r * (x[i]?.[1] as number))) + l1 * Math.sign(w2) + 2 * l2 * w2,
      mean(residuals),
    ];
    const gradient = createObjectiveGradient(layout, 'binaryCrossentropy');
    const actual = tf.tidy(() =>
      gradient
        .compute(tf.tensor1d([w1, w2, bias]), tf.tensor2d(x), tf.tensor2d(y, [3, 1]), INFERENCE)
        .dataSync(),
    );
    gradient.dispose();
    actual.forEach((value, i) => {
      const target = expected[i] as number;
      expect(Math.abs(value - target)).toBeLessThanOrEqual(1e-5 * Math.max(Math.abs(target), 1e-2));
    });
  });

  it('keeps the logit form when a cross-entropy output saturates on the wrong side', () => {
    const layout = layoutOf({ loss: 'binaryCrossentropy', layers: [], shape: points(2) });
    const gradient = createObjectiveGradient(layout, 'binaryCrossentropy');
    const values = tf.tidy(() => {
      // Weights so large that σ(z) is 1 for an example of class 0: the clipped loss's gradient vanishes.
      const params = tf.tensor1d([100, 100, 0]);
      return gradient.compute(params, tf.tensor2d([[1, 1]]), tf.tensor2d([[0]]), INFERENCE).dataSync();
    });
    gradient.dispose();
    expect([...values]).toEqual([1, 1, 1]);
  });

  it('frees every tensor it makes', () => {
    const before = tf.memory().numTensors;
    compare(
      layoutOf({ loss: 'hinge', layers: dense(['relu']), shape: points(3), l1: 0.01, l2: 0.01 }),
      'hinge',
      'auto',
      INFERENCE,
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the autodiff path for convolutions, pooling, dropout and batch norm', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const images: DatasetShape = {
    numFeatures: 36,
    numClasses: 3,
    exampleShape: [6, 6, 1],
    task: 'classification',
  };
  const cnn: LayerConfig[] = [
    {
      kind: 'conv2d',
      filters: 3,
      kernelSize: 3,
      stride: 1,
      padding: 'same',
      activation: 'relu',
      regularization: { l1: 0.01, l2: 0.02 },
    },
    { kind: 'batchNorm' },
    { kind: 'maxPool2d', poolSize: 2 },
    { kind: 'conv2d', filters: 4, kernelSize: 2, stride: 1, padding: 'valid', activation: 'tanh' },
    { kind: 'avgPool2d', poolSize: 2 },
    { kind: 'flatten' },
    { kind: 'dropout', rate: 0.4 },
    { kind: 'dense', units: 5, activation: 'swish' },
  ];

  it('equals tf.grads of the training-mode objective, penalties included', () => {
    const layout = layoutOf({ loss: 'categoricalCrossentropy', layers: cnn, shape: images, l2: 0.001 });
    const batchNorm = new BatchNormState(layout);
    const { maxError, scale, isHandWritten } = compare(layout, 'categoricalCrossentropy', 'auto', {
      isTraining: true,
      batchNorm,
      dropoutSeed: 42,
    });
    batchNorm.dispose();
    expect(isHandWritten).toBe(false);
    expect(scale).toBeGreaterThan(1e-3);
    expect(maxError).toBeLessThanOrEqual(1e-6 * Math.max(scale, 1));
  });

  it('gives the hand-written gradient on a dense network (the two paths agree)', () => {
    const layout = layoutOf({
      loss: 'huber',
      layers: dense(['selu', 'swish']),
      shape: points(1, 'regression'),
      l1: 0.01,
    });
    const { values, features, targets, batchSize } = batchFor(layout);
    const [manual, autodiff] = (['auto', 'autodiff'] as const).map((path) => {
      const gradient = createObjectiveGradient(layout, 'huber', path);
      const result = tf.tidy(() =>
        gradient
          .compute(
            tf.tensor1d(values),
            tf.tensor2d(features, [batchSize, 2]),
            tf.tensor2d(targets, [batchSize, 1]),
            INFERENCE,
          )
          .dataSync(),
      );
      gradient.dispose();
      return result;
    });
    (manual ?? []).forEach((value, i) => {
      expect(value).toBeCloseTo(autodiff?.[i] ?? Number.NaN, 5);
    });
  });

  it('draws the same dropout mask for the same seed and another for another seed', () => {
    const layout = layoutOf({ loss: 'categoricalCrossentropy', layers: cnn, shape: images });
    const batchNorm = new BatchNormState(layout);
    const run = (dropoutSeed: number) =>
      compare(layout, 'categoricalCrossentropy', 'auto', { isTraining: true, batchNorm, dropoutSeed });
    const gradientAt = (dropoutSeed: number) => {
      const gradient = createObjectiveGradient(layout, 'categoricalCrossentropy');
      const { values, features, targets, batchSize, units } = batchFor(layout);
      const result = tf.tidy(() =>
        gradient
          .compute(
            tf.tensor1d(values),
            tf.tensor2d(features, [batchSize, layout.numFeatures]),
            tf.tensor2d(targets, [batchSize, units]),
            { isTraining: true, batchNorm, dropoutSeed },
          )
          .dataSync(),
      );
      gradient.dispose();
      return result;
    };
    expect(run(1).maxError).toBeLessThan(1e-5);
    expect(gradientAt(5)).toEqual(gradientAt(5));
    expect(gradientAt(5)).not.toEqual(gradientAt(6));
    batchNorm.dispose();
  });

  it('moves batch norm’s running statistics towards the batch’s, with momentum 0.99', () => {
    const layout = layoutOf({ loss: 'categoricalCrossentropy', layers: cnn, shape: images });
    const batchNorm = new BatchNormState(layout);
    const gradient = createObjectiveGradient(layout, 'categoricalCrossentropy');
    const { values, features, targets, batchSize, units } = batchFor(layout);
    const [batchMean, batchVariance] = tf.tidy(() => {
      const x = tf.tensor2d(features, [batchSize, layout.numFeatures]);
      gradient.compute(tf.tensor1d(values), x, tf.tensor2d(targets, [batchSize, units]), {
        isTraining: true,
        batchNorm,
        dropoutSeed: 1,
      });
      // The first conv's output, recomputed: batch norm's input.
      const kernel = tf.reshape(tf.tensor1d(values.subarray(0, 27)), [3, 3, 1, 3]) as tf.Tensor4D;
      const bias = tf.tensor1d(values.subarray(27, 30));
      const conv = tf.relu(
        tf.add(tf.conv2d(tf.reshape(x, [-1, 6, 6, 1]) as tf.Tensor4D, kernel, 1, 'same'), bias),
      );
      const moments = tf.moments(conv, [0, 1, 2]);
      return [moments.mean.dataSync(), moments.variance.dataSync()];
    });
    const running = batchNorm.of(1);
    const mean = running.mean.dataSync();
    const variance = running.variance.dataSync();
    for (let channel = 0; channel < 3; channel++) {
      expect(mean[channel]).toBeCloseTo(0.01 * (batchMean?.[channel] ?? 0), 6);
      expect(variance[channel]).toBeCloseTo(0.99 + 0.01 * (batchVariance?.[channel] ?? 0), 6);
    }
    gradient.dispose();
    batchNorm.dispose();
  });
});
