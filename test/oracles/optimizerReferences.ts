/**
 * Float64 references of Keras 3's optimizer update rules, schedules and global-norm clipping, and a
 * runner that steps either engine's optimizers (tfjs or plain JavaScript) beside them on a tiny
 * fixed problem. For tests only.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig, OptimizerId, ScheduleConfig } from '../../src/core/experiment/experiment';
import { createOptimizer as createJsOptimizer } from '../../src/train/js/optimizers';
import { createOptimizer } from '../../src/train/tfjs/optimizers';

/**
 * A tiny fixed problem: f(w) = Σ ½·a·w² − b·w over two variables (a 2×2 matrix and a 3-vector),
 * so g = a·w − b depends on where the optimizer has taken w. Each reference below is Keras 3's
 * update rule written out in float64.
 */
export const A = [0.5, 2, 1.5, 0.8, 3, 1.2, 0.4];
/** The problem's linear terms b. */
export const B = [0.3, -1, 0.7, 0.2, 0.1, -0.6, 1.1];
/** The starting weights. */
export const W0 = [1.2, -0.7, 0.4, 0.9, -1.1, 0.25, -0.5];
const SPLIT = 4;

/** Hyper-parameters by registry key. */
export type Params = Record<string, number | boolean>;

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
export function variableOf(initial: tf.Tensor): tf.Variable {
  const variable = tf.variable(initial);
  initial.dispose();
  return variable;
}

/** Extras of a run: a learning-rate schedule and gradient clipping, as the optimizer config carries them. */
export interface Extras {
  readonly schedule?: ScheduleConfig;
  readonly clipNorm?: number;
  readonly stepsPerEpoch?: number;
}

/**
 * The learning rate after `t` steps as Keras's schedules define it (ExponentialDecay with and
 * without staircase, CosineDecay), with decay_steps = decayEpochs × steps per epoch.
 */
export function kerasLearningRate(extras: Extras, learningRate: number, t: number): number {
  const { schedule } = extras;
  if (!schedule) return learningRate;
  const decaySteps = (schedule.params.decayEpochs as number) * (extras.stepsPerEpoch ?? 1);
  const rate = schedule.params.decayRate as number;
  switch (schedule.id) {
    case 'constant':
      return learningRate;
    case 'stepDecay':
      return learningRate * rate ** Math.floor(t / decaySteps);
    case 'exponentialDecay':
      return learningRate * rate ** (t / decaySteps);
    case 'cosineDecay': {
      const alpha = schedule.params.alpha as number;
      const decayed =
        (1 - alpha) * 0.5 * (1 + Math.cos((Math.PI * Math.min(t, decaySteps)) / decaySteps)) + alpha;
      return learningRate * decayed;
    }
  }
}

/** TensorFlow's clip_by_global_norm in float64: g·c/max(‖g‖, c) over all gradients together. */
export function clipped(g: number[], clipNorm: number | undefined): number[] {
  if (clipNorm === undefined) return g;
  const norm = Math.sqrt(g.reduce((sum, value) => sum + value * value, 0));
  return g.map((value) => (value * clipNorm) / Math.max(norm, clipNorm));
}

/** One step of a run: the app's weights, the reference's, and the learning rate each used. */
export interface RunStep {
  readonly actual: number[];
  readonly expected: number[];
  /** Keras's schedule at this step, in float64. */
  readonly learningRate: number;
  /** What the optimizer said it would use for this step. */
  readonly reportedLearningRate: number;
}

/** The engine whose optimizers a run steps. */
export type OptimizerEngine = 'tfjs' | 'js';

/** An app optimizer on the fixed problem's weights, whichever engine holds them. */
interface Stepper {
  readonly learningRate: () => number;
  /** One step from the gradient at the current weights; the weights after it. */
  readonly step: () => number[];
  readonly setParams: (params: Params) => void;
  readonly dispose: () => void;
}

/** The tfjs engine's optimizer on two variables (a 2×2 matrix and a vector), as a model has several. */
function tfjsStepper(config: OptimizerConfig, stepsPerEpoch: number): Stepper {
  const optimizer = createOptimizer(config, stepsPerEpoch);
  const variables = [
    variableOf(tf.tensor2d(W0.slice(0, SPLIT), [2, 2])),
    variableOf(tf.tensor1d(W0.slice(SPLIT))),
  ];
  const a = [tf.tensor2d(A.slice(0, SPLIT), [2, 2]), tf.tensor1d(A.slice(SPLIT))];
  const b = [tf.tensor2d(B.slice(0, SPLIT), [2, 2]), tf.tensor1d(B.slice(SPLIT))];
  return {
    learningRate: () => optimizer.currentLearningRate,
    step() {
      const gradients = tf.tidy(() =>
        variables.map((variable, k) => tf.sub(tf.mul(a[k] as tf.Tensor, variable), b[k] as tf.Tensor)),
      );
      optimizer.applyGradients(variables, gradients);
      tf.dispose(gradients);
      return variables.flatMap((variable) => [...variable.dataSync()]);
    },
    setParams: (params) => optimizer.setParams(params),
    dispose() {
      optimizer.dispose();
      tf.dispose([...variables, ...a, ...b]);
    },
  };
}

/** The plain-JavaScript engine's optimizer on one flat float32 vector, its gradient in float64. */
function jsStepper(config: OptimizerConfig, stepsPerEpoch: number): Stepper {
  const optimizer = createJsOptimizer(config, stepsPerEpoch, W0.length);
  const weights = Float32Array.from(W0);
  return {
    learningRate: () => optimizer.currentLearningRate,
    step() {
      const gradient = Float64Array.from(weights, (w, i) => (A[i] as number) * w - (B[i] as number));
      optimizer.applyGradients(weights, gradient);
      return [...weights];
    },
    setParams: (params) => optimizer.setParams(params),
    dispose: () => optimizer.dispose(),
  };
}

/**
 * Steps `engine`'s optimizer and the float64 reference side by side for `steps` steps;
 * `changes[k]` replaces hyper-parameters before step k.
 */
export function runBoth(
  id: OptimizerId,
  params: Params,
  steps: number,
  changes: Record<number, Params> = {},
  extras: Extras = {},
  engine: OptimizerEngine = 'tfjs',
): RunStep[] {
  const config: OptimizerConfig = {
    id,
    params,
    ...(extras.schedule ? { schedule: extras.schedule } : {}),
    ...(extras.clipNorm === undefined ? {} : { clipNorm: extras.clipNorm }),
  };
  const stepper = (engine === 'tfjs' ? tfjsStepper : jsStepper)(config, extras.stepsPerEpoch ?? 1);
  const reference = REFERENCES[id];
  const w = W0.map((value) => Math.fround(value));
  const slots = newSlots();
  let current = { ...params };
  const history: RunStep[] = [];
  for (let t = 1; t <= steps; t++) {
    const change = changes[t];
    if (change) {
      stepper.setParams(change);
      current = { ...current, ...change };
    }
    const reportedLearningRate = stepper.learningRate();
    const actual = stepper.step();
    // Keras passes `iterations` before the step to the schedule: t − 1 steps done.
    const learningRate = kerasLearningRate(extras, current.learningRate as number, t - 1);
    const g = clipped(
      w.map((wi, i) => (A[i] as number) * wi - (B[i] as number)),
      extras.clipNorm,
    );
    reference.step(w, g, slots, { ...current, learningRate }, t);
    history.push({ actual, expected: [...w], learningRate, reportedLearningRate });
  }
  stepper.dispose();
  return history;
}
