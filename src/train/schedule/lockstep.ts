/**
 * The loop that trains. It handles the commands waiting in the inbox, then gives each training run
 * a turn in lockstep: no run starts epoch e + 1 before every training run has finished epoch e, so
 * a race on screen is fair at every moment whatever each epoch costs. It lets commands in every
 * few milliseconds, so that a Pause is answered promptly.
 */
import type { Inbox } from './inbox';
import type { QueuedStepPause } from './queuedStepPause';
import type { Clock, Reporter } from './reporter';
import { isActive, type RunSlot, type RunSlots } from './runSlots';

/** Longest a turn trains before yielding, when an epoch is longer than that (Pause must answer within 100 ms). */
export const TURN_BUDGET_MS = 25;
/** Longest time the loop trains before letting commands in (Pause must answer within 100 ms). */
export const YIELD_INTERVAL_MS = 8;

/** What the loop works with: the scheduler's parts. */
export interface LockstepParts {
  readonly slots: RunSlots;
  readonly inbox: Inbox;
  readonly reporter: Reporter;
  readonly pauses: QueuedStepPause;
  /** The clock turns are timed on; trainers read their deadlines on it too. */
  readonly now: Clock;
  /** Lets queued messages in. */
  readonly yieldToEventLoop: () => Promise<void>;
  /** Handles every command waiting in the inbox, in order. */
  readonly handleInbox: () => Promise<void>;
}

/** True when a run may take a turn in a round whose slowest run has completed `slowestEpoch`. */
export const takesTurn = (slot: RunSlot, slowestEpoch: number): boolean =>
  slot.trainer.isMidEpoch || slot.trainer.epoch <= slowestEpoch;

/** The training loop; one per scheduler. */
export class LockstepLoop {
  private isStopping = false;

  constructor(private readonly parts: LockstepParts) {}

  /** Runs until stop(), then disposes every run. */
  async run(): Promise<void> {
    const { slots, inbox, pauses, now } = this.parts;
    let lastYieldMs = now();
    while (!this.isStopping) {
      await this.parts.handleInbox();
      const active = slots.active();
      if (active.length === 0) {
        if (!this.isStopping) await inbox.arrival();
        continue;
      }
      const slowestEpoch = Math.min(...active.map((slot) => slot.trainer.epoch));
      const drawingRuns = active.filter((slot) => slot.drawsBoundary).length;
      for (const slot of active) {
        // A command handled during an earlier turn may have paused or replaced this run.
        if (!slots.holds(slot) || !isActive(slot) || !takesTurn(slot, slowestEpoch)) continue;
        await pauses.during(slot, () => slots.guard(slot.runId, () => this.turn(slot, drawingRuns)));
        // Only after a Pause answered during the turn: short epochs make turns far more frequent than Pauses.
        if (pauses.hasPending) await pauses.flush();
        // Not after every turn: a yield per turn weighs on short epochs (docs/decisions/scheduler.md).
        if (now() - lastYieldMs >= YIELD_INTERVAL_MS) {
          await this.parts.yieldToEventLoop();
          await this.parts.handleInbox();
          lastYieldMs = now();
        }
      }
    }
    slots.disposeAll();
  }

  /** Ends the loop after the current turn. */
  stop(): void {
    this.isStopping = true;
    this.parts.inbox.interrupt();
  }

  /** Trains one epoch (or TURN_BUDGET_MS of it), then reports what is due. */
  private async turn(slot: RunSlot, drawingRuns: number): Promise<void> {
    const { trainer } = slot;
    const { reporter, now } = this.parts;
    // A backend that queues its work gets one step per turn and a wait for it, so that a Pause
    // is answered after that step rather than after every step queued behind it.
    const isEpochDone = trainer.trainUntil(now() + (trainer.queuesWork ? 0 : TURN_BUDGET_MS));
    await trainer.awaitQueuedWork?.();
    if (isEpochDone && trainer.isComplete) return reporter.settle(slot, 'finished');
    if (isEpochDone && slot.phase === 'stepping') return reporter.settle(slot, 'paused');
    await reporter.sendDue(slot, drawingRuns);
  }
}
