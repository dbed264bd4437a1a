/**
 * The worker's brain, kept free of worker globals so that Node tests can drive it: a queue of
 * WorkerCommands and one loop that handles them and advances every training run round-robin,
 * one epoch per turn, yielding to the event loop between turns so that a pause is seen promptly.
 * Metrics are coalesced (one epochsEnded per run per METRICS_INTERVAL_MS) and boundaries
 * rate-limited; every error becomes runFailed for its run. Loading may wait for a data set to be
 * fetched: commands that arrive meanwhile queue and are handled in order afterwards. What each
 * load makes (checks, data, engine, tfjs on first need) is runFactory.ts's.
 */

import { assertNever } from '../../core/util/assert';
import { messageOf } from '../../core/util/messageOf';
import type { WorkerCommand, WorkerEvent } from '../../worker/training/protocol';
import type { Trainer } from '../shared/trainer';
import { boundaryIntervalMs } from './boundaryPacing';
import { type LoadCommand, RunFactory, type RunSources } from './runFactory';

/** What the scheduler needs from its host (the worker, or a test): where runs get data and tfjs, and: */
export interface SchedulerHost extends RunSources {
  /** Sends an event, transferring the listed buffers. */
  post(event: WorkerEvent, transfer: ArrayBuffer[]): void;
  /** Lets queued messages in; a MessageChannel round trip in the worker (setTimeout(0) cost 12%). */
  yieldToEventLoop(): Promise<void>;
}

/** Longest a turn trains before yielding, when an epoch is longer than that (pause must answer in 100 ms). */
export const TURN_BUDGET_MS = 25;
/** Longest time the loop trains before letting commands in (Pause must answer within 100 ms). */
export const YIELD_INTERVAL_MS = 8;
/** Minimum time between two epochsEnded messages of one run while it trains. */
export const METRICS_INTERVAL_MS = 100;
type RunStatus = 'paused' | 'training' | 'stepping' | 'finished' | 'diverged';

interface ScheduledRun {
  readonly runId: string;
  readonly run: Trainer;
  status: RunStatus;
  lastMetricsMs: number;
  lastBoundaryMs: number;
  boundaryCostMs: number;
  readonly drawsBoundary: boolean;
}

const isActive = (entry: ScheduledRun): boolean => entry.status === 'training' || entry.status === 'stepping';

/** Runs commands and trains; one per worker. */
export class TrainingScheduler {
  private readonly runs = new Map<string, ScheduledRun>();
  private readonly runFactory: RunFactory;
  private readonly inbox: WorkerCommand[] = [];
  private wake: (() => void) | null = null;
  private isStopping = false;
  /** The run whose turn the loop is in, while it is. */
  private turnInFlight: ScheduledRun | null = null;
  /** Runs paused while a queued step was in flight: their metrics and boundary are sent once it lands. */
  private readonly pausedAtOnce = new Set<ScheduledRun>();

  constructor(private readonly host: SchedulerHost) {
    this.runFactory = new RunFactory(host);
  }

  /** Queues a command; the loop handles it at its next turn. */
  receive(command: WorkerCommand): void {
    if (command.type === 'pause' && this.pauseAtOnce(command.runId)) return;
    this.inbox.push(command);
    this.wake?.();
  }

  /**
   * Answers a Pause at once while a turn waits for a queued step (WebGL: 2.3 s a step for LeNet on
   * SwiftShader, and up to 11 s while shaders compile; nothing can interrupt it). The run stops
   * after that step, as it would have anyway, and what the step changed is sent when it lands;
   * commands that come later wait in the inbox for it as before. Not when a command is queued
   * ahead of the Pause, whose order must hold.
   */
  private pauseAtOnce(runId: string): boolean {
    const entry = this.runs.get(runId);
    if (!entry || !isActive(entry) || !this.turnInFlight?.run.queuesWork || this.inbox.length > 0)
      return false;
    entry.status = 'paused';
    this.pausedAtOnce.add(entry);
    this.post({ type: 'runPaused', runId, epoch: entry.run.epoch });
    return true;
  }

  /** Sends the metrics and boundary of runs paused at once, now that no step is in flight. */
  private async flushPausedAtOnce(): Promise<void> {
    for (const entry of this.pausedAtOnce) {
      this.pausedAtOnce.delete(entry);
      // The step may have ended the run (finished, diverged): the turn has reported that instead.
      if (this.runs.get(entry.runId) !== entry || entry.status !== 'paused') continue;
      await this.guarded(entry.runId, async () => {
        if (await this.postMetrics(entry)) await this.postBoundary(entry);
      });
    }
  }

  /** The loop: resolves after stop(), with every run disposed. */
  async run(): Promise<void> {
    let lastYieldMs = performance.now();
    while (!this.isStopping) {
      await this.handleInbox();
      const active = [...this.runs.values()].filter(isActive);
      if (active.length === 0) {
        await this.nextCommand();
        continue;
      }
      // Lockstep: no run starts epoch e + 1 before every training run has finished epoch e, so a
      // race on screen is fair at every moment whatever each epoch costs.
      const slowestEpoch = Math.min(...active.map((entry) => entry.run.epoch));
      const drawingRuns = active.filter((entry) => entry.drawsBoundary).length;
      for (const entry of active) {
        // A command handled during an earlier turn may have paused or replaced this run.
        if (this.runs.get(entry.runId) !== entry || !isActive(entry)) continue;
        if (!entry.run.isMidEpoch && entry.run.epoch > slowestEpoch) continue;
        this.turnInFlight = entry;
        await this.guarded(entry.runId, () => this.turn(entry, drawingRuns));
        this.turnInFlight = null;
        // Only after a Pause answered during the turn: a JavaScript-engine run takes thousands of turns a second.
        if (this.pausedAtOnce.size > 0) await this.flushPausedAtOnce();
        // Yield between turns only once a few milliseconds have passed: a JavaScript-engine epoch
        // takes about a millisecond, and a yield per turn cost a race of two most of its time.
        if (performance.now() - lastYieldMs >= YIELD_INTERVAL_MS) {
          await this.host.yieldToEventLoop();
          await this.handleInbox();
          lastYieldMs = performance.now();
        }
      }
    }
    for (const entry of this.runs.values()) entry.run.dispose();
    this.runs.clear();
  }

  /** Ends the loop after the current turn. */
  stop(): void {
    this.isStopping = true;
    this.wake?.();
  }

  /** Sleeps until a command arrives (or stop), unless one is already waiting. */
  private async nextCommand(): Promise<void> {
    if (this.inbox.length > 0 || this.isStopping) return;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
    });
    this.wake = null;
  }

  private async handleInbox(): Promise<void> {
    for (let command = this.inbox.shift(); command; command = this.inbox.shift()) {
      const current = command;
      await this.guarded(current.runId, () => this.handle(current));
    }
  }

  private async handle(command: WorkerCommand): Promise<void> {
    if (command.type === 'load') return this.load(command.runId, command);
    const entry = this.runs.get(command.runId);
    if (!entry) {
      if (command.type === 'dispose') return;
      throw new Error(`There is no run "${command.runId}" in the worker: load it first.`);
    }
    switch (command.type) {
      case 'train':
        return this.resume(entry, 'training');
      case 'step':
        return this.resume(entry, 'stepping');
      case 'pause':
        if (isActive(entry)) return this.settle(entry, 'paused');
        if (entry.status === 'paused')
          this.post({ type: 'runPaused', runId: entry.runId, epoch: entry.run.epoch });
        return;
      case 'updateOptimizer':
        entry.run.updateOptimizer(command.optimizer);
        return;
      case 'dispose':
        this.runs.delete(entry.runId);
        entry.run.dispose();
        return;
      default:
        return assertNever(command);
    }
  }

  private async load(runId: string, command: LoadCommand): Promise<void> {
    const previous = this.runs.get(runId);
    if (previous) {
      this.runs.delete(runId);
      previous.run.dispose();
    }
    const { run, choice } = await this.runFactory.make(command);
    const entry: ScheduledRun = {
      runId,
      run,
      status: 'paused',
      lastMetricsMs: 0,
      lastBoundaryMs: 0,
      boundaryCostMs: 0,
      drawsBoundary: command.drawsBoundary ?? true,
    };
    this.runs.set(runId, entry);
    this.post({
      type: 'runLoaded',
      runId,
      backend: choice.backend,
      backendReason: choice.reason,
      parameterCount: run.parameterCount,
    });
    run.recordMetrics();
    if (await this.postMetrics(entry)) await this.postBoundary(entry);
  }

  private async resume(entry: ScheduledRun, status: 'training' | 'stepping'): Promise<void> {
    if (entry.status === 'diverged') {
      this.post({ type: 'runDiverged', runId: entry.runId, epoch: entry.run.epoch });
    } else if (entry.run.isComplete && !entry.run.isMidEpoch) {
      await this.settle(entry, 'finished');
    } else {
      entry.status = status;
    }
  }

  /** Trains one epoch (or TURN_BUDGET_MS of it), then reports what is due. */
  private async turn(entry: ScheduledRun, drawingRuns: number): Promise<void> {
    const { run } = entry;
    // A backend that queues its work gets one step per turn and a wait for it, so that a Pause
    // is answered after that step rather than after every step queued behind it.
    const isEpochDone = run.trainUntil(performance.now() + (run.queuesWork ? 0 : TURN_BUDGET_MS));
    await run.awaitQueuedWork?.();
    if (isEpochDone && run.isComplete) return this.settle(entry, 'finished');
    if (isEpochDone && entry.status === 'stepping') return this.settle(entry, 'paused');
    const nowMs = performance.now();
    if (nowMs - entry.lastMetricsMs >= METRICS_INTERVAL_MS && !(await this.postMetrics(entry))) return;
    if (nowMs - entry.lastBoundaryMs >= boundaryIntervalMs(drawingRuns, entry.boundaryCostMs))
      await this.postBoundary(entry);
  }

  /** Stops a run: flushes its metrics and boundary, then reports the new status. */
  private async settle(entry: ScheduledRun, status: 'paused' | 'finished'): Promise<void> {
    if (!(await this.postMetrics(entry))) return;
    await this.postBoundary(entry);
    entry.status = status;
    const epoch = entry.run.epoch;
    this.post({ type: status === 'paused' ? 'runPaused' : 'runFinished', runId: entry.runId, epoch });
  }

  /** Posts the queued metrics; false (and runDiverged) when a non-finite epoch ended the run. */
  private async postMetrics(entry: ScheduledRun): Promise<boolean> {
    const readout = await entry.run.takeMetrics();
    entry.lastMetricsMs = performance.now();
    const { columns, divergedEpoch } = readout;
    if (columns) {
      const buffers = Object.values(columns).map((column: Float64Array) => column.buffer as ArrayBuffer);
      this.post(
        { type: 'epochsEnded', runId: entry.runId, metrics: columns, numTensors: this.liveTensorCount() },
        buffers,
      );
    }
    if (divergedEpoch === null) return true;
    entry.status = 'diverged';
    this.post({ type: 'runDiverged', runId: entry.runId, epoch: divergedEpoch });
    return false;
  }

  private async postBoundary(entry: ScheduledRun): Promise<void> {
    if (!entry.drawsBoundary) return;
    const startMs = performance.now();
    const grid = await entry.run.predictBoundary();
    // Timed from the start, so the computation's own time does not lower the rate.
    entry.lastBoundaryMs = startMs;
    entry.boundaryCostMs = performance.now() - startMs;
    if (!grid) return;
    this.post({ type: 'boundaryComputed', runId: entry.runId, epoch: entry.run.epoch, grid }, [
      grid.classIndex.buffer as ArrayBuffer,
      grid.confidence.buffer as ArrayBuffer,
    ]);
  }

  /** Runs `work`; on error reports runFailed and drops the run. */
  private async guarded(runId: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const entry = this.runs.get(runId);
      if (entry) {
        this.runs.delete(runId);
        try {
          entry.run.dispose();
        } catch {
          // The failure may have left tensors half-made; the run is gone either way.
        }
      }
      this.post({ type: 'runFailed', runId, message: messageOf(error) });
    }
  }

  /** Tensors alive in the worker: none before tfjs is loaded. */
  private liveTensorCount(): number {
    return this.runFactory.liveTensorCount();
  }

  private post(event: WorkerEvent, transfer: ArrayBuffer[] = []): void {
    this.host.post(event, transfer);
  }
}
