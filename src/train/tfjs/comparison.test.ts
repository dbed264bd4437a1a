/**
 * The race is fair: variants the store makes from one experiment start from the same weights and
 * see the same batches, identical variants draw identical curves, and runs advance in lockstep.
 */
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXPERIMENT, startScheduler, stopLastScheduler } from '../../../test/kits/schedulerTestKit';
import { COMPARISON_PRESETS } from '../../core/compare/presets';
import { withSeedIndex } from '../../core/compare/workspace';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { Experiment } from '../../core/experiment/experiment';
import { epochOrder } from '../shared/batchOrder';
import { TrainingRun } from './run';

/** The experiments of a comparison's runs, as the store loads them (comparisonSlice.test.ts checks it does). */
function raceOf(variants: readonly Experiment[], seedCount = 1): Experiment[] {
  return variants.flatMap((variant) =>
    Array.from({ length: seedCount }, (_, seedIndex) => withSeedIndex(variant, seedIndex)),
  );
}

const preset = (id: string): Experiment[] =>
  COMPARISON_PRESETS.find((candidate) => candidate.id === id)?.build(EXPERIMENT) ?? [];

/** The flat initial weights of a run of `experiment`. */
function initialWeights(experiment: Experiment): Float32Array {
  const run = new TrainingRun(experiment, buildSplitDataset(experiment.dataset));
  const weights = run.params.dataSync() as Float32Array;
  run.dispose();
  return weights;
}

describe('a fair race', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  afterEach(stopLastScheduler);

  it('gives SGD and Adam the same initial weights, element for element, and the same batches', () => {
    const [sgd, adam] = raceOf(preset('sgd-vs-adam')) as [Experiment, Experiment];
    expect(sgd.optimizer.id).toBe('sgd');
    expect(adam.optimizer.id).toBe('adam');
    const sgdWeights = initialWeights(sgd);
    expect(sgdWeights.length).toBeGreaterThan(0);
    expect(initialWeights(adam)).toEqual(sgdWeights);
    const trainCount = buildSplitDataset(sgd.dataset).train.count;
    for (const epoch of [1, 2, 3]) {
      expect(epochOrder(trainCount, adam.training.seed, epoch)).toEqual(
        epochOrder(trainCount, sgd.training.seed, epoch),
      );
    }
    expect(adam.dataset).toEqual(sgd.dataset);
  });

  it('repeats each variant over seeds that differ from each other and match across variants', () => {
    const runs = raceOf(preset('sgd-vs-adam'), 3);
    expect(runs.map((run) => run.training.seed)).toEqual([1, 2, 3, 1, 2, 3]);
    // Seed 2 of SGD starts where seed 2 of Adam does, and elsewhere than seed 1.
    expect(initialWeights(runs[1] as Experiment)).toEqual(initialWeights(runs[4] as Experiment));
    expect(initialWeights(runs[1] as Experiment)).not.toEqual(initialWeights(runs[0] as Experiment));
  });

  it('draws identical curves for identical variants', async () => {
    const loads = raceOf([EXPERIMENT, EXPERIMENT]).map((experiment, index) => ({
      type: 'load' as const,
      runId: `variant-${index}`,
      experiment,
      backend: 'cpu' as const,
      comparedWith: [EXPERIMENT],
    }));
    const { send, waitFor, ofType } = startScheduler();
    for (const load of loads) send(load);
    for (const load of loads) send({ type: 'train', runId: load.runId });
    for (const load of loads) await waitFor('runFinished', load.runId);
    const curve = (runId: string) => {
      const events = ofType('epochsEnded', runId);
      return [
        ...events.flatMap((event) => [...event.metrics.trainLoss]),
        ...events.flatMap((event) => [...event.metrics.testAccuracy]),
      ];
    };
    const [first, second] = loads.map((load) => curve(load.runId));
    expect(first?.length).toBeGreaterThan(30);
    expect(second).toEqual(first);
  });

  it('advances the runs in lockstep, however different their epochs cost', async () => {
    const slow: Experiment = {
      ...EXPERIMENT,
      dataset: { ...EXPERIMENT.dataset, numPoints: 600 },
      training: { ...EXPERIMENT.training, batchSize: 1, epochs: 1000 },
    };
    const fast: Experiment = { ...slow, training: { ...slow.training, batchSize: 300 } };
    const { send, waitFor, ofType } = startScheduler();
    send({ type: 'load', runId: 'slow', experiment: slow, backend: 'cpu' });
    send({ type: 'load', runId: 'fast', experiment: fast, backend: 'cpu' });
    for (const runId of ['slow', 'fast']) send({ type: 'train', runId });
    // One fast epoch is a single step; a slow one is 300 steps, longer than a turn's budget.
    for (let waitedMs = 0; waitedMs < 20_000 && ofType('epochsEnded', 'slow').length < 4; waitedMs += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    for (const runId of ['slow', 'fast']) send({ type: 'pause', runId });
    const slowEpoch = (await waitFor('runPaused', 'slow')).epoch;
    const fastEpoch = (await waitFor('runPaused', 'fast')).epoch;
    expect(slowEpoch).toBeGreaterThan(2);
    expect(Math.abs(fastEpoch - slowEpoch)).toBeLessThanOrEqual(1);
  });
});

describe('a race on one split', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  afterEach(stopLastScheduler);

  it('uploads the data once for all its runs, and frees it with the last one', async () => {
    const big: Experiment = { ...EXPERIMENT, dataset: { ...EXPERIMENT.dataset, numPoints: 5000 } };
    const { send, waitFor } = startScheduler();
    const startBytes = tf.memory().numBytes;
    send({ type: 'load', runId: 'a', experiment: big, backend: 'cpu' });
    await waitFor('boundaryComputed', 'a');
    const firstRunBytes = tf.memory().numBytes - startBytes;
    const adam = preset('sgd-vs-adam')[1] as Experiment;
    send({ type: 'load', runId: 'b', experiment: { ...adam, dataset: big.dataset }, backend: 'cpu' });
    await waitFor('boundaryComputed', 'b');
    const secondRunBytes = tf.memory().numBytes - startBytes - firstRunBytes;
    // The data (5,000 examples) dwarfs a 25-parameter network and its Adam slots.
    expect(secondRunBytes).toBeLessThan(firstRunBytes / 4);
    send({ type: 'dispose', runId: 'a' });
    send({ type: 'dispose', runId: 'b' });
    send({ type: 'load', runId: 'c', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed', 'c');
    send({ type: 'dispose', runId: 'c' });
    send({ type: 'load', runId: 'd', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed', 'd');
    send({ type: 'dispose', runId: 'd' });
    // A command after the disposes, so that they have been handled.
    send({ type: 'pause', runId: 'missing' });
    await waitFor('runFailed', 'missing');
    expect(tf.memory().numBytes).toBe(startBytes);
  });
});
