import { describe, expect, it } from 'vitest';
import type { DenseLayerConfig, LayerConfig, OutputLayerSpec } from '../experiment/experiment';
import { MODEL_LIMITS } from '../registries/training';
import { summarizeModel } from './modelSummary';

const dense = (units: number): DenseLayerConfig => ({ kind: 'dense', units, activation: 'tanh' });
const conv = (
  filters: number,
  kernelSize = 3,
  padding: 'same' | 'valid' = 'same',
  stride = 1,
): LayerConfig => ({
  kind: 'conv2d',
  filters,
  kernelSize,
  stride,
  padding,
  activation: 'relu',
});
const sigmoidOutput: OutputLayerSpec = { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' };
const softmax10: OutputLayerSpec = { units: 10, activation: 'softmax', targetEncoding: 'oneHot' };

describe('summarizeModel: dense stacks', () => {
  it('counts 2-16-16-1 as 2·16+16 + 16·16+16 + 16+1 = 337', () => {
    expect(summarizeModel([2], [dense(16), dense(16)], sigmoidOutput).trainableCount).toBe(337);
  });

  it('counts a network without hidden layers as logistic regression: 2 weights and a bias', () => {
    const summary = summarizeModel([2], [], sigmoidOutput);
    expect(summary.trainableCount).toBe(3);
    expect(summary.layers).toEqual([
      {
        role: 'output',
        index: 0,
        kind: 'dense',
        inputShape: [2],
        outputShape: [1],
        flattensInput: false,
        trainableCount: 3,
        nonTrainableCount: 0,
        problem: null,
      },
    ]);
  });

  it('lists each layer with its shapes and counts', () => {
    const summary = summarizeModel([2], [dense(16), { kind: 'dropout', rate: 0.5 }, dense(8)], sigmoidOutput);
    expect(summary.layers.map((layer) => [layer.kind, layer.outputShape, layer.trainableCount])).toEqual([
      ['dense', [16], 48],
      ['dropout', [16], 0],
      ['dense', [8], 136],
      ['dense', [1], 9],
    ]);
    expect(summary.problems).toEqual([]);
    expect(summary.hasConvolution).toBe(false);
  });

  it('reads an image straight into a dense layer as one row (an implicit Flatten)', () => {
    const summary = summarizeModel([8, 8, 1], [dense(32)], softmax10);
    expect(summary.layers[0]).toMatchObject({
      inputShape: [8, 8, 1],
      outputShape: [32],
      flattensInput: true,
    });
    expect(summary.trainableCount).toBe(64 * 32 + 32 + 33 * 10);
  });
});

describe('summarizeModel: images', () => {
  it('computes valid and same padding, strides and pooling as Keras does', () => {
    const summary = summarizeModel(
      [28, 28, 1],
      [
        conv(6, 5, 'same'),
        { kind: 'maxPool2d', poolSize: 2 },
        conv(16, 5, 'valid'),
        { kind: 'avgPool2d', poolSize: 2 },
        conv(4, 3, 'same', 2),
        { kind: 'flatten' },
      ],
      softmax10,
    );
    expect(summary.layers.map((layer) => layer.outputShape)).toEqual([
      [28, 28, 6],
      [14, 14, 6],
      [10, 10, 16],
      [5, 5, 16],
      [3, 3, 4],
      [36],
      [10],
    ]);
    expect(summary.hasConvolution).toBe(true);
  });

  it('counts batch norm as 2 trainable and 2 running values per channel', () => {
    const summary = summarizeModel(
      [8, 8, 1],
      [conv(4), { kind: 'batchNorm' }, { kind: 'flatten' }],
      softmax10,
    );
    expect(summary.layers[1]).toMatchObject({ trainableCount: 8, nonTrainableCount: 8 });
    expect(summary.nonTrainableCount).toBe(8);
  });
});

describe('summarizeModel: stacks that cannot work, explained beside the layer', () => {
  const cases: [string, readonly number[], LayerConfig[], number | null, string][] = [
    [
      'a Conv2D on tabular data',
      [4],
      [conv(8)],
      0,
      'Conv2D needs image input [height, width, channels]; this data set gives rows of 4 features.',
    ],
    [
      'pooling after a dense layer',
      [8, 8, 1],
      [dense(16), { kind: 'maxPool2d', poolSize: 2 }],
      1,
      'MaxPooling2D needs image input [height, width, channels]; the layer before gives a row of 16 values.',
    ],
    [
      'a Dense straight after a Conv2D',
      [8, 8, 1],
      [conv(8), dense(16)],
      1,
      'Dense after Conv2D needs a Flatten first.',
    ],
    [
      'a Dense after pooling',
      [8, 8, 1],
      [conv(8), { kind: 'maxPool2d', poolSize: 2 }, { kind: 'dropout', rate: 0.2 }, dense(16)],
      3,
      'Dense after MaxPooling2D needs a Flatten first.',
    ],
    [
      'a Conv2D as the last layer',
      [8, 8, 1],
      [conv(8)],
      1,
      'The output layer is dense: add a Flatten after Conv2D first.',
    ],
    ['zero units', [2], [dense(0)], 0, '0 units: a Dense layer needs at least 1 unit.'],
    [
      'a kernel larger than the image',
      [8, 8, 1],
      [conv(4, 3, 'valid'), { kind: 'maxPool2d', poolSize: 2 }, conv(4, 5, 'valid'), { kind: 'flatten' }],
      2,
      "Conv2D's 5×5 kernel does not fit the 3×3 input: use padding 'same' or a smaller kernel.",
    ],
    [
      'a pool larger than the image',
      [8, 8, 1],
      [{ kind: 'maxPool2d', poolSize: 4 }, { kind: 'avgPool2d', poolSize: 4 }, { kind: 'flatten' }],
      1,
      "AveragePooling2D's 4×4 window does not fit the 2×2 input: remove it or use a smaller pool.",
    ],
  ];

  it.each(cases)('%s', (_name, input, layers, layerIndex, message) => {
    const summary = summarizeModel(input, layers, softmax10);
    expect(summary.problems).toEqual([{ layerIndex, message }]);
    const layer = summary.layers[layerIndex ?? 0];
    expect(layer?.problem).toBe(message);
    expect(layer?.outputShape).toBeNull();
    // Later layers are not checked: one mistake, one message.
    expect(summary.layers.slice((layerIndex ?? 0) + 1).every((later) => later.inputShape === null)).toBe(
      true,
    );
  });

  it('refuses more trainable parameters than a browser tab trains usefully', () => {
    const summary = summarizeModel([28, 28, 1], [conv(64, 3), { kind: 'flatten' }, dense(256)], softmax10);
    expect(summary.trainableCount).toBeGreaterThan(MODEL_LIMITS.maxParameters);
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]?.layerIndex).toBeNull();
    // conv 3·3·64 + 64 = 640, dense 28·28·64·256 + 256 = 12,845,312, output 257·10 = 2,570
    expect(summary.problems[0]?.message).toMatch(
      /^This model has 12,848,522 trainable parameters; at most 2,000,000/,
    );
  });
});
