/** A scheduler on the cpu backend with its events recorded, for the scheduler's tests. */
import { buildSplitDataset } from '../../src/core/datasets/generate';
import type { Experiment } from '../../src/core/experiment/experiment';
import { defaultOptimizerParams } from '../../src/core/registries/optimizers';
import { type SchedulerHost, TrainingScheduler } from '../../src/train/schedule/scheduler';
import { activateBackend } from '../../src/train/tfjs/backend';
import { createTfjsEngine } from '../../src/train/tfjs/engine';
import type { WorkerCommand, WorkerEvent } from '../../src/worker/training/protocol';

/** A small TF-Playground-like experiment that trains 30 epochs in well under a second on cpu. */
export const EXPERIMENT: Experiment = {
  dataset: { id: 'circle', noise: 0, numPoints: 100, trainFraction: 0.5, seed: 1, numClasses: 2 },
  model: {
    hiddenLayers: [
      { kind: 'dense', units: 4, activation: 'tanh' },
      { kind: 'dense', units: 2, activation: 'tanh' },
    ],
  },
  loss: 'binaryCrossentropy',
  optimizer: { id: 'sgd', params: { ...defaultOptimizerParams('sgd'), learningRate: 0.03 } },
  training: { batchSize: 10, epochs: 30, l2: 0, seed: 1 },
};

/** The worker event of one type. */
export type EventOf<T extends WorkerEvent['type']> = Extract<WorkerEvent, { type: T }>;

/** A scheduler on the cpu backend whose events are recorded. */
export function startScheduler(overrides: Partial<SchedulerHost> = {}) {
  const events: WorkerEvent[] = [];
  const scheduler = new TrainingScheduler({
    post: (event) => events.push(event),
    loadDataset: ({ config }) => buildSplitDataset(config),
    loadTfjsEngine: async () => createTfjsEngine((_preference, needs) => activateBackend('cpu', needs)),
    yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
    ...overrides,
  });
  const loop = scheduler.run();
  const send = (command: WorkerCommand) => scheduler.receive(command);
  const ofType = <T extends WorkerEvent['type']>(type: T, runId = 'a') =>
    events.filter((event): event is EventOf<T> => event.type === type && event.runId === runId);
  async function waitFor<T extends WorkerEvent['type']>(
    type: T,
    runId = 'a',
    count = 1,
  ): Promise<EventOf<T>> {
    for (let waitedMs = 0; waitedMs < 20_000; waitedMs += 5) {
      const found = ofType(type, runId);
      if (found.length >= count) return found[count - 1] as EventOf<T>;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no ${type} for ${runId}; got ${events.map((event) => event.type).join(', ')}`);
  }
  /** Every reported epoch of a run, in order. */
  const epochs = (runId = 'a') => ofType('epochsEnded', runId).flatMap((event) => [...event.metrics.epoch]);
  const stop = async () => {
    scheduler.stop();
    await loop;
  };
  stopLast = stop;
  return { events, send, ofType, waitFor, epochs, stop };
}

let stopLast: (() => Promise<void>) | null = null;

/** Stops the scheduler the last startScheduler made (for afterEach). */
export async function stopLastScheduler(): Promise<void> {
  await stopLast?.();
  stopLast = null;
}
