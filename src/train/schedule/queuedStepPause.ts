/**
 * The WebGL special case. A backend that queues its work trains one step per turn and then waits
 * for it, and nothing can interrupt that wait, which lasts seconds on a slow GPU (see
 * docs/decisions/scheduler.md). A Pause that arrives meanwhile is answered at once: the run stops
 * after that step, as it would have anyway, and what the step changed is sent when it lands.
 */
import type { Reporter } from './reporter';
import { isActive, type RunSlot, type RunSlots } from './runSlots';

/** Pauses answered while a queued step is in flight; one per scheduler. */
export class QueuedStepPause {
  /** The run whose turn the loop is in, while it is. */
  private inFlight: RunSlot | null = null;
  /** Runs paused while a queued step was in flight: their metrics and boundary are sent once it lands. */
  private readonly pausedAtOnce = new Set<RunSlot>();

  constructor(
    private readonly slots: RunSlots,
    private readonly reporter: Reporter,
  ) {}

  /** True when a run was paused at once and what its step changed is still to be sent. */
  get hasPending(): boolean {
    return this.pausedAtOnce.size > 0;
  }

  /** Runs a turn of `slot`, known as the one in flight until it ends. */
  async during(slot: RunSlot, turn: () => Promise<void>): Promise<void> {
    this.inFlight = slot;
    try {
      await turn();
    } finally {
      this.inFlight = null;
    }
  }

  /**
   * Pauses a training run at once if the turn in flight waits for queued work; false when the
   * Pause must queue instead. Only when no command is queued ahead of the Pause, whose order must
   * hold: the caller checks that.
   */
  pauseAtOnce(runId: string): boolean {
    const slot = this.slots.get(runId);
    if (!slot || !isActive(slot) || !this.inFlight?.trainer.queuesWork) return false;
    slot.phase = 'paused';
    this.pausedAtOnce.add(slot);
    this.reporter.paused(slot);
    return true;
  }

  /** Sends the metrics and boundary of runs paused at once, now that no step is in flight. */
  async flush(): Promise<void> {
    for (const slot of this.pausedAtOnce) {
      this.pausedAtOnce.delete(slot);
      // The step may have ended the run (finished, diverged): the turn has reported that instead.
      if (!this.slots.holds(slot) || slot.phase !== 'paused') continue;
      await this.slots.guard(slot.runId, async () => {
        await this.reporter.flush(slot);
      });
    }
  }
}
