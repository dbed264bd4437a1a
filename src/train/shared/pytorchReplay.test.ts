import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import replay from '../../../test/fixtures/pytorchOptimizerReplay.json';
import { OPTIMIZER_IDS, SCHEDULES } from '../../../test/oracles/optimizerCases';
import { type OptimizerEngine, type Params, runBoth } from '../../../test/oracles/optimizerReferences';
import type { OptimizerId, ScheduleConfig } from '../../core/experiment/experiment';

/** One case the PyTorch replay stepped (scripts/pytorchOptimizerReplay.py) and its weights after each step. */
interface ReplayCase {
  readonly id: OptimizerId;
  readonly params: Params;
  readonly steps: number;
  readonly changes?: Record<string, Params>;
  readonly schedule?: ScheduleConfig;
  readonly stepsPerEpoch?: number;
  readonly clipNorm?: number;
  readonly weights: Readonly<Record<OptimizerEngine, readonly (readonly number[])[]>>;
}

const CASES = replay.cases as readonly ReplayCase[];
/** Each engine agrees with its replay to this, relative to max(|w|, 0.01): last measured, exactly. */
const TOLERANCE = 2e-7;

/** Largest relative difference over every step between `engine` and the replay of one case. */
function largestDifference(engine: OptimizerEngine, replayed: ReplayCase): number {
  const changes = Object.fromEntries(Object.entries(replayed.changes ?? {}).map(([k, v]) => [Number(k), v]));
  const extras = {
    ...(replayed.schedule ? { schedule: replayed.schedule } : {}),
    ...(replayed.clipNorm === undefined ? {} : { clipNorm: replayed.clipNorm }),
    ...(replayed.stepsPerEpoch === undefined ? {} : { stepsPerEpoch: replayed.stepsPerEpoch }),
  };
  const history = runBoth(replayed.id, replayed.params, replayed.steps, changes, extras, engine);
  expect(history).toHaveLength(replayed.weights[engine].length);
  let largest = 0;
  history.forEach(({ actual }, step) => {
    const expected = replayed.weights[engine][step] as readonly number[];
    expect(actual).toHaveLength(expected.length);
    actual.forEach((value, i) => {
      const target = expected[i] as number;
      largest = Math.max(largest, Math.abs(value - target) / Math.max(Math.abs(target), 1e-2));
    });
  });
  return largest;
}

describe('an independent PyTorch replay of the update rules', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('covers every optimizer, every schedule, clipping and live changes', () => {
    expect(new Set(CASES.map((c) => c.id))).toEqual(new Set(OPTIMIZER_IDS));
    const scheduled = new Set(CASES.flatMap((c) => (c.schedule ? [c.schedule.id] : [])));
    expect(scheduled).toEqual(new Set(SCHEDULES.map((s) => s.id).filter((id) => id !== 'constant')));
    expect(
      CASES.filter((c) => c.clipNorm !== undefined)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...OPTIMIZER_IDS].sort());
    expect(
      CASES.filter((c) => c.changes)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...OPTIMIZER_IDS].sort());
  });

  it.each(['tfjs', 'js'] as const)('agrees with the %s engine to 2e-7 at every step', (engine) => {
    for (const replayed of CASES) {
      const label = `${replayed.id} ${JSON.stringify(replayed.params)} ${replayed.schedule?.id ?? ''}`;
      expect(largestDifference(engine, replayed), label).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});
