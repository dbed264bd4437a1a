/** The range test in the worker, on the JavaScript engine with the default experiment. */
import { describe, expect, it } from 'vitest';
import { buildSplitDataset } from '../../core/datasets/generate';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import { DEFAULT_LEARNING_RATE_RANGE, rateAt, suggestLearningRate } from '../../core/run/learningRateRange';
import { type FindLearningRateCommand, runLearningRateTest } from './learningRateTest';
import { RunFactory } from './runFactory';

const factory = () =>
  new RunFactory({
    loadDataset: ({ config }) => buildSplitDataset(config),
    loadTfjsEngine: () => Promise.reject(new Error('the default trains on the JavaScript engine')),
  });

const command = (range = DEFAULT_LEARNING_RATE_RANGE): FindLearningRateCommand => ({
  type: 'findLearningRate',
  runId: 'lr-1',
  experiment: DEFAULT_EXPERIMENT,
  backend: 'auto',
  range,
});

describe('the learning-rate range test in the worker', () => {
  it('takes one step per rate from 1e-6 up, and the default gets a suggestion between 1e-3 and 1', async () => {
    let yields = 0;
    const { rates, losses } = await runLearningRateTest(factory(), command(), async () => {
      yields++;
    });
    expect(rates.length).toBe(losses.length);
    expect(rates[0]).toBeCloseTo(1e-6, 12);
    for (const [index, rate] of rates.entries())
      expect(rate).toBeCloseTo(rateAt(DEFAULT_LEARNING_RATE_RANGE, index), 12);
    expect(rates.length).toBeLessThanOrEqual(DEFAULT_LEARNING_RATE_RANGE.steps);
    // The worker answers other messages between steps.
    expect(yields).toBeGreaterThanOrEqual(rates.length - 1);
    // At 1e-6 nothing moves yet: the first losses are the initial weights' loss.
    expect(Math.abs((losses[1] as number) - (losses[0] as number))).toBeLessThan(1e-3);
    const suggested = suggestLearningRate(Array.from(rates), Array.from(losses));
    expect(suggested).toBeGreaterThan(1e-3);
    expect(suggested).toBeLessThan(1);
  });

  it('is deterministic: the same experiment gives the same curve', async () => {
    const range = { minRate: 1e-4, maxRate: 1, steps: 20 };
    const first = await runLearningRateTest(factory(), command(range), async () => {});
    const second = await runLearningRateTest(factory(), command(range), async () => {});
    expect(Array.from(second.losses)).toEqual(Array.from(first.losses));
  });

  it('refuses a range it cannot test, in words', async () => {
    await expect(
      runLearningRateTest(factory(), command({ minRate: 1, maxRate: 0.1, steps: 100 }), async () => {}),
    ).rejects.toThrow();
  });
});
