/**
 * Starting the training worker, kept apart from the client so that the page can start it as the
 * first thing its code does (src/app/startTrainingWorker.ts): the worker then fetches and compiles
 * its script while the page evaluates the app's code and renders, instead of after. Created in
 * the app's first effects, its start was most of the time from pressing Train to the first epoch
 * (see docs/decisions/startup.md).
 */

/**
 * Prefix of the worker's name. The worker holds a Web Lock named after itself for its whole
 * life (see training.worker.ts), so the lock is free again exactly when the worker is gone.
 */
export const TRAINING_WORKER_NAME_PREFIX = 'training-worker-';

/** A worker and the name it was given (the name of its lock). */
export interface NamedWorker {
  readonly worker: Worker;
  readonly name: string;
}

/** A name no other worker of this origin has, in any tab: locks are shared across the origin. */
export function uniqueWorkerName(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${TRAINING_WORKER_NAME_PREFIX}${Array.from(random, (word) => word.toString(36)).join('')}`;
}

/** The training worker, named. */
export const createTrainingWorker = (name: string): Worker =>
  new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name });

let early: NamedWorker | null = null;
let hasEarlyWorkerFailed = false;
/** Until a client takes the worker over, a failure is only noted here (it has no listener yet). */
const noteEarlyFailure = (event: Event): void => {
  event.preventDefault();
  hasEarlyWorkerFailed = true;
};

/** Starts the training worker now, once, where workers exist. */
export function startTrainingWorkerEarly(): void {
  if (early !== null || typeof Worker === 'undefined') return;
  const name = uniqueWorkerName();
  const worker = createTrainingWorker(name);
  worker.addEventListener('error', noteEarlyFailure);
  early = { worker, name };
}

/**
 * The worker started early, to the first caller only; null when none was started or when it
 * failed before this (it is ended then: the caller starts its own, whose failure it sees).
 */
export function takeEarlyTrainingWorker(): NamedWorker | null {
  const taken = early;
  early = null;
  if (taken === null) return null;
  taken.worker.removeEventListener('error', noteEarlyFailure);
  if (!hasEarlyWorkerFailed) return taken;
  taken.worker.terminate();
  return null;
}
