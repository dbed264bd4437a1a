/** Commands that arrive while the loop is busy wait in the inbox, on fake trainers. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import { EXPERIMENT, stopLastScheduler, until } from '../../../test/kits/schedulerTestKit';

describe('the inbox', () => {
  afterEach(stopLastScheduler);

  it('queues commands that arrive while a data set loads and handles them in order afterwards', async () => {
    let finishLoading: () => void = () => {};
    const loaded = new Promise<void>((resolve) => {
      finishLoading = resolve;
    });
    let isLoading = false;
    const { send, waitFor, events } = startFakeScheduler(async () => {
      isLoading = true;
      await loaded;
      return {};
    });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    // Both need the run: handled before it exists, they would fail; out of order, the loss would move.
    send({ type: 'updateOptimizer', runId: 'a', optimizer: { id: 'sgd', params: { learningRate: 0 } } });
    send({ type: 'step', runId: 'a' });
    await until(() => isLoading, 'the load to start');
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([]);
    finishLoading();
    expect((await waitFor('runPaused')).epoch).toBe(1);
    expect(events[0]?.type).toBe('runLoaded');
    expect(events.filter((event) => event.type === 'runFailed')).toEqual([]);
    const losses = events.flatMap((event) =>
      event.type === 'epochsEnded' ? [...event.metrics.trainLoss] : [],
    );
    expect(losses).toHaveLength(2);
    expect(losses[1]).toBe(losses[0]);
  });

  it('wakes a loop with nothing to train when a command arrives, and lets stop end it', async () => {
    const { send, waitFor, stop } = startFakeScheduler();
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('runLoaded');
    await stop();
  });
});
