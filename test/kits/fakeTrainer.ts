/**
 * A trainer the test controls, for the scheduler's tests: plain TypeScript behind the Trainer
 * interface, no tfjs. Each step moves a FakeClock; an epoch is a set number of steps; the loss
 * falls with the learning rate (and stays put at 0); from a chosen epoch on it is not finite; and
 * a trainer that queues its work (as on WebGL) waits for it until the test releases it.
 */
import type { Experiment, OptimizerConfig } from '../../src/core/experiment/experiment';
import type { BatchProgress, BoundaryGrid } from '../../src/core/run/types';
import type { TrainedState } from '../../src/train/shared/export/trainedState';
import type { Trainer } from '../../src/train/shared/trainer';
import type { FakeClock } from './fakeClock';
import { type FakeReadout, type PendingRow, readoutOf } from './fakeMetrics';

/** How a fake trainer behaves; every field has a default. */
export interface FakeTrainerOptions {
  /** Steps in an epoch (1). */
  readonly stepsPerEpoch?: number;
  /** Clock time a step takes, in milliseconds (1). */
  readonly stepMs?: number;
  /** Clock time a boundary takes, in milliseconds (0). */
  readonly boundaryMs?: number;
  /** The first epoch whose metrics are not finite (none). */
  readonly divergesAtEpoch?: number;
  /** The epoch whose first step throws, as a backend that lost its context would (none). */
  readonly failsAtEpoch?: number;
  /** True for a trainer that queues its steps (as on WebGL): the test then holds and releases the wait. */
  readonly queuesWork?: boolean;
  /** Called as the trainer starts each epoch: lockstep tests look at the other runs then. */
  readonly onEpochStart?: (trainer: FakeTrainer) => void;
}

/** Cells per side of a fake trainer's boundary grid. */
export const FAKE_GRID_SIZE = 8;
/** A fake trainer's parameter count. */
export const FAKE_PARAMETER_COUNT = 25;

/** A Trainer whose epochs, divergence, queued work and timings the test controls. */
export class FakeTrainer implements Trainer {
  epoch = 0;
  elapsedMs = 0;
  hasDiverged = false;
  isDisposed = false;
  readonly parameterCount = FAKE_PARAMETER_COUNT;
  readonly queuesWork: boolean;
  /** Steps taken in all. */
  stepCount = 0;
  /** When each boundary was started, on the clock. */
  readonly boundaryTimesMs: number[] = [];
  /** The optimizer configs received, in order. */
  readonly optimizerUpdates: OptimizerConfig[] = [];
  private stepsIntoEpoch = 0;
  private learningRate: number;
  /** The sum of the learning rates of every step taken: the loss falls with it. */
  private progress = 0;
  private pending: PendingRow[] = [];
  private isWorkHeld = false;
  private releaseWork: (() => void) | null = null;

  constructor(
    readonly experiment: Experiment,
    private readonly clock: FakeClock,
    private readonly options: FakeTrainerOptions = {},
  ) {
    this.queuesWork = options.queuesWork ?? false;
    this.learningRate = Number(experiment.optimizer.params.learningRate ?? 0.01);
  }

  get isComplete(): boolean {
    return this.epoch >= this.experiment.training.epochs;
  }

  get isMidEpoch(): boolean {
    return this.stepsIntoEpoch > 0;
  }

  /** One example per step, so that examples done equal steps done. */
  get batchProgress(): BatchProgress | null {
    if (this.stepsIntoEpoch === 0) return null;
    const total = this.options.stepsPerEpoch ?? 1;
    const done = this.stepsIntoEpoch;
    return { batchesDone: done, batchesTotal: total, examplesDone: done, examplesTotal: total };
  }

  /** True while the scheduler waits for queued work that the test holds. */
  get isWaitingForQueuedWork(): boolean {
    return this.releaseWork !== null;
  }

  trainUntil(deadlineMs: number): boolean {
    if (this.isDisposed) throw new Error('A disposed trainer was asked to train.');
    const { stepsPerEpoch = 1, stepMs = 1 } = this.options;
    do {
      if (this.stepsIntoEpoch === 0) this.startEpoch();
      this.clock.advance(stepMs);
      this.elapsedMs += stepMs;
      this.progress += this.learningRate;
      this.stepCount += 1;
      this.stepsIntoEpoch += 1;
      if (this.stepsIntoEpoch === stepsPerEpoch) {
        this.stepsIntoEpoch = 0;
        this.epoch += 1;
        this.recordMetrics();
        return true;
      }
    } while (this.clock.now() < deadlineMs);
    return false;
  }

  private startEpoch(): void {
    if (this.epoch + 1 === this.options.failsAtEpoch) throw new Error('The backend lost its context.');
    this.options.onEpochStart?.(this);
  }

  /** Makes the next waits for queued work last until releaseQueuedWork(). */
  holdQueuedWork(): void {
    this.isWorkHeld = true;
  }

  /** Ends the wait in progress, and lets later ones end at once. */
  releaseQueuedWork(): void {
    this.isWorkHeld = false;
    const release = this.releaseWork;
    this.releaseWork = null;
    release?.();
  }

  async awaitQueuedWork(): Promise<void> {
    if (!this.isWorkHeld) return;
    await new Promise<void>((resolve) => {
      this.releaseWork = resolve;
    });
  }

  recordMetrics(): void {
    const isBeforeDivergence =
      this.options.divergesAtEpoch === undefined || this.epoch < this.options.divergesAtEpoch;
    const loss = isBeforeDivergence ? Math.exp(-this.progress) : Number.NaN;
    this.pending.push({ epoch: this.epoch, elapsedMs: this.elapsedMs, loss });
  }

  /** As the real trainers: the rows before the first non-finite one, and nothing once diverged. */
  async takeMetrics(): Promise<FakeReadout> {
    const pending = this.pending;
    this.pending = [];
    if (this.hasDiverged) return { columns: null, divergedEpoch: null };
    const readout = readoutOf(pending);
    if (readout.divergedEpoch !== null) this.hasDiverged = true;
    return readout;
  }

  async predictBoundary(): Promise<BoundaryGrid | null> {
    this.boundaryTimesMs.push(this.clock.now());
    this.clock.advance(this.options.boundaryMs ?? 0);
    const cells = FAKE_GRID_SIZE * FAKE_GRID_SIZE;
    return { size: FAKE_GRID_SIZE, classIndex: new Uint8Array(cells), confidence: new Float32Array(cells) };
  }

  updateOptimizer(config: OptimizerConfig): void {
    this.optimizerUpdates.push(config);
    this.learningRate = Number(config.params.learningRate ?? this.learningRate);
  }

  /** A fake has no weights: an export of it fails, as one too large would. */
  trainedState(): Promise<TrainedState> {
    return Promise.reject(new Error('A fake trainer has no weights.'));
  }

  dispose(): void {
    this.isDisposed = true;
  }
}
