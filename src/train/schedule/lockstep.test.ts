/** The loop's turns, on fake trainers: lockstep between runs, and a turn's budget within a long epoch. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import type { FakeTrainer } from '../../../test/kits/fakeTrainer';
import { EXPERIMENT, stopLastScheduler, until } from '../../../test/kits/schedulerTestKit';
import type { Experiment } from '../../core/experiment/experiment';
import { TURN_BUDGET_MS } from './lockstep';

describe('the lockstep loop', () => {
  afterEach(stopLastScheduler);

  it('starts no epoch of a run before every other training run has finished the one before', async () => {
    const startedAhead: string[] = [];
    const fake = startFakeScheduler((command) => ({
      // A slow epoch takes several turns; a fast one is a single step.
      stepsPerEpoch: command.runId === 'slow' ? 3 * TURN_BUDGET_MS : 1,
      onEpochStart: (trainer: FakeTrainer) => {
        for (const { runId, trainer: other } of fake.runs.made) {
          if (other !== trainer && other.epoch < trainer.epoch)
            startedAhead.push(
              `${command.runId} started epoch ${trainer.epoch + 1} before ${runId} ended ${trainer.epoch}`,
            );
        }
      },
    }));
    const { send, waitFor, epochs } = fake;
    const race: Experiment = { ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs: 20 } };
    for (const runId of ['slow', 'fast']) send({ type: 'load', runId, experiment: race, backend: 'cpu' });
    for (const runId of ['slow', 'fast']) send({ type: 'train', runId });
    await waitFor('runFinished', 'slow');
    await waitFor('runFinished', 'fast');
    expect(startedAhead).toEqual([]);
    expect(epochs('slow')).toEqual([...Array(21).keys()]);
    expect(epochs('fast')).toEqual([...Array(21).keys()]);
  });

  it('trains two runs side by side in the same worker, identically for identical experiments', async () => {
    const { send, waitFor, ofType } = startFakeScheduler();
    for (const runId of ['a', 'b']) send({ type: 'load', runId, experiment: EXPERIMENT, backend: 'cpu' });
    for (const runId of ['a', 'b']) send({ type: 'train', runId });
    await waitFor('runFinished', 'a');
    await waitFor('runFinished', 'b');
    const lossesOf = (runId: string) =>
      ofType('epochsEnded', runId).flatMap((event) => [...event.metrics.trainLoss]);
    expect(lossesOf('a')).toHaveLength(31);
    expect(lossesOf('a')).toEqual(lossesOf('b'));
  });

  it('pauses in the middle of a long epoch instead of finishing it', async () => {
    // An epoch of a billion 1 ms steps: far longer than a turn's budget.
    const { send, waitFor, epochs, runs } = startFakeScheduler(() => ({ stepsPerEpoch: 1e9 }));
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed');
    send({ type: 'train', runId: 'a' });
    const trainer = runs.latest();
    await until(() => trainer.stepCount > 2 * TURN_BUDGET_MS, 'a few turns');
    send({ type: 'pause', runId: 'a' });
    expect((await waitFor('runPaused')).epoch).toBe(0);
    expect(epochs()).toEqual([0]);
    expect(trainer.isMidEpoch).toBe(true);
  });
});
