import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputLayerSpec } from '../../core/experiment/experiment';
import {
  accuracy,
  binaryCrossentropy,
  binaryCrossentropyFromLogits,
  categoricalCrossentropy,
  categoricalCrossentropyFromLogits,
  encodeTargets,
  hinge,
  huber,
  l1Penalty,
  l2Penalty,
  meanAbsoluteError,
  meanLoss,
  meanSquaredError,
  PROBABILITY_EPSILON,
  squaredHinge,
  trainingLoss,
} from './losses';

// Keras clips in float32, so the bounds of the float64 references are the float32 ones.
const LOW = Math.fround(PROBABILITY_EPSILON);
const HIGH = Math.fround(1 - PROBABILITY_EPSILON);
const clip = (p: number) => Math.min(Math.max(p, LOW), HIGH);

/** Evaluates a per-example loss on row-major arrays. */
function lossOf(
  loss: (targets: tf.Tensor2D, outputs: tf.Tensor2D) => tf.Tensor1D,
  targets: number[][],
  outputs: number[][],
): number[] {
  return tf.tidy(() => Array.from(loss(tf.tensor2d(targets), tf.tensor2d(outputs)).dataSync()));
}

function expectCloseAll(actual: number[], expected: number[], relative = 1e-5) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    const target = expected[i] as number;
    expect(Number.isFinite(value)).toBe(true);
    // Near zero, float32 logarithms of numbers near 1 are only good to about 1e-7 absolute.
    expect(Math.abs(value - target)).toBeLessThanOrEqual(relative * Math.max(Math.abs(target), 1e-2));
  });
}

describe('losses against float64 hand computations', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('binary cross-entropy, finite at probabilities 0 and 1', () => {
    const targets = [[1], [0], [1], [0], [1], [0]];
    const outputs = [[0.8], [0.3], [0], [1], [1], [0]];
    const expected = targets.map(([y = 0], i) => {
      const p = clip(outputs[i]?.[0] as number);
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    });
    expectCloseAll(lossOf(binaryCrossentropy, targets, outputs), expected);
    // The saturated wrong answers cost about −log(1.2e-7), not infinity.
    expect(expected[2]).toBeCloseTo(-Math.log(LOW), 6);
    expect(expected[3]).toBeGreaterThan(15.9);
  });

  it('binary cross-entropy averages over output units', () => {
    const targets = [[1, 0, 0]];
    const outputs = [[0.6, 0.2, 0.9]];
    const expected = -(Math.log(0.6) + Math.log(0.8) + Math.log(1 - 0.9)) / 3;
    expectCloseAll(lossOf(binaryCrossentropy, targets, outputs), [expected]);
  });

  it('categorical cross-entropy, finite at probabilities 0 and 1', () => {
    const targets = [
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ];
    const outputs = [
      [0.2, 0.7, 0.1],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const expected = targets.map((row, i) =>
      row.reduce((sum, y, k) => sum - y * Math.log(clip(outputs[i]?.[k] as number)), 0),
    );
    expectCloseAll(lossOf(categoricalCrossentropy, targets, outputs), expected);
    expect(expected[1]).toBeCloseTo(-Math.log(LOW), 6);
  });

  it('mean squared error averages over output units', () => {
    const targets = [[1], [0], [0]];
    const outputs = [[0.25], [1], [0]];
    expectCloseAll(lossOf(meanSquaredError, targets, outputs), [0.5625, 1, 0]);
    expectCloseAll(lossOf(meanSquaredError, [[1, 0]], [[0.5, 0.25]]), [(0.25 + 0.0625) / 2]);
  });

  it('hinge against −1/+1 targets', () => {
    const targets = [[1], [-1], [1], [-1]];
    const outputs = [[0.3], [0.3], [2], [-1]];
    expectCloseAll(lossOf(hinge, targets, outputs), [0.7, 1.3, 0, 0]);
    expectCloseAll(lossOf(hinge, [[1, -1]], [[0.5, 0.5]]), [(0.5 + 1.5) / 2]);
  });

  it('mean absolute error averages |y − ŷ| over output units', () => {
    expectCloseAll(
      lossOf(meanAbsoluteError, [[1], [0], [0.5], [-2]], [[0.25], [1], [0.5], [1.5]]),
      [0.75, 1, 0, 3.5],
    );
    expectCloseAll(lossOf(meanAbsoluteError, [[1, 0]], [[0.5, -0.25]]), [(0.5 + 0.25) / 2]);
  });

  it('squared hinge squares the margin violation against −1/+1 targets', () => {
    const targets = [[1], [-1], [1], [-1], [1]];
    const outputs = [[0.3], [0.3], [2], [-1], [-0.5]];
    const expected = targets.map(([y = 0], i) => Math.max(0, 1 - y * (outputs[i]?.[0] as number)) ** 2);
    expectCloseAll(lossOf(squaredHinge, targets, outputs), expected);
    expect(expected[1]).toBeCloseTo(1.69, 12);
    expect(expected[4]).toBeCloseTo(2.25, 12);
  });

  it('Huber is quadratic within δ = 1 and linear beyond, continuous at the threshold', () => {
    const reference = (error: number) => (Math.abs(error) <= 1 ? 0.5 * error * error : Math.abs(error) - 0.5);
    const errors = [0, 0.3, -0.8, 1, -1, 1.5, -4, 12.25];
    const targets = errors.map((error) => [error + 0.5]);
    const outputs = errors.map(() => [0.5]);
    expectCloseAll(
      lossOf(huber, targets, outputs),
      errors.map((error) => reference(error)),
    );
    expectCloseAll(lossOf(huber, [[2, 0]], [[0, 0.5]]), [(1.5 + 0.125) / 2]);
  });

  it('cross-entropy from logits equals cross-entropy of the probabilities where nothing is clipped', () => {
    const logits = [[-2], [0.5], [3]];
    const targets = [[1], [0], [1]];
    const expected = targets.map(([y = 0], i) => {
      const p = 1 / (1 + Math.exp(-(logits[i]?.[0] as number)));
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    });
    expectCloseAll(lossOf(binaryCrossentropyFromLogits, targets, logits), expected);
    const softmaxLogits = [[1, 2, -1]];
    const total = Math.exp(1) + Math.exp(2) + Math.exp(-1);
    expectCloseAll(lossOf(categoricalCrossentropyFromLogits, [[0, 0, 1]], softmaxLogits), [
      -Math.log(Math.exp(-1) / total),
    ]);
  });

  it('cross-entropy from logits stays finite and exact far beyond the clip: a logit of −40 for class 1 costs 40', () => {
    expectCloseAll(lossOf(binaryCrossentropyFromLogits, [[1], [0]], [[-40], [40]]), [40, 40]);
    expectCloseAll(lossOf(categoricalCrossentropyFromLogits, [[1, 0]], [[-30, 30]]), [60]);
  });

  it('trains on logits for cross-entropy on its matching output, on the outputs otherwise', () => {
    const targets = tf.tensor2d([[1], [0]]);
    const logits = tf.tensor2d([[-40], [0.2]]);
    const outputs = tf.sigmoid(logits) as tf.Tensor2D;
    const fromLogits = tf.tidy(
      () => trainingLoss('binaryCrossentropy', 'sigmoid', targets, logits, outputs).dataSync()[0],
    );
    const clipped = tf.tidy(() => meanLoss('binaryCrossentropy', targets, outputs).dataSync()[0]);
    const p = 1 / (1 + Math.exp(-0.2));
    expect(fromLogits).toBeCloseTo((40 - Math.log(1 - p)) / 2, 4);
    // The clipped loss caps the saturated example at −log(1e-7) ≈ 16.1.
    expect(clipped).toBeCloseTo((-Math.log(LOW) - Math.log(1 - p)) / 2, 4);
    const mse = tf.tidy(
      () => trainingLoss('meanSquaredError', 'sigmoid', targets, logits, outputs).dataSync()[0],
    );
    expect(mse).toBeCloseTo(((1 - 1 / (1 + Math.exp(40))) ** 2 + p ** 2) / 2, 6);
    tf.dispose([targets, logits, outputs]);
  });

  it('meanLoss is the batch mean of the per-example loss', () => {
    const value = tf.tidy(() =>
      meanLoss(
        'hinge',
        tf.tensor2d([[1], [-1], [1], [-1]]),
        tf.tensor2d([[0.3], [0.3], [2], [-1]]),
      ).dataSync(),
    );
    expect(value[0]).toBeCloseTo((0.7 + 1.3) / 4, 6);
  });
});

describe('accuracy', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const accuracyOf = (output: OutputLayerSpec, outputs: number[][], labels: number[]) =>
    tf.tidy(() => accuracy(output, tf.tensor2d(outputs), tf.tensor1d(labels)).dataSync()[0]);

  it('thresholds one sigmoid unit at 0.5 (0.5 itself is class 0)', () => {
    const output: OutputLayerSpec = { units: 1, activation: 'sigmoid', targetEncoding: 'binary01' };
    expect(accuracyOf(output, [[0.9], [0.5], [0.51], [0.1]], [1, 0, 1, 1])).toBeCloseTo(0.75, 6);
  });

  it('thresholds one linear unit at 0', () => {
    const output: OutputLayerSpec = { units: 1, activation: 'linear', targetEncoding: 'signedBinary' };
    expect(accuracyOf(output, [[0.2], [-0.3], [0.4], [-2]], [1, 0, 0, 0])).toBeCloseTo(0.75, 6);
  });

  it('takes the argmax of several units', () => {
    const output: OutputLayerSpec = { units: 3, activation: 'softmax', targetEncoding: 'oneHot' };
    const outputs = [
      [0.1, 0.7, 0.2],
      [0.5, 0.3, 0.2],
      [0.2, 0.2, 0.6],
    ];
    expect(accuracyOf(output, outputs, [1, 1, 2])).toBeCloseTo(2 / 3, 6);
  });
});

describe('L2 penalty and target encodings', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('L1 is l1 · Σ |w| over the kernels given', () => {
    const value = tf.tidy(() =>
      l1Penalty([tf.tensor2d([[1, -2]]), tf.tensor2d([[0.5], [-3]])], 0.01).dataSync(),
    );
    expect(value[0]).toBeCloseTo(0.01 * (1 + 2 + 0.5 + 3), 7);
  });

  it('is l2 · Σ w² over the kernels given', () => {
    const value = tf.tidy(() =>
      l2Penalty([tf.tensor2d([[1, -2]]), tf.tensor2d([[0.5], [3]])], 0.01).dataSync(),
    );
    expect(value[0]).toBeCloseTo(0.01 * (1 + 4 + 0.25 + 9), 7);
  });

  it('encodes labels for every target encoding', () => {
    const labels = Uint8Array.from([0, 1, 1]);
    expect([...encodeTargets('binary01', labels, 2)]).toEqual([0, 1, 1]);
    expect([...encodeTargets('signedBinary', labels, 2)]).toEqual([-1, 1, 1]);
    expect([...encodeTargets('oneHot', labels, 2)]).toEqual([1, 0, 0, 1, 0, 1]);
    expect([...encodeTargets('signedOneHot', Uint8Array.from([2, 0]), 3)]).toEqual([-1, -1, 1, 1, -1, -1]);
    expect([...encodeTargets('real', Uint8Array.from([0, 0]), 1, Float32Array.from([0.5, -2]))]).toEqual([
      0.5, -2,
    ]);
    expect(() => encodeTargets('real', labels, 1)).toThrow(/needs its targets/);
  });
});
