/**
 * A scheduler with its events recorded, for the scheduler's tests (on fake trainers, fakeRuns.ts)
 * and the race tests beside the tfjs engine (by default, real runs on tfjs's cpu backend).
 */
import { buildSplitDataset } from '../../src/core/datasets/generate';
import type { Experiment } from '../../src/core/experiment/experiment';
import { defaultOptimizerParams } from '../../src/core/registries/optimizers';
import { RunFactory, type RunMaker, type RunSources } from '../../src/train/schedule/runFactory';
import { type SchedulerHost, TrainingScheduler } from '../../src/train/schedule/scheduler';
import type { TfjsEngine } from '../../src/train/tfjs/engine';
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

/** What startScheduler may replace: the host's parts, the run maker, or the default maker's sources. */
export type SchedulerTestOptions = Partial<SchedulerHost> &
  Partial<RunSources> & { readonly runs?: RunMaker };

/**
 * tfjs on its cpu backend, imported when a run first needs it, so that tests on fake trainers
 * never load tfjs.
 */
async function cpuTfjsEngine(): Promise<TfjsEngine> {
  const [{ createTfjsEngine }, { activateBackend }] = await Promise.all([
    import('../../src/train/tfjs/engine'),
    import('../../src/train/tfjs/backend'),
  ]);
  return createTfjsEngine((_preference, needs) => activateBackend('cpu', needs));
}

/** A started scheduler whose events are recorded (real runs on tfjs's cpu backend unless `runs` is given). */
export function startScheduler(options: SchedulerTestOptions = {}) {
  const { runs, loadDataset, loadTfjsEngine, ...hostParts } = options;
  const runMaker =
    runs ??
    new RunFactory({
      loadDataset: loadDataset ?? (({ config }) => buildSplitDataset(config)),
      loadTfjsEngine: loadTfjsEngine ?? cpuTfjsEngine,
    });
  const events: WorkerEvent[] = [];
  const host: SchedulerHost = {
    post: (event) => events.push(event),
    yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
    now: () => performance.now(),
    ...hostParts,
  };
  const scheduler = new TrainingScheduler(host, runMaker);
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

/** Resolves once `condition` holds, looking every 5 ms; fails, naming `what`, after 20 s. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waitedMs = 0; waitedMs < 20_000; waitedMs += 5) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting for ${what}`);
}

let stopLast: (() => Promise<void>) | null = null;

/** Stops the scheduler the last startScheduler made (for afterEach). */
export async function stopLastScheduler(): Promise<void> {
  await stopLast?.();
  stopLast = null;
}
