/**
 * The runs loaded in the worker, each in a slot that holds its trainer, what the scheduler is
 * doing with it, and when it last reported. A failure anywhere drops the run and is reported once.
 */
import type { MessageRef } from '../../core/i18n/catalogue';
import { refOfError } from '../shared/messageError';
import type { Trainer } from '../shared/trainer';

/**
 * What the scheduler is doing with a run: not the store's RunStatus (what the page shows), which
 * also knows states only the page has, such as "pausing".
 */
export type SlotPhase = 'paused' | 'training' | 'stepping' | 'finished' | 'diverged';

/** A loaded run as the scheduler keeps it. */
export interface RunSlot {
  readonly runId: string;
  readonly trainer: Trainer;
  phase: SlotPhase;
  /** When its last epochsEnded was sent, on the scheduler's clock. */
  lastMetricsMs: number;
  /** When its last boundary was started, on the scheduler's clock. */
  lastBoundaryMs: number;
  /** What its last boundary took, in milliseconds. */
  boundaryCostMs: number;
  /** False for a run whose boundary nobody shows. */
  readonly drawsBoundary: boolean;
  /** The epoch in progress as last reported (see reporter.ts), or null when none is being reported. */
  progressSample: ProgressSample | null;
}

/** When an epoch was first seen under way, and how far it had got at its last report. */
export interface ProgressSample {
  readonly epoch: number;
  readonly firstSeenMs: number;
  lastAtMs: number;
  lastExamples: number;
  /** Whether a report of this epoch was sent yet. */
  hasReported: boolean;
}

/** True while the run trains (for good, or for one epoch). */
export const isActive = (slot: RunSlot): boolean => slot.phase === 'training' || slot.phase === 'stepping';

/** A slot for a freshly loaded run: paused at its first epoch, nothing reported yet. */
export function newSlot(runId: string, trainer: Trainer, drawsBoundary: boolean): RunSlot {
  return {
    runId,
    trainer,
    phase: 'paused',
    lastMetricsMs: 0,
    lastBoundaryMs: 0,
    boundaryCostMs: 0,
    drawsBoundary,
    progressSample: null,
  };
}

/** Reports that a run failed, in a message the page puts into words. */
export type FailureReport = (runId: string, message: MessageRef) => void;

/** The loaded runs by id; one per scheduler. */
export class RunSlots {
  private readonly slots = new Map<string, RunSlot>();

  constructor(private readonly reportFailure: FailureReport) {}

  /** The run loaded under this id, if any. */
  get(runId: string): RunSlot | undefined {
    return this.slots.get(runId);
  }

  /** True while this slot is still the one loaded under its id (not disposed, replaced or failed). */
  holds(slot: RunSlot): boolean {
    return this.slots.get(slot.runId) === slot;
  }

  /** The runs that train, in load order. */
  active(): RunSlot[] {
    return [...this.slots.values()].filter(isActive);
  }

  /** Adds a loaded run. */
  add(slot: RunSlot): void {
    this.slots.set(slot.runId, slot);
  }

  /** Drops and frees the run loaded under this id, if any. */
  dispose(runId: string): void {
    const slot = this.slots.get(runId);
    if (!slot) return;
    this.slots.delete(runId);
    slot.trainer.dispose();
  }

  /** Frees every run (when the loop ends). */
  disposeAll(): void {
    for (const slot of this.slots.values()) slot.trainer.dispose();
    this.slots.clear();
  }

  /** Runs `work`; on error drops the run and reports runFailed for it. */
  async guard(runId: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      try {
        this.dispose(runId);
      } catch {
        // The failure may have left tensors half-made; the run is gone either way.
      }
      this.reportFailure(runId, refOfError(error));
    }
  }
}
