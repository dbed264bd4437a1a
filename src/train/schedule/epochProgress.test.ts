/** Progress inside a slow epoch: reported batch by batch once the epoch has lasted a second, never for short ones. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import { EXPERIMENT, stopLastScheduler } from '../../../test/kits/schedulerTestKit';
import { PROGRESS_INTERVAL_MS, SLOW_EPOCH_MS } from './reporter';

const withEpochs = (epochs: number) => ({ ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs } });

describe('epoch progress', () => {
  afterEach(stopLastScheduler);

  it('reports a slow epoch’s batches and rate, at a paced interval, after its first second', async () => {
    const stepMs = 20;
    const stepsPerEpoch = 200;
    const { send, waitFor, ofType } = startFakeScheduler(() => ({ stepMs, stepsPerEpoch }));
    send({ type: 'load', runId: 'a', experiment: withEpochs(2), backend: 'cpu' });
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    const reports = ofType('epochProgress').map((event) => event.progress);
    const epochMs = stepMs * stepsPerEpoch;
    // Each epoch: none in its first second, then at most one per interval.
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.length).toBeLessThanOrEqual((2 * (epochMs - SLOW_EPOCH_MS)) / PROGRESS_INTERVAL_MS + 2);
    expect(new Set(reports.map((report) => report.epoch))).toEqual(new Set([1, 2]));
    for (const report of reports) {
      expect(report.batchesTotal).toBe(stepsPerEpoch);
      expect(report.examplesTotal).toBe(stepsPerEpoch);
      expect(report.batchesDone).toBeGreaterThanOrEqual((SLOW_EPOCH_MS / stepMs) * 0.9);
      expect(report.batchesDone).toBeLessThan(stepsPerEpoch);
      // One example a step of 20 ms on the fake clock: 50 a second.
      expect(report.examplesPerSecond).toBeCloseTo(1000 / stepMs, 6);
    }
    const firstEpoch = reports.filter((report) => report.epoch === 1).map((report) => report.batchesDone);
    expect(firstEpoch).toEqual([...firstEpoch].sort((a, b) => a - b));
  });

  it('says nothing of epochs shorter than a second', async () => {
    const { send, waitFor, ofType } = startFakeScheduler(() => ({ stepMs: 5, stepsPerEpoch: 50 }));
    send({ type: 'load', runId: 'a', experiment: withEpochs(20), backend: 'cpu' });
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    expect(ofType('epochProgress')).toEqual([]);
  });

  it('starts measuring afresh after a pause, so that time paused is not counted', async () => {
    // An epoch long enough that the test pauses it midway.
    const { send, waitFor, ofType, clock } = startFakeScheduler(() => ({ stepMs: 20, stepsPerEpoch: 1e7 }));
    send({ type: 'load', runId: 'a', experiment: withEpochs(1), backend: 'cpu' });
    send({ type: 'train', runId: 'a' });
    await waitFor('epochProgress');
    send({ type: 'pause', runId: 'a' });
    await waitFor('runPaused');
    const before = ofType('epochProgress').length;
    clock.advance(60_000);
    send({ type: 'train', runId: 'a' });
    await waitFor('epochProgress', 'a', before + 2);
    send({ type: 'pause', runId: 'a' });
    await waitFor('runPaused', 'a', 2);
    const after = ofType('epochProgress').slice(before);
    const firstAfter = after[0]?.progress;
    // Reported again only after a second of training, at the rate of training alone.
    expect(firstAfter?.batchesDone).toBeGreaterThanOrEqual(
      (ofType('epochProgress')[before - 1]?.progress.batchesDone ?? 0) + SLOW_EPOCH_MS / 20,
    );
    for (const event of after) expect(event.progress.examplesPerSecond).toBeCloseTo(50, 6);
  });
});
