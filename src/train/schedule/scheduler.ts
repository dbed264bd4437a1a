/**
 * The worker's brain, kept free of worker globals so that Node tests can drive it on fake trainers.
 * Commands wait in the inbox (inbox.ts) and do what commands.ts says; one loop (lockstep.ts)
 * handles them and trains the runs in lockstep; reporter.ts sends what the page shows, at a paced
 * rate; queuedStepPause.ts answers a Pause at once while a WebGL step is in flight. Every error
 * becomes runFailed for its run. What each load makes is runFactory.ts's.
 */
import type { WorkerCommand, WorkerEvent } from '../../worker/training/protocol';
import { CommandHandler } from './commands';
import { Inbox } from './inbox';
import { LockstepLoop } from './lockstep';
import { QueuedStepPause } from './queuedStepPause';
import { Reporter } from './reporter';
import type { RunMaker } from './runFactory';
import { RunSlots } from './runSlots';

/** What the scheduler needs from its host (the worker, or a test). */
export interface SchedulerHost {
  /** Sends an event, transferring the listed buffers. */
  post(event: WorkerEvent, transfer: ArrayBuffer[]): void;
  /** Lets queued messages in. */
  yieldToEventLoop(): Promise<void>;
  /** The time in milliseconds (performance.now in the worker): trainers read their deadlines on it. */
  now(): number;
}

/** Runs commands and trains; one per worker. */
export class TrainingScheduler {
  private readonly inbox = new Inbox();
  private readonly slots: RunSlots;
  private readonly pauses: QueuedStepPause;
  private readonly commands: CommandHandler;
  private readonly loop: LockstepLoop;

  constructor(host: SchedulerHost, runMaker: RunMaker) {
    const now = (): number => host.now();
    const reporter = new Reporter(
      (event, transfer) => host.post(event, transfer),
      now,
      () => runMaker.liveTensorCount(),
    );
    this.slots = new RunSlots((runId, message) => reporter.failed(runId, message));
    this.pauses = new QueuedStepPause(this.slots, reporter);
    this.commands = new CommandHandler(this.slots, runMaker, reporter, () => host.yieldToEventLoop());
    this.loop = new LockstepLoop({
      slots: this.slots,
      inbox: this.inbox,
      reporter,
      pauses: this.pauses,
      now,
      yieldToEventLoop: () => host.yieldToEventLoop(),
      handleInbox: () => this.handleInbox(),
    });
  }

  /** Queues a command; the loop handles it at its next turn (a Pause may be answered at once). */
  receive(command: WorkerCommand): void {
    if (command.type === 'pause' && this.inbox.isEmpty && this.pauses.pauseAtOnce(command.runId)) return;
    this.inbox.push(command);
  }

  /** The loop: resolves after stop(), with every run disposed. */
  run(): Promise<void> {
    return this.loop.run();
  }

  /** Ends the loop after the current turn. */
  stop(): void {
    this.loop.stop();
  }

  private async handleInbox(): Promise<void> {
    for (let command = this.inbox.take(); command; command = this.inbox.take()) {
      const current = command;
      await this.slots.guard(current.runId, () => this.commands.handle(current));
    }
  }
}
