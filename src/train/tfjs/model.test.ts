import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetShape } from '../../core/datasets/types';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment, LayerConfig } from '../../core/experiment/experiment';
import { summarizeModel } from '../../core/model/modelSummary';
import { outputLayerFor } from '../../core/registries/losses';
import { networkOutput } from './forward';
import { initialParameters, networkLayout, regularizationStrengths, unpackParameters } from './model';

const POINTS: DatasetShape = { numFeatures: 2, numClasses: 2, exampleShape: [2], task: 'classification' };
const IMAGES: DatasetShape = {
  numFeatures: 64,
  numClasses: 10,
  exampleShape: [8, 8, 1],
  task: 'classification',
};

const withLayers = (hiddenLayers: LayerConfig[], changes: Partial<Experiment> = {}): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  ...changes,
  model: { hiddenLayers },
});

const experiment = withLayers([
  { kind: 'dense', units: 5, activation: 'relu' },
  { kind: 'dense', units: 3, activation: 'tanh' },
]);

const kernelsOf = (layout: ReturnType<typeof networkLayout>, values: Float32Array) => {
  const kernels: { values: Float32Array; shape: readonly number[]; initializer: string }[] = [];
  let offset = 0;
  for (const layer of layout.layers) {
    for (const part of layer.parts) {
      if (part.role === 'kernel')
        kernels.push({
          values: values.subarray(offset, offset + part.size),
          shape: part.shape,
          initializer: layer.initializer,
        });
      offset += part.size;
    }
  }
  return kernels;
};

describe('network layout and initial weights', () => {
  it('counts parameters as the Model panel does, for every loss and for images', () => {
    for (const loss of ['binaryCrossentropy', 'categoricalCrossentropy', 'hinge'] as const) {
      const shape = { ...POINTS, numClasses: 3 };
      const layout = networkLayout({ ...experiment, loss }, shape);
      const summary = summarizeModel([2], experiment.model.hiddenLayers, outputLayerFor(3, loss));
      expect(layout.parameterCount).toBe(summary.trainableCount);
    }
    // 2-5-3-1: (2·5 + 5) + (5·3 + 3) + (3·1 + 1)
    expect(networkLayout(experiment, POINTS).parameterCount).toBe(37);
    const lenet = withLayers(
      [
        { kind: 'conv2d', filters: 4, kernelSize: 3, stride: 1, padding: 'same', activation: 'relu' },
        { kind: 'maxPool2d', poolSize: 2 },
        { kind: 'batchNorm' },
        { kind: 'flatten' },
        { kind: 'dropout', rate: 0.5 },
      ],
      { loss: 'categoricalCrossentropy' },
    );
    const layout = networkLayout(lenet, IMAGES);
    // conv 3·3·1·4 + 4 = 40, batch norm γ β 8, dense 64·10 + 10 = 650
    expect(layout.parameterCount).toBe(40 + 8 + 650);
    expect(layout.nonTrainableCount).toBe(8);
    expect(layout.isDenseOnly).toBe(false);
    expect(layout.hasConvolution).toBe(true);
  });

  it('refuses a stack that cannot work on the data, in the summary’s words', () => {
    const conv = withLayers([
      { kind: 'conv2d', filters: 4, kernelSize: 3, stride: 1, padding: 'same', activation: 'relu' },
    ]);
    expect(() => networkLayout(conv, POINTS)).toThrow(
      'Conv2D needs image input [height, width, channels]; this data set gives rows of 2 features.',
    );
  });

  it('draws Glorot, He and LeCun uniform kernels within their limits, and zero biases', () => {
    const layers: LayerConfig[] = [
      { kind: 'dense', units: 30, activation: 'relu', initializer: 'he' },
      { kind: 'dense', units: 20, activation: 'selu', initializer: 'lecun' },
      { kind: 'dense', units: 10, activation: 'tanh', initializer: 'glorot' },
    ];
    const layout = networkLayout(withLayers(layers), POINTS);
    const values = initialParameters(layout, 11);
    const limits: Record<string, (fanIn: number, fanOut: number) => number> = {
      glorot: (fanIn, fanOut) => Math.sqrt(6 / (fanIn + fanOut)),
      he: (fanIn) => Math.sqrt(6 / fanIn),
      lecun: (fanIn) => Math.sqrt(3 / fanIn),
    };
    for (const kernel of kernelsOf(layout, values)) {
      const [fanIn = 0, fanOut = 0] = kernel.shape;
      const limit = limits[kernel.initializer]?.(fanIn, fanOut) ?? 0;
      const largest = Math.max(...kernel.values.map(Math.abs));
      expect(largest).toBeLessThanOrEqual(limit);
      // Uniform over ±limit: the largest of many draws comes close to the limit.
      expect(largest).toBeGreaterThan(0.8 * limit);
      expect(new Set(kernel.values).size).toBe(kernel.values.length);
    }
    // Biases are zero: every non-kernel entry.
    const kernelCount = kernelsOf(layout, values).reduce((sum, kernel) => sum + kernel.values.length, 0);
    expect(values.filter((value) => value === 0).length).toBe(values.length - kernelCount);
  });

  it('uses fan-in k·k·channels and fan-out k·k·filters for a convolution, and γ = 1 for batch norm', () => {
    const layout = networkLayout(
      withLayers([
        {
          kind: 'conv2d',
          filters: 6,
          kernelSize: 3,
          stride: 1,
          padding: 'valid',
          activation: 'relu',
          initializer: 'glorot',
        },
        { kind: 'batchNorm' },
        { kind: 'flatten' },
      ]),
      IMAGES,
    );
    const values = initialParameters(layout, 3);
    const [conv] = kernelsOf(layout, values);
    const limit = Math.sqrt(6 / (9 * 1 + 9 * 6));
    expect(Math.max(...(conv?.values ?? []).map(Math.abs))).toBeLessThanOrEqual(limit);
    // conv kernel 54, bias 6, then γ (6 ones) and β (6 zeros)
    expect([...values.subarray(60, 66)]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...values.subarray(66, 72)]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('gives the same weights for the same seed and different ones for another seed', () => {
    const layout = networkLayout(experiment, POINTS);
    expect(initialParameters(layout, 5)).toEqual(initialParameters(layout, 5));
    const other = initialParameters(layout, 6);
    const first = initialParameters(layout, 5);
    expect(first.filter((value, i) => value !== other[i]).length).toBeGreaterThan(20);
  });

  it('gives each weighted layer its own stream: adding dropout or widening the first layer leaves the last kernel unchanged', () => {
    const narrow = initialParameters(networkLayout(experiment, POINTS), 5);
    const wider = withLayers([
      { kind: 'dense', units: 6, activation: 'relu' },
      { kind: 'dropout', rate: 0.3 },
      ...experiment.model.hiddenLayers.slice(1),
    ]);
    const wide = initialParameters(networkLayout(wider, POINTS), 5);
    expect(wide.subarray(-4)).toEqual(narrow.subarray(-4));
    expect(wide.subarray(-4).some((value) => value !== 0)).toBe(true);
  });

  it('puts each layer’s own L1/L2 strengths, or the global ones, on its kernel entries only', () => {
    const layout = networkLayout(
      withLayers(
        [
          { kind: 'dense', units: 2, activation: 'relu', regularization: { l1: 0.5, l2: 0 } },
          { kind: 'dense', units: 2, activation: 'relu' },
        ],
        { training: { ...DEFAULT_EXPERIMENT.training, l1: 0, l2: 0.25 } },
      ),
      POINTS,
    );
    const { l1, l2 } = regularizationStrengths(layout);
    // kernel0 [2×2], bias0, kernel1 [2×2], bias1, kernel2 [2×1], bias2
    expect([...(l1 ?? [])]).toEqual([0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...(l2 ?? [])]).toEqual([0, 0, 0, 0, 0, 0, 0.25, 0.25, 0.25, 0.25, 0, 0, 0.25, 0.25, 0]);
  });
});

describe('forward pass', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('computes softmax(tanh(x·W1 + b1)·W2 + b2) from the flat vector', () => {
    const layout = networkLayout(
      withLayers([{ kind: 'dense', units: 1, activation: 'tanh' }], { loss: 'categoricalCrossentropy' }),
      POINTS,
    );
    // kernel0 [2×1], bias0 [1], kernel1 [1×2], bias1 [2]
    const params = [0.5, -1, 0.2, 2, -1, 0.1, 0.3];
    const output = tf.tidy(() =>
      networkOutput(
        layout,
        unpackParameters(layout, tf.tensor1d(params)),
        tf.tensor2d([[1, 2]]),
        null,
      ).h.dataSync(),
    );
    const hidden = Math.tanh(1 * 0.5 + 2 * -1 + 0.2);
    const logits = [hidden * 2 + 0.1, hidden * -1 + 0.3];
    const total = Math.exp(logits[0] as number) + Math.exp(logits[1] as number);
    expect(output[0]).toBeCloseTo(Math.exp(logits[0] as number) / total, 6);
    expect(output[1]).toBeCloseTo(Math.exp(logits[1] as number) / total, 6);
  });

  it('reads flat image rows as [height, width, channels] for a convolution, row-major', () => {
    const layout = networkLayout(
      withLayers(
        [
          { kind: 'conv2d', filters: 1, kernelSize: 2, stride: 2, padding: 'valid', activation: 'linear' },
          { kind: 'flatten' },
        ],
        { loss: 'meanSquaredError' },
      ),
      { numFeatures: 16, numClasses: 1, exampleShape: [4, 4, 1], task: 'regression' },
    );
    // A 2×2 kernel of ones sums each 2×2 block; the linear output weighs the four blocks 1, 10, 100, 1000.
    const params = new Float32Array(layout.parameterCount);
    params.set([1, 1, 1, 1], 0);
    params.set([1, 10, 100, 1000], 5);
    const image = Array.from({ length: 16 }, (_, i) => i);
    const output = tf.tidy(() =>
      networkOutput(
        layout,
        unpackParameters(layout, tf.tensor1d(params)),
        tf.tensor2d([image]),
        null,
      ).h.dataSync(),
    );
    const [topLeft, topRight, bottomLeft, bottomRight] = [
      0 + 1 + 4 + 5,
      2 + 3 + 6 + 7,
      8 + 9 + 12 + 13,
      10 + 11 + 14 + 15,
    ];
    expect(output[0]).toBe(topLeft + 10 * topRight + 100 * bottomLeft + 1000 * bottomRight);
  });
});
