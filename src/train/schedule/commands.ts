/**
 * What each worker command does to the loaded runs: load (or reload) one, train, step, pause,
 * change its optimizer, dispose. A command for a run that is not loaded fails in words.
 */
import type { ExportFormat } from '../../core/run/exportFormat';
import { assertNever } from '../../core/util/assert';
import { messageOf } from '../../core/util/messageOf';
import type { WorkerCommand } from '../../worker/training/protocol';
import { exportFiles } from '../shared/export/exportFiles';
import { MessageError } from '../shared/messageError';
import { runLearningRateTest } from './learningRateTest';
import type { Reporter } from './reporter';
import type { LoadCommand, RunMaker } from './runFactory';
import { isActive, newSlot, type RunSlot, type RunSlots } from './runSlots';

/** Carries out commands; one per scheduler. */
export class CommandHandler {
  constructor(
    private readonly slots: RunSlots,
    private readonly runMaker: RunMaker,
    private readonly reporter: Reporter,
    /** Lets queued messages in between the steps of a range test. */
    private readonly yieldToEventLoop: () => Promise<void> = async () => {},
  ) {}

  /** Carries out one command; throws, in words, what makes it impossible. */
  async handle(command: WorkerCommand): Promise<void> {
    if (command.type === 'load') return this.load(command);
    if (command.type === 'findLearningRate') {
      const { rates, losses } = await runLearningRateTest(this.runMaker, command, this.yieldToEventLoop);
      return this.reporter.learningRateRangeFound(command.runId, rates, losses);
    }
    const slot = this.slots.get(command.runId);
    if (!slot) {
      if (command.type === 'dispose') return;
      throw new Error(`There is no run "${command.runId}" in the worker: load it first.`);
    }
    switch (command.type) {
      case 'train':
        return this.resume(slot, 'training');
      case 'step':
        return this.resume(slot, 'stepping');
      case 'pause':
        if (isActive(slot)) return this.reporter.settle(slot, 'paused');
        if (slot.phase === 'paused') this.reporter.paused(slot);
        return;
      case 'updateOptimizer':
        slot.trainer.updateOptimizer(command.optimizer);
        return;
      case 'export':
        return this.export(slot, command.format);
      case 'dispose':
        this.slots.dispose(slot.runId);
        return;
      default:
        return assertNever(command);
    }
  }

  /** Replaces any run under the same id with a new one, paused at epoch 0, and sends its first metrics. */
  private async load(command: LoadCommand): Promise<void> {
    this.slots.dispose(command.runId);
    const { run, choice } = await this.runMaker.make(command);
    const slot = newSlot(command.runId, run, command.drawsBoundary ?? true);
    this.slots.add(slot);
    this.reporter.loaded(slot, choice);
    run.recordMetrics();
    await this.reporter.flush(slot);
  }

  /**
   * Makes an export's files. A failure is the export's alone: it is reported as such and, unlike
   * other commands' failures, leaves the run loaded and as it was.
   */
  private async export(slot: RunSlot, format: ExportFormat): Promise<void> {
    try {
      const state = await slot.trainer.trainedState();
      this.reporter.exportMade(slot.runId, format, state.epoch, exportFiles(format, state));
    } catch (error) {
      const message =
        error instanceof MessageError
          ? error.ref
          : { key: 'export.error.failed' as const, params: { detail: messageOf(error) } };
      this.reporter.exportFailed(slot.runId, format, message);
    }
  }

  /** Sets a run training (or stepping), unless it has diverged or finished: then says so again. */
  private async resume(slot: RunSlot, phase: 'training' | 'stepping'): Promise<void> {
    if (slot.phase === 'diverged') {
      this.reporter.diverged(slot);
    } else if (slot.trainer.isComplete && !slot.trainer.isMidEpoch) {
      await this.reporter.settle(slot, 'finished');
    } else {
      slot.phase = phase;
    }
  }
}
