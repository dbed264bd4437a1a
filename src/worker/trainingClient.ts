/**
 * The main-thread side of the training worker: owns the Worker object, sends typed commands and
 * hands typed events to one listener. A worker that crashes is reported as a failed run for every
 * run it held, and the next command starts a fresh worker.
 */
import type { WorkerCommand, WorkerEvent } from './protocol';

/** Receives every event of the worker, including synthesised failures. */
export type WorkerEventListener = (event: WorkerEvent) => void;

/** Creates the Worker; injectable so that tests can route it elsewhere. */
export type WorkerFactory = () => Worker;

const createTrainingWorker: WorkerFactory = () =>
  new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'training' });

/** A restartable connection to the training worker. */
export class TrainingClient {
  private worker: Worker | null = null;
  private readonly liveRunIds = new Set<string>();

  constructor(
    private readonly listener: WorkerEventListener,
    private readonly createWorker: WorkerFactory = createTrainingWorker,
  ) {}

  /** Sends a command, starting a worker first if none is alive. */
  send(command: WorkerCommand): void {
    if (command.type === 'load') this.liveRunIds.add(command.runId);
    if (command.type === 'dispose') this.liveRunIds.delete(command.runId);
    this.ensureWorker().postMessage(command);
  }

  /** Ends the worker and forgets its runs. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.liveRunIds.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (message: MessageEvent<WorkerEvent>) => this.listener(message.data));
    worker.addEventListener('error', (error: ErrorEvent) => {
      error.preventDefault();
      this.failAll(error.message || 'the training worker stopped unexpectedly');
    });
    worker.addEventListener('messageerror', () =>
      this.failAll('a message from the training worker was unreadable'),
    );
    this.worker = worker;
    return worker;
  }

  private failAll(reason: string): void {
    const runIds = [...this.liveRunIds];
    this.terminate();
    for (const runId of runIds) {
      this.listener({ type: 'runFailed', runId, message: `The training worker crashed: ${reason}` });
    }
  }
}
