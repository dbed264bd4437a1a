import { describe, expect, it } from 'vitest';
import type { DenseLayerConfig, OutputLayerSpec } from './experiment';
import { layerSummaries, parameterCount } from './modelSummary';

const dense = (units: number): DenseLayerConfig => ({ kind: 'dense', units, activation: 'tanh' });
const sigmoidOutput: OutputLayerSpec = { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' };
const softmaxOutput: OutputLayerSpec = { units: 2, activation: 'softmax', targetEncoding: 'oneHot' };

describe('parameterCount', () => {
  it('counts 2-16-16-1 as 2·16+16 + 16·16+16 + 16+1 = 337', () => {
    expect(parameterCount(2, [dense(16), dense(16)], sigmoidOutput)).toBe(337);
  });

  it('counts a network without hidden layers as logistic regression: 2 weights and a bias', () => {
    expect(parameterCount(2, [], sigmoidOutput)).toBe(3);
  });

  it('counts 2-8-4-2 with a softmax output: 24 + 36 + 10 = 70', () => {
    expect(parameterCount(2, [dense(8), dense(4)], softmaxOutput)).toBe(70);
  });
});

describe('layerSummaries', () => {
  it('lists each dense layer with its sizes and counts', () => {
    expect(layerSummaries(2, [dense(16), dense(8)], sigmoidOutput)).toEqual([
      {
        role: 'hidden',
        index: 0,
        activation: 'tanh',
        inputSize: 2,
        outputSize: 16,
        weightCount: 32,
        biasCount: 16,
        parameterCount: 48,
      },
      {
        role: 'hidden',
        index: 1,
        activation: 'tanh',
        inputSize: 16,
        outputSize: 8,
        weightCount: 128,
        biasCount: 8,
        parameterCount: 136,
      },
      {
        role: 'output',
        index: 2,
        activation: 'sigmoid',
        inputSize: 8,
        outputSize: 1,
        weightCount: 8,
        biasCount: 1,
        parameterCount: 9,
      },
    ]);
  });
});
