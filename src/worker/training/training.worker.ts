/**
 * The training worker's entry: thin wiring of WorkerCommand messages to the scheduler in
 * src/train, which owns the runs. This chunk holds no tfjs: the JavaScript engine, which trains
 * every small dense network, answers without it, and tfjs (with the wasm backend's setup) comes in
 * its own chunk through the one dynamic import below, the first time a run needs it.
 */

import { createEventLoopYield } from '../../train/schedule/eventLoopYield';
import { RunFactory } from '../../train/schedule/runFactory';
import { TrainingScheduler } from '../../train/schedule/scheduler';
import { loadSplit, ShippedCache } from '../data/datasetLoader';
import type { WorkerCommand, WorkerEvent } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * A lock held until this worker is gone: the client, granted it then, learns of a silent exit
 * (trainingClient.ts). It must be held before the worker posts anything, or a client that asks for
 * it on the first answer gets it at once and takes a worker that answers quickly (a run on the
 * JavaScript engine starts no backend) for a dead one.
 */
const lockHeld: Promise<void> =
  self.name && 'locks' in self.navigator
    ? new Promise<void>((resolve) => {
        void self.navigator.locks
          .request(self.name, () => {
            resolve();
            return new Promise(() => {});
          })
          .catch(() => resolve());
      })
    : Promise.resolve();

/** The last shipped sets this worker decoded: a restart of the same experiment does not fetch again. */
const shippedCache = new ShippedCache();

const runFactory = new RunFactory({
  loadDataset: (request) => loadSplit(request, shippedCache),
  // The only way into tfjs: a static import here would put all of it back in this chunk.
  loadTfjsEngine: async () => (await import('../../train/tfjs/tfjsWorkerEntry')).createTfjsEngine(),
});

const scheduler = new TrainingScheduler(
  {
    post: (event: WorkerEvent, transfer: ArrayBuffer[]) => self.postMessage(event, transfer),
    yieldToEventLoop: createEventLoopYield(),
    now: () => performance.now(),
  },
  runFactory,
);

self.addEventListener('message', (message: MessageEvent<WorkerCommand>) => scheduler.receive(message.data));

// Commands queue in the scheduler meanwhile; it handles them once the lock is held.
void lockHeld.then(() => scheduler.run());
