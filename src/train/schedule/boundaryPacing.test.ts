import { afterEach, describe, expect, it } from 'vitest';
import { EXPERIMENT, startScheduler, stopLastScheduler } from '../../../test/kits/schedulerTestKit';
import { BOUNDARIES_PER_SECOND, boundaryIntervalMs, RUN_MIN_BOUNDARIES_PER_SECOND } from './boundaryPacing';

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

describe('boundaries in a race', () => {
  afterEach(stopLastScheduler);

  it('come at the shared rate for each run while both train, and once more when they pause', async () => {
    const { send, waitFor, ofType } = startScheduler();
    const long = { ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs: 100_000 } };
    for (const runId of ['a', 'b']) send({ type: 'load', runId, experiment: long, backend: 'auto' });
    await waitFor('boundaryComputed', 'b');
    const startMs = performance.now();
    for (const runId of ['a', 'b']) send({ type: 'train', runId });
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const runId of ['a', 'b']) send({ type: 'pause', runId });
    await waitFor('runPaused', 'a');
    await waitFor('runPaused', 'b');
    const elapsedMs = performance.now() - startMs;
    for (const runId of ['a', 'b']) {
      const whileTraining = ofType('boundaryComputed', runId).filter((event) => event.epoch > 0);
      // One per 1000 / (BOUNDARIES_PER_SECOND / 2) ms at most, the first one and the pause's.
      const atMost = Math.floor(elapsedMs / (2000 / BOUNDARIES_PER_SECOND)) + 2;
      expect(whileTraining.length).toBeLessThanOrEqual(atMost);
      expect(whileTraining.length).toBeGreaterThanOrEqual(2);
    }
  });
});
