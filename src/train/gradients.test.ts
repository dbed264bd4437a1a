import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../core/defaults';
import type { ActivationId, Experiment, LossId } from '../core/experiment';
import { createRng } from '../core/rng';
import { ObjectiveGradient, trainingObjective } from './gradients';
import { encodeTargets } from './losses';
import { initialParameters, networkLayout } from './model';

function experimentWith(loss: LossId, activations: readonly ActivationId[], l2: number): Experiment {
  return {
    ...DEFAULT_EXPERIMENT,
    loss,
    model: {
      hiddenLayers: activations.map((activation, i) => ({ kind: 'dense', units: 3 + i, activation })),
    },
    training: { ...DEFAULT_EXPERIMENT.training, l2 },
  };
}

/** Max |manual − autodiff| and max |autodiff| of the objective's gradient on a random batch. */
function compare(loss: LossId, activations: readonly ActivationId[], numClasses: number, l2: number) {
  const layout = networkLayout(experimentWith(loss, activations, l2), 2, numClasses);
  const rng = createRng(7);
  const batchSize = 7;
  const labels = Uint8Array.from({ length: batchSize }, () => rng.nextInt(numClasses));
  // Random biases too, so that a wrong bias gradient cannot hide behind zeros.
  const values = initialParameters(layout, 3).map((value) => value + 0.3 * rng.normal());
  const gradient = new ObjectiveGradient(layout, loss, l2);
  const result = tf.tidy(() => {
    const params = tf.tensor1d(values);
    const x = tf.tensor2d(
      Float32Array.from({ length: batchSize * 2 }, () => rng.normal()),
      [batchSize, 2],
    );
    const targets = tf.tensor2d(encodeTargets(layout.output.targetEncoding, labels, numClasses), [
      batchSize,
      layout.output.units,
    ]);
    const manual = gradient.compute(params, x, targets).dataSync();
    const [reference] = tf.grads((p: tf.Tensor) =>
      trainingObjective(layout, loss, l2, p as tf.Tensor1D, x, targets),
    )([params]);
    const expected = (reference as tf.Tensor).dataSync();
    return {
      maxError: Math.max(...manual.map((value, i) => Math.abs(value - (expected[i] as number)))),
      scale: Math.max(...expected.map(Math.abs)),
      length: manual.length,
    };
  });
  gradient.dispose();
  expect(result.length).toBe(layout.parameterCount);
  return result;
}

describe('hand-written backpropagation equals tf.grads of the objective', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const cases: [LossId, readonly ActivationId[], number, number][] = [
    ['binaryCrossentropy', ['tanh', 'tanh'], 2, 0],
    ['binaryCrossentropy', ['relu', 'elu'], 2, 0.01],
    ['binaryCrossentropy', ['sigmoid', 'linear'], 3, 0],
    ['binaryCrossentropy', [], 2, 0.05],
    ['categoricalCrossentropy', ['tanh'], 2, 0],
    ['categoricalCrossentropy', ['relu', 'tanh'], 3, 0.01],
    ['meanSquaredError', ['tanh', 'relu'], 2, 0],
    ['meanSquaredError', ['elu'], 3, 0.01],
    ['hinge', ['tanh', 'sigmoid'], 2, 0],
    ['hinge', ['relu'], 3, 0.01],
  ];

  it.each(cases)('%s with hidden %j, %i classes, l2 %f', (loss, activations, numClasses, l2) => {
    const { maxError, scale } = compare(loss, activations, numClasses, l2);
    expect(scale).toBeGreaterThan(1e-3);
    expect(maxError).toBeLessThanOrEqual(1e-5 * Math.max(scale, 1));
  });

  it('frees every tensor it makes', () => {
    const before = tf.memory().numTensors;
    compare('hinge', ['relu'], 3, 0.01);
    expect(tf.memory().numTensors).toBe(before);
  });
});
