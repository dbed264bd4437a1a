import { describe, expect, it } from 'vitest';
import { setupStore } from '../../test/kits/storeTestKit';
import { DEFAULT_LEARNING_RATE_RANGE, rateAt } from '../core/run/learningRateRange';
import { selectRun } from './runSelectors';

/** The classic range-test curve: flat, falling from 1e-3 to 1e-1, exploding above 1. */
const classic = (rate: number): number => {
  const decade = Math.log10(rate);
  return decade < -3
    ? 0.7
    : decade < -1
      ? 0.7 - 0.3 * (decade + 3)
      : decade < 0
        ? 0.1
        : 0.1 * 10 ** (3 * decade);
};

describe('the learning-rate slice', () => {
  it('sends the panels’ experiment with the range, takes the result for its own id only, and applies the suggestion', () => {
    const { store, sent, emit } = setupStore();
    const before = selectRun(store.getState());
    store.getState().findLearningRate();
    const command = sent.at(-1);
    if (command?.type !== 'findLearningRate') throw new Error('no range test sent');
    expect(command.range).toEqual(DEFAULT_LEARNING_RATE_RANGE);
    expect(command.experiment).toBe(store.getState().experiment);
    expect(store.getState().learningRateTest.status).toBe('running');
    // A second click while it runs sends nothing.
    store.getState().findLearningRate();
    expect(sent.filter((sentCommand) => sentCommand.type === 'findLearningRate')).toHaveLength(1);

    const rates = Float64Array.from({ length: 100 }, (_, i) => rateAt(DEFAULT_LEARNING_RATE_RANGE, i));
    const losses = Float64Array.from(rates, classic);
    emit({ type: 'learningRateRangeFound', runId: 'someone-else', rates, losses: losses.map(() => 0.7) });
    expect(store.getState().learningRateTest.status).toBe('running');
    emit({ type: 'learningRateRangeFound', runId: command.runId, rates, losses });
    const test = store.getState().learningRateTest;
    expect(test.status).toBe('done');
    expect(test.suggestion).toBeGreaterThan(1e-3);
    expect(test.suggestion).toBeLessThan(1e-1);
    // Three significant digits, so that the field shows what a person could type.
    expect(
      String(test.suggestion)
        .replace(/^0\.0*|e.*$/g, '')
        .replace('.', '').length,
    ).toBeLessThanOrEqual(3);

    store.getState().applySuggestedRate();
    expect(store.getState().experiment.optimizer.params.learningRate).toBe(test.suggestion);
    // The run in the panels was never loaded again by the test.
    expect(selectRun(store.getState()).runId).toBe(before.runId);
  });

  it('says why a test failed, and refuses a range it cannot test without asking the worker', () => {
    const { store, sent, emit } = setupStore();
    store.getState().findLearningRate();
    const command = sent.at(-1);
    if (command?.type !== 'findLearningRate') throw new Error('no range test sent');
    emit({ type: 'runFailed', runId: command.runId, message: { key: 'notebook.lr.badRange' } });
    expect(store.getState().learningRateTest).toMatchObject({ status: 'failed', suggestion: null });
    const count = sent.length;
    store.getState().setLearningRateRange({ minRate: 1, maxRate: 0.1, steps: 100 });
    store.getState().findLearningRate();
    expect(sent).toHaveLength(count);
    expect(store.getState().learningRateTest.message).toEqual({ key: 'notebook.lr.badRange' });
  });
});
