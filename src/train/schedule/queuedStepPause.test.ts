/** A Pause while a queued (WebGL-style) step is in flight, on fake trainers that hold that step. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import { EXPERIMENT, stopLastScheduler, until } from '../../../test/kits/schedulerTestKit';

/** A scheduler whose run 'a' is training and waiting for a queued step that the test holds. */
async function withStepInFlight() {
  const fake = startFakeScheduler(() => ({ queuesWork: true }));
  fake.send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
  await fake.waitFor('boundaryComputed');
  const trainer = fake.runs.latest();
  trainer.holdQueuedWork();
  fake.send({ type: 'train', runId: 'a' });
  await until(() => trainer.isWaitingForQueuedWork, 'the queued step');
  return { ...fake, trainer };
}

describe('a Pause while a queued step is in flight', () => {
  afterEach(stopLastScheduler);

  it('is answered at once, and what the step changed is sent when it lands', async () => {
    const { send, waitFor, ofType, epochs, trainer } = await withStepInFlight();

    // The step is still in flight, yet the run is paused, after that step (the epoch it completes).
    send({ type: 'pause', runId: 'a' });
    expect(ofType('runPaused').map((event) => event.epoch)).toEqual([1]);
    const boundariesBefore = ofType('boundaryComputed').length;

    // Once it lands, its metrics and boundary follow, and nothing trains further.
    trainer.releaseQueuedWork();
    await waitFor('boundaryComputed', 'a', boundariesBefore + 1);
    expect(epochs()).toEqual([0, 1]);
    // A command for another run, handled after everything before it.
    send({ type: 'pause', runId: 'missing' });
    await waitFor('runFailed', 'missing');
    expect(epochs()).toEqual([0, 1]);
    expect(trainer.epoch).toBe(1);
    expect(ofType('runPaused')).toHaveLength(1);

    // And it trains on from there.
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused', 'a', 2)).epoch).toBe(2);
    expect(epochs()).toEqual([0, 1, 2]);
  });

  it('keeps its place behind a command queued before it', async () => {
    const { send, waitFor, ofType, trainer } = await withStepInFlight();
    const slower = { id: 'sgd', params: { learningRate: 0.001 } } as const;
    send({ type: 'updateOptimizer', runId: 'a', optimizer: slower });
    send({ type: 'pause', runId: 'a' });
    expect(ofType('runPaused')).toEqual([]);
    trainer.releaseQueuedWork();
    expect((await waitFor('runPaused')).epoch).toBeGreaterThanOrEqual(1);
    expect(trainer.optimizerUpdates).toEqual([slower]);
  });
});
