/**
 * The optimizer reference tables both engines are held to (every optimizer at non-default settings,
 * live changes, schedules, clipping), and the checks that run them. For tests only.
 */
import { expect } from 'vitest';
import type { OptimizerId, ScheduleConfig } from '../../src/core/experiment/experiment';
import { type Extras, type OptimizerEngine, type Params, runBoth, W0 } from './optimizerReferences';

/** One update-rule case: an optimizer's settings and how close (relative) the app must stay. */
export interface RuleCase {
  readonly name: string;
  readonly id: OptimizerId;
  readonly params: Params;
  readonly relative: number;
}

const rmsprop = { learningRate: 0.05, rho: 0.9, momentum: 0, epsilon: 0.01, centered: false };

/** Every optimizer, each option on and off, at settings other than Keras's defaults. */
export const RULE_CASES: readonly RuleCase[] = [
  { name: 'SGD', id: 'sgd', params: { learningRate: 0.1, momentum: 0, nesterov: false }, relative: 1e-5 },
  { name: 'SGD, momentum', id: 'sgd', params: { learningRate: 0.1, momentum: 0.9 }, relative: 1e-5 },
  {
    name: 'SGD, Nesterov',
    id: 'sgd',
    params: { learningRate: 0.1, momentum: 0.9, nesterov: true },
    relative: 1e-5,
  },
  { name: 'RMSprop', id: 'rmsprop', params: rmsprop, relative: 1e-5 },
  { name: 'RMSprop, centered', id: 'rmsprop', params: { ...rmsprop, centered: true }, relative: 1e-4 },
  { name: 'RMSprop, momentum', id: 'rmsprop', params: { ...rmsprop, momentum: 0.5 }, relative: 1e-5 },
  {
    name: 'RMSprop, centered with momentum',
    id: 'rmsprop',
    params: { ...rmsprop, momentum: 0.5, centered: true, epsilon: 1e-7 },
    relative: 1e-4,
  },
  {
    name: 'Adagrad',
    id: 'adagrad',
    params: { learningRate: 0.1, initialAccumulatorValue: 0.1, epsilon: 0.01 },
    relative: 1e-5,
  },
  {
    name: 'Adagrad, accumulator 1',
    id: 'adagrad',
    params: { learningRate: 0.1, initialAccumulatorValue: 1, epsilon: 1e-7 },
    relative: 1e-5,
  },
  { name: 'Adadelta', id: 'adadelta', params: { learningRate: 1, rho: 0.95, epsilon: 1e-3 }, relative: 1e-4 },
  {
    name: 'Adadelta, rho 0.5',
    id: 'adadelta',
    params: { learningRate: 1, rho: 0.5, epsilon: 1e-2 },
    relative: 1e-4,
  },
  {
    name: 'Adam',
    id: 'adam',
    params: { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
    relative: 1e-5,
  },
  {
    name: 'Adam, other betas',
    id: 'adam',
    params: { learningRate: 0.1, beta1: 0.8, beta2: 0.99, epsilon: 0.05 },
    relative: 1e-5,
  },
  {
    name: 'Adamax',
    id: 'adamax',
    params: { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
    relative: 1e-5,
  },
  {
    name: 'Adamax, other betas',
    id: 'adamax',
    params: { learningRate: 0.1, beta1: 0.7, beta2: 0.9, epsilon: 0.05 },
    relative: 1e-5,
  },
];

/** One setting per optimizer, with its options on, for the schedule, clipping and live-change tables. */
export const BASE_PARAMS: Readonly<Record<OptimizerId, Params>> = {
  sgd: { learningRate: 0.1, momentum: 0.9, nesterov: true },
  rmsprop: { learningRate: 0.05, rho: 0.9, momentum: 0.5, epsilon: 1e-7, centered: false },
  adagrad: { learningRate: 0.1, initialAccumulatorValue: 0.1, epsilon: 1e-7 },
  adadelta: { learningRate: 1, rho: 0.95, epsilon: 1e-3 },
  adam: { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
  adamax: { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
};

/** Every optimizer's id. */
export const OPTIMIZER_IDS = Object.keys(BASE_PARAMS) as OptimizerId[];

/** Every schedule, decaying within the 16 steps the schedule table runs. */
export const SCHEDULES: readonly ScheduleConfig[] = [
  { id: 'constant', params: {} },
  { id: 'stepDecay', params: { decayEpochs: 2, decayRate: 0.5 } },
  { id: 'exponentialDecay', params: { decayEpochs: 2, decayRate: 0.3 } },
  { id: 'cosineDecay', params: { decayEpochs: 3, alpha: 0.1 } },
];

/** Each |actual − expected| is within `relative` of max(|expected|, 0.01). */
export function expectClose(actual: readonly number[], expected: readonly number[], relative: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    const target = expected[i] as number;
    expect(Math.abs(value - target)).toBeLessThanOrEqual(relative * Math.max(Math.abs(target), 1e-2));
  });
}

/**
 * Runs `engine`'s optimizer beside the reference: its weights stay within `relative` of the
 * reference's at every step, the rate it reports is the schedule's, and the weights really move.
 */
export function expectMatches(
  engine: OptimizerEngine,
  id: OptimizerId,
  params: Params,
  relative: number,
  {
    steps = 8,
    extras = {},
    changes = {},
  }: { steps?: number; extras?: Extras; changes?: Record<number, Params> } = {},
): void {
  const history = runBoth(id, params, steps, changes, extras, engine);
  for (const { actual, expected, learningRate, reportedLearningRate } of history) {
    expectClose(actual, expected, relative);
    expect(Math.abs(reportedLearningRate - learningRate)).toBeLessThanOrEqual(1e-12 * learningRate);
  }
  // Weights must really move, or the comparison proves nothing.
  const last = history.at(-1) as { expected: number[] };
  expect(Math.max(...last.expected.map((value, i) => Math.abs(value - (W0[i] as number))))).toBeGreaterThan(
    1e-2,
  );
}
