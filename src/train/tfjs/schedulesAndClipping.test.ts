import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PARAMS, expectMatches, OPTIMIZER_IDS, SCHEDULES } from '../../../test/oracles/optimizerCases';
import { A, B, runBoth, variableOf, W0 } from '../../../test/oracles/optimizerReferences';
import type { ScheduleConfig } from '../../core/experiment/experiment';
import { scheduledLearningRate } from '../../core/registries/schedules';
import { createOptimizer } from './optimizers';

describe('learning-rate schedules match Keras’s formulas, counted in epochs', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(SCHEDULES.map((schedule) => [schedule.id, schedule] as const))(
    '%s with every optimizer, at the rate the optimizer reports',
    (_id, schedule) => {
      for (const id of OPTIMIZER_IDS) {
        expectMatches('tfjs', id, BASE_PARAMS[id], 1e-4, {
          steps: 16,
          extras: { schedule, stepsPerEpoch: 3 },
        });
      }
    },
  );

  it('decays as published: steps, smoothly, and along half a cosine down to its floor', () => {
    const rates = (schedule: ScheduleConfig) =>
      runBoth('sgd', { learningRate: 0.1, momentum: 0 }, 16, {}, { schedule, stepsPerEpoch: 3 }).map(
        (entry) => entry.learningRate,
      );
    const [constant, step, exponential, cosine] = SCHEDULES.map(rates);
    expect(new Set(constant)).toEqual(new Set([0.1]));
    // Step decay: 6 steps (2 epochs of 3) at each rate, halving.
    expect(step?.slice(0, 13)).toEqual([...Array(6).fill(0.1), ...Array(6).fill(0.05), 0.025]);
    // Exponential decay: multiplied by 0.3 over every 6 steps, a little at each step.
    expect(exponential?.[6]).toBeCloseTo(0.03, 12);
    expect(exponential?.[3]).toBeCloseTo(0.1 * Math.sqrt(0.3), 12);
    // Cosine: from 0.1 to the floor α·η = 0.01 over 9 steps, then flat.
    expect(cosine?.[0]).toBeCloseTo(0.1, 12);
    expect(cosine?.[9]).toBeCloseTo(0.01, 12);
    expect(cosine?.[15]).toBeCloseTo(0.01, 12);
    expect(
      scheduledLearningRate({ id: 'cosineDecay', params: { decayEpochs: 1, alpha: 0 } }, 1, 5, 10),
    ).toBeCloseTo(0.5, 12);
  });
});

describe('gradient clipping by global norm', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('scales the gradients of all variables together to the norm, with every optimizer', () => {
    for (const id of OPTIMIZER_IDS) {
      expectMatches('tfjs', id, BASE_PARAMS[id], 1e-4, { steps: 10, extras: { clipNorm: 0.5 } });
    }
  });

  it('changes the step when the gradient is longer than the norm, and only then', () => {
    // The first gradient's norm is about 3.5: clipped at 1, untouched at 10.
    const sgd = { learningRate: 0.1, momentum: 0 };
    const plain = runBoth('sgd', sgd, 1)[0]?.actual ?? [];
    const loose = runBoth('sgd', sgd, 1, {}, { clipNorm: 10 })[0]?.actual ?? [];
    const tight = runBoth('sgd', sgd, 1, {}, { clipNorm: 1 })[0]?.actual ?? [];
    expect(loose).toEqual(plain);
    const firstGradient = W0.map((w, i) => (A[i] as number) * Math.fround(w) - (B[i] as number));
    const norm = Math.sqrt(firstGradient.reduce((sum, g) => sum + g * g, 0));
    expect(norm).toBeGreaterThan(1);
    tight.forEach((value, i) => {
      const step = (Math.fround(W0[i] as number) - value) / 0.1;
      expect(step).toBeCloseTo((firstGradient[i] as number) / norm, 5);
    });
  });

  it('takes a new schedule and norm live, keeping the step count', () => {
    const optimizer = createOptimizer({ id: 'sgd', params: { learningRate: 1, momentum: 0 } }, 2);
    const w = variableOf(tf.tensor1d([0]));
    const g = tf.tensor1d([4]);
    optimizer.applyGradients([w], [g]); // w = −4
    optimizer.setScheduleAndClipping({ id: 'stepDecay', params: { decayEpochs: 1, decayRate: 0.5 } }, 1);
    // One step done of 2 per epoch: still the first decay period, rate 1; gradient clipped to 1.
    optimizer.applyGradients([w], [g]); // w = −5
    // Two steps done: rate 0.5.
    optimizer.applyGradients([w], [g]); // w = −5.5
    expect(w.dataSync()[0]).toBe(-5.5);
    optimizer.dispose();
    tf.dispose([w, g]);
  });
});
