import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  B,
  type Extras,
  type Params,
  runBoth,
  variableOf,
  W0,
} from '../../../test/oracles/optimizerReferences';
import type { OptimizerId } from '../../core/experiment/experiment';
import { createOptimizer } from './optimizers';

function expectClose(actual: number[], expected: number[], relative: number) {
  actual.forEach((value, i) => {
    const target = expected[i] as number;
    expect(Math.abs(value - target)).toBeLessThanOrEqual(relative * Math.max(Math.abs(target), 1e-2));
  });
}

function expectMatches(id: OptimizerId, params: Params, relative = 1e-5, steps = 8, extras: Extras = {}) {
  const history = runBoth(id, params, steps, {}, extras);
  for (const { actual, expected } of history) expectClose(actual, expected, relative);
  // Weights must really move, or the comparison proves nothing.
  const last = history.at(-1) as { expected: number[] };
  expect(Math.max(...last.expected.map((value, i) => Math.abs(value - (W0[i] as number))))).toBeGreaterThan(
    1e-2,
  );
}

describe('optimizers match float64 references of Keras 3 update rules', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('SGD: plain, momentum and Nesterov', () => {
    expectMatches('sgd', { learningRate: 0.1, momentum: 0, nesterov: false });
    expectMatches('sgd', { learningRate: 0.1, momentum: 0.9, nesterov: false });
    expectMatches('sgd', { learningRate: 0.1, momentum: 0.9, nesterov: true });
  });

  it('RMSprop: plain, centered and with momentum, epsilon inside the root', () => {
    const base = { learningRate: 0.05, rho: 0.9, momentum: 0, epsilon: 0.01, centered: false };
    expectMatches('rmsprop', base);
    expectMatches('rmsprop', { ...base, centered: true }, 1e-4);
    expectMatches('rmsprop', { ...base, momentum: 0.5 });
    expectMatches('rmsprop', { ...base, momentum: 0.5, centered: true, epsilon: 1e-7 }, 1e-4);
  });

  it('Adagrad with its initial accumulator', () => {
    expectMatches('adagrad', { learningRate: 0.1, initialAccumulatorValue: 0.1, epsilon: 0.01 });
    expectMatches('adagrad', { learningRate: 0.1, initialAccumulatorValue: 1, epsilon: 1e-7 });
  });

  it('Adadelta', () => {
    expectMatches('adadelta', { learningRate: 1, rho: 0.95, epsilon: 1e-3 }, 1e-4);
    expectMatches('adadelta', { learningRate: 1, rho: 0.5, epsilon: 1e-2 }, 1e-4);
  });

  it('Adam with dividing bias corrections and epsilon hat', () => {
    expectMatches('adam', { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
    expectMatches('adam', { learningRate: 0.1, beta1: 0.8, beta2: 0.99, epsilon: 0.05 });
  });

  it('Adamax', () => {
    expectMatches('adamax', { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
    expectMatches('adamax', { learningRate: 0.1, beta1: 0.7, beta2: 0.9, epsilon: 0.05 });
  });

  it('fills missing hyper-parameters with the registry defaults', () => {
    const history = runBoth('adam', { learningRate: 0.1 }, 3);
    const reference = runBoth('adam', { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, 3);
    expect(history.at(-1)?.actual).toEqual(reference.at(-1)?.actual);
  });

  it('rejects a hyper-parameter of the wrong type', () => {
    expect(() => createOptimizer({ id: 'sgd', params: { learningRate: Number.NaN } })).toThrow(
      /learningRate must be a number/,
    );
    expect(() => createOptimizer({ id: 'sgd', params: { nesterov: 1 } })).toThrow(
      /nesterov must be a boolean/,
    );
  });
});

describe('live hyper-parameter changes', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('a new SGD learning rate takes effect at the very next step', () => {
    const history = runBoth('sgd', { learningRate: 0.1, momentum: 0 }, 4, { 3: { learningRate: 0.01 } });
    for (const { actual, expected } of history) expectClose(actual, expected, 1e-5);
    const before = history[1]?.actual as number[];
    const after = history[2]?.actual as number[];
    // Step 3 moved by exactly lr·g with the new rate.
    after.forEach((value, i) => {
      const gradient = (A[i] as number) * (before[i] as number) - (B[i] as number);
      expect(value).toBeCloseTo((before[i] as number) - 0.01 * gradient, 6);
    });
  });

  it.each([
    ['adam', { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }],
    ['rmsprop', { learningRate: 0.05, rho: 0.9, momentum: 0.5, epsilon: 1e-7, centered: false }],
    ['sgd', { learningRate: 0.1, momentum: 0.9, nesterov: true }],
    ['adagrad', { learningRate: 0.1, initialAccumulatorValue: 0.1, epsilon: 1e-7 }],
    ['adadelta', { learningRate: 1, rho: 0.95, epsilon: 1e-3 }],
    ['adamax', { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }],
  ] as const)('%s keeps its slot state across a learning-rate change', (id, params) => {
    const history = runBoth(id, params, 8, { 5: { learningRate: (params.learningRate as number) * 0.3 } });
    for (const { actual, expected } of history) expectClose(actual, expected, 1e-4);
  });

  it('switching momentum off and on again restarts the velocity from zero', () => {
    const optimizer = createOptimizer({ id: 'sgd', params: { learningRate: 1, momentum: 0.9 } });
    const w = variableOf(tf.tensor1d([0]));
    const g = tf.tensor1d([1]);
    optimizer.applyGradients([w], [g]); // v = −1, w = −1
    optimizer.setParams({ momentum: 0 });
    optimizer.setParams({ momentum: 0.5 });
    optimizer.applyGradients([w], [g]); // v = 0.5·0 − 1 = −1, w = −2
    expect(w.dataSync()[0]).toBe(-2);
    optimizer.dispose();
    tf.dispose([w, g]);
  });
});

describe('optimizer tensor hygiene', () => {
  it('frees slots and constants on dispose', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    runBoth('rmsprop', { learningRate: 0.05, rho: 0.9, momentum: 0.5, epsilon: 1e-7, centered: true }, 5);
    runBoth('adam', { learningRate: 0.1 }, 5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
