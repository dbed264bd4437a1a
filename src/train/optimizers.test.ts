import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptimizerConfig, OptimizerId } from '../core/experiment';
import { createOptimizer } from './optimizers';

/**
 * A tiny fixed problem: f(w) = Σ ½·a·w² − b·w over two variables (a 2×2 matrix and a 3-vector),
 * so g = a·w − b depends on where the optimizer has taken w. Each reference below is Keras 3's
 * update rule written out in float64.
 */
const A = [0.5, 2, 1.5, 0.8, 3, 1.2, 0.4];
const B = [0.3, -1, 0.7, 0.2, 0.1, -0.6, 1.1];
const W0 = [1.2, -0.7, 0.4, 0.9, -1.1, 0.25, -0.5];
const SPLIT = 4;

type Params = Record<string, number | boolean>;

/** Float64 slot state of the references: one array over all weights per slot kind. */
interface Slots {
  m: number[];
  v: number[];
  avg: number[];
  mom: number[];
  acc: number[];
  ag: number[];
  ad: number[];
  u: number[];
}

interface Reference {
  step(w: number[], g: number[], slots: Slots, p: Params, t: number): void;
}

const num = (p: Params, key: string) => p[key] as number;
const zeros = () => W0.map(() => 0);
const newSlots = (): Slots => ({
  m: zeros(),
  v: zeros(),
  avg: zeros(),
  mom: zeros(),
  acc: [],
  ag: zeros(),
  ad: zeros(),
  u: zeros(),
});

const REFERENCES: Record<OptimizerId, Reference> = {
  sgd: {
    step(w, g, s, p) {
      const lr = num(p, 'learningRate');
      const mu = num(p, 'momentum');
      w.forEach((_, i) => {
        const gi = g[i] as number;
        if (mu === 0) {
          w[i] = (w[i] as number) - lr * gi;
          return;
        }
        const m = mu * (s.m[i] as number) - lr * gi;
        s.m[i] = m;
        w[i] = (w[i] as number) + (p.nesterov ? mu * m - lr * gi : m);
      });
    },
  },
  rmsprop: {
    step(w, g, s, p) {
      const lr = num(p, 'learningRate');
      const rho = num(p, 'rho');
      const eps = num(p, 'epsilon');
      const mu = num(p, 'momentum');
      w.forEach((_, i) => {
        const gi = g[i] as number;
        const v = rho * (s.v[i] as number) + (1 - rho) * gi * gi;
        s.v[i] = v;
        let denominator = v + eps;
        if (p.centered) {
          const avg = rho * (s.avg[i] as number) + (1 - rho) * gi;
          s.avg[i] = avg;
          denominator = v - avg * avg + eps;
        }
        const increment = (lr * gi) / Math.sqrt(denominator);
        if (mu > 0) {
          s.mom[i] = mu * (s.mom[i] as number) + increment;
          w[i] = (w[i] as number) - (s.mom[i] as number);
        } else {
          w[i] = (w[i] as number) - increment;
        }
      });
    },
  },
  adagrad: {
    step(w, g, s, p) {
      if (s.acc.length === 0) s.acc = W0.map(() => num(p, 'initialAccumulatorValue'));
      w.forEach((_, i) => {
        const gi = g[i] as number;
        s.acc[i] = (s.acc[i] as number) + gi * gi;
        w[i] =
          (w[i] as number) -
          (num(p, 'learningRate') * gi) / Math.sqrt((s.acc[i] as number) + num(p, 'epsilon'));
      });
    },
  },
  adadelta: {
    step(w, g, s, p) {
      const rho = num(p, 'rho');
      const eps = num(p, 'epsilon');
      w.forEach((_, i) => {
        const gi = g[i] as number;
        s.ag[i] = rho * (s.ag[i] as number) + (1 - rho) * gi * gi;
        const delta = -(Math.sqrt((s.ad[i] as number) + eps) * gi) / Math.sqrt((s.ag[i] as number) + eps);
        s.ad[i] = rho * (s.ad[i] as number) + (1 - rho) * delta * delta;
        w[i] = (w[i] as number) + num(p, 'learningRate') * delta;
      });
    },
  },
  adam: {
    step(w, g, s, p, t) {
      const [b1, b2] = [num(p, 'beta1'), num(p, 'beta2')];
      const alpha = (num(p, 'learningRate') * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
      w.forEach((_, i) => {
        const gi = g[i] as number;
        s.m[i] = (s.m[i] as number) + (gi - (s.m[i] as number)) * (1 - b1);
        s.v[i] = (s.v[i] as number) + (gi * gi - (s.v[i] as number)) * (1 - b2);
        w[i] =
          (w[i] as number) - ((s.m[i] as number) * alpha) / (Math.sqrt(s.v[i] as number) + num(p, 'epsilon'));
      });
    },
  },
  adamax: {
    step(w, g, s, p, t) {
      const [b1, b2] = [num(p, 'beta1'), num(p, 'beta2')];
      w.forEach((_, i) => {
        const gi = g[i] as number;
        s.m[i] = (s.m[i] as number) + (gi - (s.m[i] as number)) * (1 - b1);
        s.u[i] = Math.max(b2 * (s.u[i] as number), Math.abs(gi));
        const denominator = (1 - b1 ** t) * ((s.u[i] as number) + num(p, 'epsilon'));
        w[i] = (w[i] as number) - (num(p, 'learningRate') * (s.m[i] as number)) / denominator;
      });
    },
  },
};

/** A variable holding `initial`'s values; `initial` is freed. */
function variableOf(initial: tf.Tensor): tf.Variable {
  const variable = tf.variable(initial);
  initial.dispose();
  return variable;
}

/** Runs both implementations; `schedule[k]` replaces hyper-parameters before step k. */
function runBoth(id: OptimizerId, params: Params, steps: number, schedule: Record<number, Params> = {}) {
  const optimizer = createOptimizer({ id, params } satisfies OptimizerConfig);
  const matrix = variableOf(tf.tensor2d(W0.slice(0, SPLIT), [2, 2]));
  const vector = variableOf(tf.tensor1d(W0.slice(SPLIT)));
  const a = [tf.tensor2d(A.slice(0, SPLIT), [2, 2]), tf.tensor1d(A.slice(SPLIT))];
  const b = [tf.tensor2d(B.slice(0, SPLIT), [2, 2]), tf.tensor1d(B.slice(SPLIT))];
  const reference = REFERENCES[id];
  const w = W0.map((value) => Math.fround(value));
  const slots = newSlots();
  let current = { ...params };
  const history: { actual: number[]; expected: number[] }[] = [];
  for (let t = 1; t <= steps; t++) {
    const change = schedule[t];
    if (change) {
      optimizer.setParams(change);
      current = { ...current, ...change };
    }
    const variables = [matrix, vector];
    const gradients = tf.tidy(() =>
      variables.map((variable, k) => tf.sub(tf.mul(a[k] as tf.Tensor, variable), b[k] as tf.Tensor)),
    );
    optimizer.applyGradients(variables, gradients);
    tf.dispose(gradients);
    reference.step(
      w,
      w.map((wi, i) => (A[i] as number) * wi - (B[i] as number)),
      slots,
      current,
      t,
    );
    history.push({ actual: [...matrix.dataSync(), ...vector.dataSync()], expected: [...w] });
  }
  optimizer.dispose();
  tf.dispose([matrix, vector, ...a, ...b]);
  return history;
}

function expectClose(actual: number[], expected: number[], relative: number) {
  actual.forEach((value, i) => {
    const target = expected[i] as number;
    expect(Math.abs(value - target)).toBeLessThanOrEqual(relative * Math.max(Math.abs(target), 1e-2));
  });
}

function expectMatches(id: OptimizerId, params: Params, relative = 1e-5, steps = 8) {
  const history = runBoth(id, params, steps);
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
      /Learning rate/,
    );
    expect(() => createOptimizer({ id: 'sgd', params: { nesterov: 1 } })).toThrow(/Nesterov/);
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
