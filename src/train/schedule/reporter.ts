/**
 * What the scheduler tells the page about its runs: metrics coalesced (one epochsEnded per run per
 * METRICS_INTERVAL_MS while it trains), boundaries at the rate boundaryPacing.ts sets, and each
 * change of phase. Times come from an injected clock, so that tests pace it without sleeping.
 */
import type { MessageRef } from '../../core/i18n/catalogue';
import type { ExportFile, ExportFormat } from '../../core/run/exportFormat';
import type { WorkerEvent } from '../../worker/training/protocol';
import { boundaryIntervalMs } from './boundaryPacing';
import type { EngineChoice } from './engineChoice';
import type { RunSlot } from './runSlots';

/** A clock in milliseconds: performance.now in the worker, one the test moves in tests. */
export type Clock = () => number;

/** Sends an event, transferring the listed buffers. */
export type PostEvent = (event: WorkerEvent, transfer: ArrayBuffer[]) => void;

/** Minimum time between two epochsEnded messages of one run while it trains. */
export const METRICS_INTERVAL_MS = 100;

/** An epoch is reported batch by batch once it has lasted this long: shorter ones end before anyone waits. */
export const SLOW_EPOCH_MS = 1000;
/** Minimum time between two epochProgress messages of one run. */
export const PROGRESS_INTERVAL_MS = 250;

/** Posts a scheduler's events; one per scheduler. */
export class Reporter {
  constructor(
    private readonly post: PostEvent,
    private readonly now: Clock,
    /** Tensors alive in the worker, sent with each epochsEnded. */
    private readonly liveTensorCount: () => number,
  ) {}

  /** Tells that a run is loaded, on which engine and why. */
  loaded(slot: RunSlot, choice: EngineChoice): void {
    const { runId, trainer } = slot;
    const { backend, reason, measurement } = choice;
    this.post(
      {
        type: 'runLoaded',
        runId,
        backend,
        backendReason: reason,
        parameterCount: trainer.parameterCount,
        ...(measurement ? { measurement } : {}),
      },
      [],
    );
  }

  /** Hands over an export's files, transferring their bytes. */
  exportMade(runId: string, format: ExportFormat, epoch: number, files: readonly ExportFile[]): void {
    this.post(
      { type: 'exportMade', runId, format, epoch, files },
      files.map((file) => file.bytes),
    );
  }

  /** Tells that an export could not be made. */
  exportFailed(runId: string, format: ExportFormat, message: MessageRef): void {
    this.post({ type: 'exportFailed', runId, format, message }, []);
  }

  /** Tells that a run is paused, at the epoch it has completed. */
  paused(slot: RunSlot): void {
    slot.progressSample = null;
    this.post({ type: 'runPaused', runId: slot.runId, epoch: slot.trainer.epoch }, []);
  }

  /** Tells again that a run has diverged (when asked to train on). */
  diverged(slot: RunSlot): void {
    this.post({ type: 'runDiverged', runId: slot.runId, epoch: slot.trainer.epoch }, []);
  }

  /** Tells that a run failed, in a message the page puts into words. */
  /** Sends a range test's rates and losses (their buffers transferred). */
  learningRateRangeFound(runId: string, rates: Float64Array, losses: Float64Array): void {
    this.post({ type: 'learningRateRangeFound', runId, rates, losses }, [
      rates.buffer as ArrayBuffer,
      losses.buffer as ArrayBuffer,
    ]);
  }

  failed(runId: string, message: MessageRef): void {
    this.post({ type: 'runFailed', runId, message }, []);
  }

  /** Stops a run: flushes its metrics and boundary, then reports its new phase. */
  async settle(slot: RunSlot, phase: 'paused' | 'finished'): Promise<void> {
    // Time paused must not count against the epoch's rate.
    slot.progressSample = null;
    if (!(await this.flush(slot))) return;
    slot.phase = phase;
    const { runId, trainer } = slot;
    this.post({ type: phase === 'paused' ? 'runPaused' : 'runFinished', runId, epoch: trainer.epoch }, []);
  }

  /** Sends the queued metrics, then the boundary; false (and runDiverged) when the metrics ended the run. */
  async flush(slot: RunSlot): Promise<boolean> {
    if (!(await this.sendMetrics(slot))) return false;
    await this.sendBoundary(slot);
    return true;
  }

  /** After a turn, sends what is due: the metrics once per interval, the boundary at its paced rate. */
  async sendDue(slot: RunSlot, drawingRuns: number): Promise<void> {
    const nowMs = this.now();
    if (nowMs - slot.lastMetricsMs >= METRICS_INTERVAL_MS && !(await this.sendMetrics(slot))) return;
    if (nowMs - slot.lastBoundaryMs >= boundaryIntervalMs(drawingRuns, slot.boundaryCostMs))
      await this.sendBoundary(slot);
    this.sendProgress(slot);
  }

  /**
   * Reports how far a slow epoch has got, at most every PROGRESS_INTERVAL_MS, with the examples
   * per second since the previous report (examples, not batches: the last batch may be short).
   */
  private sendProgress(slot: RunSlot): void {
    const progress = slot.trainer.batchProgress;
    if (!progress) return;
    const nowMs = this.now();
    const epoch = slot.trainer.epoch + 1;
    const sample = slot.progressSample;
    if (!sample || sample.epoch !== epoch) {
      slot.progressSample = {
        epoch,
        firstSeenMs: nowMs,
        lastAtMs: nowMs,
        lastExamples: progress.examplesDone,
        hasReported: false,
      };
      return;
    }
    if (nowMs - sample.firstSeenMs < SLOW_EPOCH_MS || nowMs - sample.lastAtMs < PROGRESS_INTERVAL_MS) return;
    const examplesPerSecond = sample.hasReported
      ? ((progress.examplesDone - sample.lastExamples) * 1000) / (nowMs - sample.lastAtMs)
      : ((progress.examplesDone - sample.lastExamples) * 1000) / (nowMs - sample.firstSeenMs);
    sample.lastAtMs = nowMs;
    sample.lastExamples = progress.examplesDone;
    sample.hasReported = true;
    this.post(
      { type: 'epochProgress', runId: slot.runId, progress: { ...progress, epoch, examplesPerSecond } },
      [],
    );
  }

  /** Posts the queued metrics; false (and runDiverged) when a non-finite epoch ended the run. */
  private async sendMetrics(slot: RunSlot): Promise<boolean> {
    const { columns, divergedEpoch } = await slot.trainer.takeMetrics();
    slot.lastMetricsMs = this.now();
    if (columns) {
      const buffers = Object.values(columns).map((column: Float64Array) => column.buffer as ArrayBuffer);
      const numTensors = this.liveTensorCount();
      this.post({ type: 'epochsEnded', runId: slot.runId, metrics: columns, numTensors }, buffers);
    }
    if (divergedEpoch === null) return true;
    slot.phase = 'diverged';
    this.post({ type: 'runDiverged', runId: slot.runId, epoch: divergedEpoch }, []);
    return false;
  }

  private async sendBoundary(slot: RunSlot): Promise<void> {
    if (!slot.drawsBoundary) return;
    const startMs = this.now();
    const grid = await slot.trainer.predictBoundary();
    // Timed from the start, so the computation's own time does not lower the rate.
    slot.lastBoundaryMs = startMs;
    slot.boundaryCostMs = this.now() - startMs;
    if (!grid) return;
    const transfer = [grid.classIndex.buffer as ArrayBuffer, grid.confidence.buffer as ArrayBuffer];
    this.post({ type: 'boundaryComputed', runId: slot.runId, epoch: slot.trainer.epoch, grid }, transfer);
  }
}
