/**
 * Tensor hygiene over a long run: everything the worker does to a run (optimizer steps, epoch
 * evaluations, metric read-backs, boundaries, live optimizer changes) must leave the live tensor
 * count exactly where it was, or a person training for an hour runs out of memory.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSplitDataset } from '../../core/datasets/generate';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment, OptimizerId } from '../../core/experiment/experiment';
import { defaultOptimizerParams, OPTIMIZER_IDS } from '../../core/registries/optimizers';
import { TrainingRun } from './run';

/** 20 points, 16 of them for training, batch 1: 16 optimizer steps per epoch on a 2-4-1 network. */
function tinyExperiment(optimizer: OptimizerId): Experiment {
  return {
    ...DEFAULT_EXPERIMENT,
    dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'circle', numPoints: 20, trainFraction: 0.8 },
    model: { hiddenLayers: [{ kind: 'dense', units: 4, activation: 'tanh' }] },
    optimizer: { id: optimizer, params: defaultOptimizerParams(optimizer) },
    training: { ...DEFAULT_EXPERIMENT.training, batchSize: 1, epochs: 100_000 },
  };
}

const STEPS_PER_EPOCH = 16;

/**
 * Trains `epochs` epochs as the worker does (metrics recorded each epoch, read back and a boundary
 * computed every `readEvery` epochs) and returns the live tensor count after each read-back.
 */
async function trainLikeTheWorker(run: TrainingRun, epochs: number, readEvery: number): Promise<number[]> {
  const counts: number[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    run.trainEpoch();
    if (epoch % readEvery !== 0) continue;
    const readout = await run.takeMetrics();
    expect(readout.divergedEpoch).toBeNull();
    await run.predictBoundary();
    counts.push(tf.memory().numTensors);
  }
  return counts;
}

describe('tensor hygiene', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('keeps the live tensor count flat over 10,000 optimizer steps, and frees everything at dispose', async () => {
    const before = tf.memory().numTensors;
    const experiment = tinyExperiment('adam');
    const run = new TrainingRun(experiment, buildSplitDataset(experiment.dataset));

    // The first epoch creates the optimizer's slots: the count is flat from there on.
    const [baseline] = await trainLikeTheWorker(run, 1, 1);
    const epochs = 10_000 / STEPS_PER_EPOCH;
    const half = Math.floor(epochs / 2);
    const countsBefore = await trainLikeTheWorker(run, half, 25);
    run.updateOptimizer({
      ...experiment.optimizer,
      params: { ...experiment.optimizer.params, learningRate: 0.02 },
    });
    const countsAfter = await trainLikeTheWorker(run, epochs - 1 - half, 25);

    expect(run.epoch).toBe(epochs);
    expect(baseline).toBeGreaterThan(before);
    expect(new Set([...countsBefore, ...countsAfter])).toEqual(new Set([baseline]));
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each(OPTIMIZER_IDS)('keeps the count flat with %s, through a pause mid-epoch', async (optimizer) => {
    const before = tf.memory().numTensors;
    const experiment = tinyExperiment(optimizer);
    const run = new TrainingRun(experiment, buildSplitDataset(experiment.dataset));
    const [baseline] = await trainLikeTheWorker(run, 1, 1);
    // A turn that stops mid-epoch holds the epoch's batches; finishing the epoch frees them.
    run.trainUntil(Number.NEGATIVE_INFINITY);
    expect(run.isMidEpoch).toBe(true);
    const counts = await trainLikeTheWorker(run, 40, 10);
    expect(new Set(counts)).toEqual(new Set([baseline]));
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
