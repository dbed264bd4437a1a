import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_PARAMS,
  expectClose,
  expectMatches,
  OPTIMIZER_IDS,
  RULE_CASES,
} from '../../../test/oracles/optimizerCases';
import { A, B, runBoth, variableOf } from '../../../test/oracles/optimizerReferences';
import { createOptimizer } from './optimizers';

describe('optimizers match float64 references of Keras 3 update rules', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(RULE_CASES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    expectMatches('tfjs', rule.id, rule.params, rule.relative);
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

  it.each(OPTIMIZER_IDS)('%s keeps its slot state across a learning-rate change', (id) => {
    const changes = { 5: { learningRate: (BASE_PARAMS[id].learningRate as number) * 0.3 } };
    expectMatches('tfjs', id, BASE_PARAMS[id], 1e-4, { changes });
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
