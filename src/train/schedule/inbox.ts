/**
 * The worker commands waiting for the loop, in arrival order. Commands that arrive while the loop
 * is busy (a data set loading, an epoch training) wait here and are handled in order afterwards.
 */
import type { WorkerCommand } from '../../worker/training/protocol';

/** A queue of commands the loop can sleep on. */
export class Inbox {
  private readonly commands: WorkerCommand[] = [];
  private wake: (() => void) | null = null;

  /** True when no command waits. */
  get isEmpty(): boolean {
    return this.commands.length === 0;
  }

  /** Queues a command and wakes the loop if it sleeps. */
  push(command: WorkerCommand): void {
    this.commands.push(command);
    this.wake?.();
  }

  /** The oldest waiting command, taken off the queue. */
  take(): WorkerCommand | undefined {
    return this.commands.shift();
  }

  /** Resolves when a command waits (at once if one does already) or when interrupted. */
  async arrival(): Promise<void> {
    if (!this.isEmpty) return;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
    });
    this.wake = null;
  }

  /** Wakes a loop sleeping in arrival() without a command (to stop it). */
  interrupt(): void {
    this.wake?.();
  }
}
