/**
 * The epoch driver on its own, under an engine that only records what it is asked to do: no tfjs,
 * no arithmetic, so that the contract both engines inherit is stated once.
 */
import { describe, expect, it } from 'vitest';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { Experiment, OptimizerConfig } from '../../core/experiment/experiment';
import { epochOrder } from './batchOrder';
import { EpochDriver, type EvaluationInParts } from './epochDriver';
import { type MetricsReadout, metricsReadout, type PendingEpoch } from './epochMetrics';
import { OptimizerState, type SlotName, type StepSettings } from './optimizerState';

/** An optimizer that counts its steps and remembers the settings of the last one. */
class RecordingOptimizer extends OptimizerState<number[], number[]> {
  lastSettings: StepSettings | null = null;
  dropped: SlotName[] = [];
  isDisposed = false;

  override dispose(): void {
    this.isDisposed = true;
  }

  protected clip(gradients: number[]): number[] {
    return gradients;
  }

  protected update(_weights: number[], _gradients: number[], settings: StepSettings): void {
    this.lastSettings = settings;
  }

  protected dropSlot(name: SlotName): void {
    this.dropped.push(name);
  }
}

/** An engine whose step records the rows it was given and whose evaluation is a fixed row of sums. */
class RecordingRun extends EpochDriver<RecordingOptimizer, number[]> {
  readonly batches: number[][] = [];
  sums = [1, 2, 3, 4, 5];
  discarded = 0;
  /** Parts of each evaluation; their sums add up to `sums`. */
  evaluationParts = 1;
  /** Each part evaluated, as "epoch:part", and each unfinished evaluation freed. */
  readonly evaluationLog: string[] = [];

  constructor(experiment: Experiment, dataset = buildSplitDataset(experiment.dataset)) {
    super(experiment, dataset, (config, stepsPerEpoch) => new RecordingOptimizer(config, stepsPerEpoch));
  }

  get optimizerInUse(): RecordingOptimizer {
    return this.optimizer;
  }

  protected step(order: Uint32Array, start: number, count: number): void {
    this.batches.push([...order.subarray(start, start + count)]);
    this.optimizer.applyGradients([], []);
  }

  protected beginEvaluation(): EvaluationInParts<number[]> {
    const parts = this.evaluationParts;
    const sums = [...this.sums];
    let done = 0;
    return {
      evaluateNext: () => {
        this.evaluationLog.push(`${this.epoch}:${done}`);
        done++;
        return done === parts;
      },
      finish: () => sums,
      dispose: () => this.evaluationLog.push(`freed after ${done}`),
    };
  }

  protected readMetrics(pending: readonly PendingEpoch<number[]>[]): MetricsReadout {
    const scale = { trainCount: 1, testCount: 1, totalSumOfSquares: null };
    return metricsReadout(
      pending,
      pending.map((entry) => entry.sums),
      scale,
    );
  }

  protected override discardSums(pending: readonly PendingEpoch<number[]>[]): void {
    this.discarded += pending.length;
  }
}

/** 80 training examples in batches of 30: two full batches and a remainder of 20. */
const EXPERIMENT: Experiment = {
  dataset: { id: 'circle', noise: 0, numPoints: 160, trainFraction: 0.5, seed: 1, numClasses: 2 },
  model: { hiddenLayers: [{ kind: 'dense', units: 4, activation: 'tanh' }] },
  loss: 'binaryCrossentropy',
  optimizer: { id: 'sgd', params: { learningRate: 0.03, momentum: 0.9 } },
  training: { batchSize: 30, epochs: 2, l1: 0, l2: 0, seed: 1 },
};

describe('EpochDriver', () => {
  it('walks each epoch’s seeded order in batches, at least one per call, and counts epochs', () => {
    const run = new RecordingRun(EXPERIMENT);
    expect(run.trainUntil(0)).toBe(false);
    expect(run.isMidEpoch).toBe(true);
    expect(run.trainUntil(0)).toBe(false);
    expect(run.trainUntil(0)).toBe(true);
    expect(run.isMidEpoch).toBe(false);
    expect(run.epoch).toBe(1);
    expect(run.batches.map((rows) => rows.length)).toEqual([30, 30, 20]);
    expect(run.batches.flat()).toEqual([...epochOrder(80, EXPERIMENT.training.seed, 1)]);
    run.trainEpoch();
    expect(run.batches.slice(3).flat()).toEqual([...epochOrder(80, EXPERIMENT.training.seed, 2)]);
    expect(run.isComplete).toBe(true);
    expect(run.optimizerInUse.iterations).toBe(6);
  });

  it('queues a row of metrics per epoch end, with the time up to it, and hands them over once', async () => {
    const run = new RecordingRun(EXPERIMENT);
    run.recordMetrics();
    run.trainEpoch();
    run.trainEpoch();
    const { columns, divergedEpoch } = await run.takeMetrics();
    expect(divergedEpoch).toBeNull();
    expect([...(columns?.epoch ?? [])]).toEqual([0, 1, 2]);
    expect(columns?.elapsedMs[0]).toBe(0);
    expect(columns?.trainLoss[0]).toBe(1);
    expect(columns?.testAccuracy[0]).toBe(4);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(columns?.elapsedMs[2] ?? Number.NaN);
    expect(await run.takeMetrics()).toEqual({ columns: null, divergedEpoch: null });
  });

  it('stops reporting from the first non-finite epoch on, and discards what is queued after', async () => {
    const run = new RecordingRun(EXPERIMENT);
    run.trainEpoch();
    run.sums = [1, 2, 3, 4, Number.POSITIVE_INFINITY];
    run.trainEpoch();
    const readout = await run.takeMetrics();
    expect(readout.divergedEpoch).toBe(2);
    expect([...(readout.columns?.epoch ?? [])]).toEqual([1]);
    expect(run.hasDiverged).toBe(true);
    run.recordMetrics();
    expect(await run.takeMetrics()).toEqual({ columns: null, divergedEpoch: null });
    expect(run.discarded).toBe(1);
  });

  it('keeps its optimizer across a change of settings, and starts another kind afresh', () => {
    const run = new RecordingRun(EXPERIMENT);
    run.trainEpoch();
    const first = run.optimizerInUse;
    const sgd: OptimizerConfig = { id: 'sgd', params: { learningRate: 0.5, momentum: 0 } };
    run.updateOptimizer(sgd);
    expect(run.optimizerInUse).toBe(first);
    expect(first.dropped).toEqual(['momentum']);
    expect(run.currentLearningRate).toBe(0.5);
    run.updateOptimizer({ id: 'adam', params: { learningRate: 0.01 } });
    expect(first.isDisposed).toBe(true);
    expect(run.optimizerInUse).not.toBe(first);
    expect(run.optimizerInUse.iterations).toBe(0);
    run.trainUntil(0);
    expect(run.optimizerInUse.lastSettings?.id).toBe('adam');
  });

  it('evaluates an epoch in parts, one per call once the deadline has passed, and ends the epoch after the last', async () => {
    const run = new RecordingRun(EXPERIMENT);
    run.evaluationParts = 3;
    expect([run.trainUntil(0), run.trainUntil(0)]).toEqual([false, false]);
    // The last batch and the first part; then a part per call, the epoch not counted until the last.
    expect(run.trainUntil(0)).toBe(false);
    expect(run.evaluationLog).toEqual(['0:0']);
    expect(run.isMidEpoch).toBe(true);
    expect(run.batchProgress).toMatchObject({ batchesDone: 3, batchesTotal: 3 });
    expect(run.trainUntil(0)).toBe(false);
    expect(run.batches).toHaveLength(3);
    expect(run.epoch).toBe(0);
    expect(run.trainUntil(0)).toBe(true);
    expect(run.evaluationLog).toEqual(['0:0', '0:1', '0:2']);
    expect(run.epoch).toBe(1);
    expect(run.isMidEpoch).toBe(false);
    expect([...((await run.takeMetrics()).columns?.epoch ?? [])]).toEqual([1]);
    // Without a deadline, the next epoch's batches and all its parts in one call.
    expect(run.trainUntil(Number.POSITIVE_INFINITY)).toBe(true);
    expect(run.evaluationLog.slice(3)).toEqual(['1:0', '1:1', '1:2']);
  });

  it('frees an evaluation left unfinished when the run is disposed', () => {
    const run = new RecordingRun(EXPERIMENT);
    run.evaluationParts = 3;
    run.trainUntil(0);
    run.trainUntil(0);
    run.trainUntil(0);
    run.dispose();
    expect(run.evaluationLog).toEqual(['0:0', 'freed after 1']);
  });

  it('refuses an empty training set', () => {
    const dataset = buildSplitDataset(EXPERIMENT.dataset);
    const empty = { ...dataset, train: { ...dataset.train, count: 0 } };
    expect(() => new RecordingRun(EXPERIMENT, empty)).toThrow(/training set is empty/);
  });
});
