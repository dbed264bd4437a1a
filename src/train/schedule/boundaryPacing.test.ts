import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import { EXPERIMENT, stopLastScheduler } from '../../../test/kits/schedulerTestKit';
import type { WorkerCommand } from '../../worker/training/protocol';
import { BOUNDARIES_PER_SECOND, boundaryIntervalMs, RUN_MIN_BOUNDARIES_PER_SECOND } from './boundaryPacing';

const gaps = (times: readonly number[]): number[] =>
  times.slice(1).map((time, i) => time - (times[i] as number));

/**
 * A scheduler on fake trainers whose epochs take 1 ms of its clock (boundaries `boundaryMs`),
 * that sends `pausesAfter` once `trainingMs` of that clock have passed since training started.
 */
function pacedRace(trainingMs: number, boundaryMs = 0) {
  let pauses: WorkerCommand[] = [];
  let trainingStartMs = 0;
  const fake = startFakeScheduler(() => ({
    boundaryMs,
    onEpochStart: () => {
      if (fake.clock.nowMs - trainingStartMs < trainingMs) return;
      for (const pause of pauses) fake.send(pause);
      pauses = [];
    },
  }));
  const train = (runIds: readonly string[]) => {
    trainingStartMs = fake.clock.nowMs;
    pauses = runIds.map((runId) => ({ type: 'pause', runId }));
    for (const runId of runIds) fake.send({ type: 'train', runId });
  };
  return { ...fake, train, trainingStartMs: () => trainingStartMs };
}

const long = { ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs: 100_000 } };

describe('boundary pacing', () => {
  it('gives a single run every boundary the worker computes, and a race a share of them', () => {
    expect(boundaryIntervalMs(1, 0)).toBe(1000 / BOUNDARIES_PER_SECOND);
    expect(boundaryIntervalMs(0, 0)).toBe(1000 / BOUNDARIES_PER_SECOND);
    expect(boundaryIntervalMs(2, 0)).toBe(2000 / BOUNDARIES_PER_SECOND);
    // However many race, each view still moves at least RUN_MIN_BOUNDARIES_PER_SECOND times a second.
    expect(boundaryIntervalMs(4, 0)).toBe(1000 / RUN_MIN_BOUNDARIES_PER_SECOND);
    expect(boundaryIntervalMs(12, 0)).toBe(1000 / RUN_MIN_BOUNDARIES_PER_SECOND);
  });

  it('computes a costly boundary less often, so that it takes at most a fifth of the run', () => {
    expect(boundaryIntervalMs(1, 40)).toBe(200);
    expect(boundaryIntervalMs(2, 40)).toBe(200);
    expect(boundaryIntervalMs(1, 5)).toBe(1000 / BOUNDARIES_PER_SECOND);
  });
});

describe('boundaries while training', () => {
  afterEach(stopLastScheduler);

  it('come at the shared rate for each run of a race while both train, and once more when they pause', async () => {
    const { send, waitFor, ofType, clock, runs, train, trainingStartMs } = pacedRace(600);
    for (const runId of ['a', 'b']) send({ type: 'load', runId, experiment: long, backend: 'auto' });
    await waitFor('boundaryComputed', 'b');
    train(['a', 'b']);
    await waitFor('runPaused', 'a');
    await waitFor('runPaused', 'b');
    const elapsedMs = clock.nowMs - trainingStartMs();
    expect(elapsedMs).toBeGreaterThanOrEqual(600);
    const sharedIntervalMs = 2000 / BOUNDARIES_PER_SECOND;
    for (const runId of ['a', 'b']) {
      const whileTraining = ofType('boundaryComputed', runId).filter((event) => event.epoch > 0);
      // One per sharedIntervalMs at most, the first one and the pause's.
      const atMost = Math.floor(elapsedMs / sharedIntervalMs) + 2;
      expect(whileTraining.length).toBeLessThanOrEqual(atMost);
      expect(whileTraining.length).toBeGreaterThanOrEqual(Math.floor(elapsedMs / sharedIntervalMs) - 1);
      // Paced while training: all but the pause's come a shared interval apart or more.
      const trainingTimes = runs.latest(runId).boundaryTimesMs.slice(1, -1);
      expect(Math.min(...gaps(trainingTimes))).toBeGreaterThanOrEqual(sharedIntervalMs);
    }
  });

  it('come less often when they are costly, so that they take at most a fifth of the run', async () => {
    const { send, waitFor, runs, train } = pacedRace(2000, 40);
    send({ type: 'load', runId: 'a', experiment: long, backend: 'cpu' });
    await waitFor('boundaryComputed');
    train(['a']);
    await waitFor('runPaused');
    const trainingTimes = runs.latest().boundaryTimesMs.slice(1, -1);
    expect(trainingTimes.length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...gaps(trainingTimes))).toBeGreaterThanOrEqual(200);
  });
});
