/**
 * The main-thread side of the training worker: owns the Worker object, sends typed commands and
 * hands typed events to one listener. A worker that crashes, closes itself or never starts is
 * reported as a failed run for every run it held, and the next command starts a fresh worker.
 */
import type { MessageRef } from '../../core/i18n/catalogue';
import { prepareForPosting } from '../data/loadCommand';
import { WEBGL_CONTEXT_LOST_MESSAGE, type WorkerCommand, type WorkerEvent } from './protocol';
import {
  createTrainingWorker,
  type NamedWorker,
  takeEarlyTrainingWorker,
  uniqueWorkerName,
} from './workerStart';

/** Receives every event of the worker, including synthesised failures. */
export type WorkerEventListener = (event: WorkerEvent) => void;

/** Creates the Worker with the given name; injectable so that tests can route it elsewhere. */
export type WorkerFactory = (name: string) => Worker;

export { TRAINING_WORKER_NAME_PREFIX } from './workerStart';

/**
 * How long a fresh worker may stay silent before it counts as dead: a tfjs run first fetches
 * tfjs's chunk and starts its backend, and a slow connection adds to it (see docs/decisions/startup.md).
 */
export const WORKER_STARTUP_TIMEOUT_MS = 45_000;

/** Options of the client; the defaults are the browser's. */
export interface TrainingClientOptions {
  readonly createWorker?: WorkerFactory;
  /** The Web Locks API, absent outside secure contexts (the client then only sees crashes). */
  readonly locks?: LockManager | undefined;
  readonly startupTimeoutMs?: number;
  /** A worker started before the client existed, taken over for the first run (trainingWorkerStart.ts). */
  readonly takeStartedWorker?: () => NamedWorker | null;
}

/** The crash in a message: the thrown text without the browser's "Uncaught Error: " prefix; a dying thread may give none. */
function crashMessage(thrown: string): MessageRef {
  const detail = thrown.replace(/^Uncaught\s+(\w*Error:\s*)?/, '');
  if (detail === '') return { key: 'training.error.workerCrashedSilently' };
  if (detail === WEBGL_CONTEXT_LOST_MESSAGE) return { key: 'training.error.webglContextLost' };
  return { key: 'training.error.workerCrashed', params: { detail } };
}

/** A restartable connection to the training worker. */
export class TrainingClient {
  private worker: Worker | null = null;
  private readonly liveRunIds = new Set<string>();
  private readonly createWorker: WorkerFactory;
  private readonly locks: LockManager | undefined;
  private readonly startupTimeoutMs: number;
  private readonly takeStartedWorker: () => NamedWorker | null;
  private startupTimer: ReturnType<typeof setTimeout> | null = null;
  private hasWorkerAnswered = false;

  constructor(
    private readonly listener: WorkerEventListener,
    options: TrainingClientOptions = {},
  ) {
    this.createWorker = options.createWorker ?? createTrainingWorker;
    this.locks = 'locks' in options ? options.locks : globalThis.navigator?.locks;
    this.startupTimeoutMs = options.startupTimeoutMs ?? WORKER_STARTUP_TIMEOUT_MS;
    this.takeStartedWorker = options.takeStartedWorker ?? takeEarlyTrainingWorker;
  }

  /** Sends a command, starting a worker first if none is alive. */
  send(command: WorkerCommand): void {
    if (command.type === 'load') this.liveRunIds.add(command.runId);
    if (command.type === 'dispose') this.liveRunIds.delete(command.runId);
    const worker = this.ensureWorker();
    // Only a load makes the worker answer; a dispose alone may rightly get no reply.
    if (command.type === 'load') this.armStartupTimer();
    const { message, transfer } = prepareForPosting(command);
    worker.postMessage(message, transfer);
  }

  /** Ends the worker and forgets its runs. */
  terminate(): void {
    this.clearStartupTimer();
    this.worker?.terminate();
    this.worker = null;
    this.liveRunIds.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const started = this.takeStartedWorker();
    const name = started?.name ?? uniqueWorkerName();
    const worker = started?.worker ?? this.createWorker(name);
    this.hasWorkerAnswered = false;
    worker.addEventListener('message', (message: MessageEvent<WorkerEvent>) => {
      if (this.worker === worker && !this.hasWorkerAnswered) {
        this.hasWorkerAnswered = true;
        this.clearStartupTimer();
        this.watchForExit(worker, name);
      }
      this.listener(message.data);
    });
    worker.addEventListener('error', (error: ErrorEvent) => {
      error.preventDefault();
      if (this.worker === worker) this.failAll(crashMessage(error.message));
    });
    worker.addEventListener('messageerror', () => {
      if (this.worker === worker) this.failAll({ key: 'training.error.unreadable' });
    });
    this.worker = worker;
    return worker;
  }

  /**
   * A worker that closes itself or whose thread dies raises no event. The worker took its lock
   * before it could post anything, so once it has answered, being granted that lock means it is gone.
   */
  private watchForExit(worker: Worker, name: string): void {
    if (!this.locks) return;
    void this.locks
      .request(name, () => {
        if (this.worker === worker) this.failAll({ key: 'training.error.workerStopped' });
      })
      .catch(() => {
        // Locks refused (e.g. a sandboxed frame): crashes are still reported through 'error'.
      });
  }

  private armStartupTimer(): void {
    if (this.startupTimer !== null || this.worker === null || this.hasWorkerAnswered) return;
    const worker = this.worker;
    this.startupTimer = setTimeout(() => {
      this.startupTimer = null;
      if (this.worker === worker)
        this.failAll({
          key: 'training.error.workerSilent',
          params: { seconds: this.startupTimeoutMs / 1000 },
        });
    }, this.startupTimeoutMs);
  }

  private clearStartupTimer(): void {
    if (this.startupTimer === null) return;
    clearTimeout(this.startupTimer);
    this.startupTimer = null;
  }

  /** Ends the worker and reports every run it held as failed with `message`. */
  private failAll(message: MessageRef): void {
    const runIds = [...this.liveRunIds];
    this.terminate();
    for (const runId of runIds) this.listener({ type: 'runFailed', runId, message });
  }
}
