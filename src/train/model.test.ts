import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../core/defaults';
import type { Experiment } from '../core/experiment';
import { parameterCount } from '../core/modelSummary';
import { outputLayerFor } from '../core/registries/losses';
import { initialParameters, kernelMask, networkLayout, predict } from './model';

const experiment: Experiment = {
  ...DEFAULT_EXPERIMENT,
  model: {
    hiddenLayers: [
      { kind: 'dense', units: 5, activation: 'relu' },
      { kind: 'dense', units: 3, activation: 'tanh' },
    ],
  },
};

describe('network layout and initial weights', () => {
  it('counts parameters as the Model panel does', () => {
    for (const loss of ['binaryCrossentropy', 'categoricalCrossentropy', 'hinge'] as const) {
      const layout = networkLayout({ ...experiment, loss }, 2, 3);
      expect(layout.parameterCount).toBe(
        parameterCount(2, experiment.model.hiddenLayers, outputLayerFor(3, loss)),
      );
    }
    // 2-5-3-1: (2·5 + 5) + (5·3 + 3) + (3·1 + 1)
    expect(networkLayout(experiment, 2, 2).parameterCount).toBe(37);
  });

  it('draws Glorot-uniform kernels and zero biases', () => {
    const layout = networkLayout(experiment, 2, 2);
    const values = initialParameters(layout, 11);
    let offset = 0;
    for (const layer of layout.layers) {
      const limit = Math.sqrt(6 / (layer.inputSize + layer.units));
      const kernel = values.subarray(offset, offset + layer.inputSize * layer.units);
      expect(Math.max(...kernel.map(Math.abs))).toBeLessThanOrEqual(limit);
      expect(new Set(kernel).size).toBe(kernel.length);
      offset += kernel.length;
      expect([...values.subarray(offset, offset + layer.units)]).toEqual(new Array(layer.units).fill(0));
      offset += layer.units;
    }
    expect([...kernelMask(layout)].filter((flag) => flag === 1)).toHaveLength(2 * 5 + 5 * 3 + 3);
  });

  it('gives the same weights for the same seed and different ones for another seed', () => {
    const layout = networkLayout(experiment, 2, 2);
    expect(initialParameters(layout, 5)).toEqual(initialParameters(layout, 5));
    const other = initialParameters(layout, 6);
    const first = initialParameters(layout, 5);
    expect(first.filter((value, i) => value !== other[i]).length).toBeGreaterThan(20);
  });

  it('gives each layer its own stream: a wider first layer leaves the last layer unchanged', () => {
    const wider: Experiment = {
      ...experiment,
      model: {
        hiddenLayers: [
          { kind: 'dense', units: 6, activation: 'relu' },
          ...experiment.model.hiddenLayers.slice(1),
        ],
      },
    };
    const narrow = initialParameters(networkLayout(experiment, 2, 2), 5);
    const wide = initialParameters(networkLayout(wider, 2, 2), 5);
    expect(wide.subarray(-4)).toEqual(narrow.subarray(-4));
    expect(wide.subarray(-4).some((value) => value !== 0)).toBe(true);
  });
});

describe('forward pass', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('computes softmax(tanh(x·W1 + b1)·W2 + b2) from the flat vector', () => {
    const layout = networkLayout(
      {
        ...experiment,
        loss: 'categoricalCrossentropy',
        model: { hiddenLayers: [{ kind: 'dense', units: 1, activation: 'tanh' }] },
      },
      2,
      2,
    );
    // kernel0 [2×1], bias0 [1], kernel1 [1×2], bias1 [2]
    const params = [0.5, -1, 0.2, 2, -1, 0.1, 0.3];
    const output = tf.tidy(() => predict(layout, tf.tensor1d(params), tf.tensor2d([[1, 2]])).dataSync());
    const hidden = Math.tanh(1 * 0.5 + 2 * -1 + 0.2);
    const logits = [hidden * 2 + 0.1, hidden * -1 + 0.3];
    const total = Math.exp(logits[0] as number) + Math.exp(logits[1] as number);
    expect(output[0]).toBeCloseTo(Math.exp(logits[0] as number) / total, 6);
    expect(output[1]).toBeCloseTo(Math.exp(logits[1] as number) / total, 6);
  });
});
