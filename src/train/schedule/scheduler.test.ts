/** The scheduler as the worker drives it, on fake trainers: what each command does and reports. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import { FAKE_GRID_SIZE, FAKE_PARAMETER_COUNT } from '../../../test/kits/fakeTrainer';
import { type EventOf, EXPERIMENT, stopLastScheduler } from '../../../test/kits/schedulerTestKit';
import { textOf } from '../../core/i18n/translate';
import { METRICS_INTERVAL_MS } from './reporter';

const withEpochs = (epochs: number) => ({ ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs } });
const FREEZE = {
  type: 'updateOptimizer',
  runId: 'a',
  optimizer: { id: 'sgd', params: { learningRate: 0 } },
} as const;

describe('TrainingScheduler', () => {
  afterEach(stopLastScheduler);

  it('loads a run paused at epoch 0, with its metrics and boundary', async () => {
    const { send, waitFor, events } = startFakeScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'auto' });
    const boundary = await waitFor('boundaryComputed');
    expect(events.map((event) => event.type)).toEqual(['runLoaded', 'epochsEnded', 'boundaryComputed']);
    expect(events[0]).toMatchObject({
      backend: 'cpu',
      backendReason: [{ key: 'training.reason.chosen', params: { backend: 'cpu' } }],
      parameterCount: FAKE_PARAMETER_COUNT,
    });
    expect([...(events[1] as EventOf<'epochsEnded'>).metrics.epoch]).toEqual([0]);
    expect(boundary.epoch).toBe(0);
    expect(boundary.grid.classIndex).toHaveLength(FAKE_GRID_SIZE * FAKE_GRID_SIZE);
  });

  it('trains to the epoch count, reporting every epoch once in coalesced messages', async () => {
    const { send, waitFor, epochs, ofType, clock, runs } = startFakeScheduler(() => ({ stepMs: 5 }));
    send({ type: 'load', runId: 'a', experiment: withEpochs(60), backend: 'cpu' });
    send({ type: 'train', runId: 'a' });
    expect((await waitFor('runFinished')).epoch).toBe(60);
    expect(epochs()).toEqual([...Array(61).keys()]);
    expect(ofType('epochsEnded').length).toBeLessThan(30);
    // One at load, one per interval of training, one at the end.
    expect(ofType('epochsEnded').length).toBeLessThanOrEqual(2 + clock.nowMs / METRICS_INTERVAL_MS);
    const last = ofType('epochsEnded').at(-1) as EventOf<'epochsEnded'>;
    expect(last.metrics.elapsedMs.every((ms, i, all) => i === 0 || ms >= (all[i - 1] as number))).toBe(true);
    expect(ofType('boundaryComputed').at(-1)?.epoch).toBe(60);
    send({ type: 'train', runId: 'a' });
    expect((await waitFor('runFinished', 'a', 2)).epoch).toBe(60);
    expect(runs.latest().epoch).toBe(60);
  });

  it('steps exactly one epoch, then pauses', async () => {
    const { send, waitFor, epochs, ofType } = startFakeScheduler(() => ({ stepsPerEpoch: 5 }));
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused')).epoch).toBe(1);
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused', 'a', 2)).epoch).toBe(2);
    expect(epochs()).toEqual([0, 1, 2]);
    expect(ofType('boundaryComputed').map((event) => event.epoch)).toEqual([0, 1, 2]);
  });

  it('reports divergence once, with the first non-finite epoch, and no metrics from it on', async () => {
    const { send, waitFor, epochs, ofType } = startFakeScheduler(() => ({ divergesAtEpoch: 7 }));
    send({ type: 'load', runId: 'a', experiment: withEpochs(1000), backend: 'cpu' });
    send({ type: 'train', runId: 'a' });
    const { epoch } = await waitFor('runDiverged');
    expect(epoch).toBe(7);
    expect(epochs()).toEqual([...Array(epoch).keys()]);
    // A command for another run, handled after everything before it.
    send({ type: 'pause', runId: 'missing' });
    await waitFor('runFailed', 'missing');
    expect(ofType('runDiverged')).toHaveLength(1);
    expect(epochs()).toEqual([...Array(epoch).keys()]);
    // Asked to train on, it says again that it diverged, and trains no further.
    send({ type: 'train', runId: 'a' });
    await waitFor('runDiverged', 'a', 2);
    expect(epochs()).toEqual([...Array(epoch).keys()]);
  });

  it('applies updateOptimizer from the next step: learning rate 0 freezes the loss', async () => {
    const { send, waitFor, ofType, runs } = startFakeScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    send(FREEZE);
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    const losses = ofType('epochsEnded').flatMap((event) => [...event.metrics.trainLoss]);
    expect(losses).toHaveLength(31);
    expect(new Set(losses).size).toBe(1);
    expect(runs.latest().optimizerUpdates).toEqual([FREEZE.optimizer]);
  });

  it('replaces a run loaded again under the same id and frees everything on dispose', async () => {
    const { send, waitFor, ofType, runs } = startFakeScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed');
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed', 'a', 2);
    const [first, second] = runs.made.map((entry) => entry.trainer);
    expect(first?.isDisposed).toBe(true);
    expect(second?.isDisposed).toBe(false);
    // Each epochsEnded carries the live count: one run's worth after the first load, and after the second.
    expect(ofType('epochsEnded').map((event) => event.numTensors)).toEqual([1, 1]);
    send({ type: 'dispose', runId: 'a' });
    send({ type: 'dispose', runId: 'a' });
    send({ type: 'train', runId: 'a' });
    const failure = await waitFor('runFailed');
    expect(textOf(failure.message)).toMatch(/no run "a"/i);
    expect(ofType('runFailed')).toHaveLength(1);
    expect(ofType('runLoaded')).toHaveLength(2);
    expect(runs.liveTensorCount()).toBe(0);
  });

  it('turns an error into runFailed for that run only, and frees it', async () => {
    const { send, waitFor, runs } = startFakeScheduler((command) => {
      if (command.runId === 'bad') throw new Error('cannot make this data set');
      return command.runId === 'breaks' ? { failsAtEpoch: 3 } : {};
    });
    send({ type: 'load', runId: 'bad', experiment: EXPERIMENT, backend: 'cpu' });
    send({ type: 'load', runId: 'breaks', experiment: EXPERIMENT, backend: 'cpu' });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    expect(textOf((await waitFor('runFailed', 'bad')).message)).toBe('cannot make this data set');
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused')).epoch).toBe(1);
    send({ type: 'train', runId: 'breaks' });
    send({ type: 'train', runId: 'a' });
    expect(textOf((await waitFor('runFailed', 'breaks')).message)).toBe('The backend lost its context.');
    expect(runs.latest('breaks').isDisposed).toBe(true);
    expect((await waitFor('runFinished')).epoch).toBe(30);
  });

  it('sends no boundary for a run that draws none', async () => {
    const { send, waitFor, ofType, runs } = startFakeScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu', drawsBoundary: false });
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    expect(ofType('boundaryComputed')).toEqual([]);
    expect(runs.latest().boundaryTimesMs).toEqual([]);
  });
});
