import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type EventOf,
  EXPERIMENT,
  startScheduler,
  stopLastScheduler,
} from '../../../test/kits/schedulerTestKit';
import { drawnPointsDataset } from '../../core/datasets/custom';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { Experiment } from '../../core/experiment/experiment';
import type { DatasetRequest } from '../../worker/data/datasetLoader';
import type { Trainer } from '../shared/trainer';
import { activateBackend } from '../tfjs/backend';
import { createTfjsEngine, type TfjsEngine } from '../tfjs/engine';

/**
 * A tfjs run on cpu made to behave like one on WebGL: it queues its steps, and the wait for them
 * lasts until the test lets it end (while `gate.isHeld`).
 */
function withQueuedSteps(run: Trainer, gate: { isHeld: boolean; waiting: (() => void) | null }): Trainer {
  const awaitQueuedWork = (): Promise<void> =>
    gate.isHeld
      ? new Promise((resolve) => {
          gate.waiting = resolve;
        })
      : Promise.resolve();
  return new Proxy(run, {
    get(target, key) {
      if (key === 'queuesWork') return true;
      if (key === 'awaitQueuedWork') return awaitQueuedWork;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('TrainingScheduler', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  afterEach(stopLastScheduler);

  it('loads a run paused at epoch 0, with its metrics and boundary', async () => {
    const { send, waitFor, events } = startScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'auto' });
    const boundary = await waitFor('boundaryComputed');
    expect(events.map((event) => event.type)).toEqual(['runLoaded', 'epochsEnded', 'boundaryComputed']);
    // A 25-parameter network at batch 10 is the JavaScript engine's automatically.
    expect(events[0]).toMatchObject({ backend: 'js', parameterCount: 2 * 4 + 4 + 4 * 2 + 2 + 2 + 1 });
    expect([...(events[1] as EventOf<'epochsEnded'>).metrics.epoch]).toEqual([0]);
    expect(boundary.epoch).toBe(0);
    expect(boundary.grid.classIndex).toHaveLength(48 * 48);
  });

  it('trains to the epoch count, reporting every epoch once in coalesced messages', async () => {
    const { send, waitFor, epochs, ofType } = startScheduler();
    send({
      type: 'load',
      runId: 'a',
      experiment: { ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs: 60 } },
      backend: 'cpu',
    });
    send({ type: 'train', runId: 'a' });
    expect((await waitFor('runFinished')).epoch).toBe(60);
    expect(epochs()).toEqual([...Array(61).keys()]);
    expect(ofType('epochsEnded').length).toBeLessThan(30);
    const last = ofType('epochsEnded').at(-1) as EventOf<'epochsEnded'>;
    expect(last.metrics.elapsedMs.every((ms, i, all) => i === 0 || ms >= (all[i - 1] as number))).toBe(true);
    expect(ofType('boundaryComputed').at(-1)?.epoch).toBe(60);
    send({ type: 'train', runId: 'a' });
    expect((await waitFor('runFinished', 'a', 2)).epoch).toBe(60);
  });

  it('steps exactly one epoch, then pauses', async () => {
    const { send, waitFor, epochs, ofType } = startScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused')).epoch).toBe(1);
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused', 'a', 2)).epoch).toBe(2);
    expect(epochs()).toEqual([0, 1, 2]);
    expect(ofType('boundaryComputed').map((event) => event.epoch)).toEqual([0, 1, 2]);
  });

  it('pauses in the middle of a long epoch instead of finishing it', async () => {
    const { send, waitFor, epochs } = startScheduler();
    const long: Experiment = {
      ...EXPERIMENT,
      dataset: { ...EXPERIMENT.dataset, numPoints: 5000, trainFraction: 0.9 },
      training: { ...EXPERIMENT.training, batchSize: 1 },
    };
    send({ type: 'load', runId: 'a', experiment: long, backend: 'cpu' });
    await waitFor('boundaryComputed');
    send({ type: 'train', runId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    send({ type: 'pause', runId: 'a' });
    // 4,500 single-example steps take far longer than the turn budget, so no epoch ended.
    expect((await waitFor('runPaused')).epoch).toBe(0);
    expect(epochs()).toEqual([0]);
  });

  it('reports divergence once, with the first non-finite epoch, and no metrics from it on', async () => {
    const { send, waitFor, epochs } = startScheduler();
    const diverging: Experiment = {
      ...EXPERIMENT,
      model: { hiddenLayers: [{ kind: 'dense', units: 4, activation: 'linear' }] },
      optimizer: { id: 'sgd', params: { ...EXPERIMENT.optimizer.params, learningRate: 100 } },
    };
    send({ type: 'load', runId: 'a', experiment: diverging, backend: 'cpu' });
    send({ type: 'train', runId: 'a' });
    const { epoch } = await waitFor('runDiverged');
    expect(epoch).toBeGreaterThan(0);
    expect(epochs()).toEqual([...Array(epoch).keys()]);
  });

  it('applies updateOptimizer from the next step: learning rate 0 freezes the loss', async () => {
    const { send, waitFor, ofType } = startScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    send({ type: 'updateOptimizer', runId: 'a', optimizer: { id: 'sgd', params: { learningRate: 0 } } });
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    const losses = ofType('epochsEnded').flatMap((event) => [...event.metrics.trainLoss]);
    expect(new Set(losses).size).toBe(1);
  });

  it('trains two runs side by side in the same worker, identically for identical experiments', async () => {
    const { send, waitFor, ofType } = startScheduler();
    for (const runId of ['a', 'b']) send({ type: 'load', runId, experiment: EXPERIMENT, backend: 'cpu' });
    for (const runId of ['a', 'b']) send({ type: 'train', runId });
    await waitFor('runFinished', 'a');
    await waitFor('runFinished', 'b');
    const lossesOf = (runId: string) =>
      ofType('epochsEnded', runId).flatMap((event) => [...event.metrics.trainLoss]);
    expect(lossesOf('a')).toHaveLength(31);
    expect(lossesOf('a')).toEqual(lossesOf('b'));
  });

  it('replaces a run loaded again under the same id and frees everything on dispose', async () => {
    const start = tf.memory().numTensors;
    const { send, waitFor, ofType } = startScheduler();
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed');
    const afterFirst = tf.memory().numTensors;
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    await waitFor('boundaryComputed', 'a', 2);
    expect(tf.memory().numTensors).toBe(afterFirst);
    send({ type: 'dispose', runId: 'a' });
    send({ type: 'train', runId: 'a' });
    const failure = await waitFor('runFailed');
    expect(failure.message).toMatch(/no run "a"/i);
    expect(ofType('runLoaded')).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(start);
  });

  it("refuses an invalid experiment with the validator's message", async () => {
    const { send, waitFor } = startScheduler();
    const invalid = { ...EXPERIMENT, training: { ...EXPERIMENT.training, batchSize: 0 } };
    send({ type: 'load', runId: 'a', experiment: invalid, backend: 'cpu' });
    expect((await waitFor('runFailed')).message).toMatch(/batch size/i);
  });

  it('turns an error into runFailed for that run only', async () => {
    const { send, waitFor } = startScheduler({
      loadDataset: async ({ config }) => {
        if (config.seed === 13) throw new Error('cannot make this data set');
        return buildSplitDataset(config);
      },
    });
    send({
      type: 'load',
      runId: 'bad',
      experiment: { ...EXPERIMENT, dataset: { ...EXPERIMENT.dataset, seed: 13 } },
      backend: 'cpu',
    });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    expect((await waitFor('runFailed', 'bad')).message).toBe('cannot make this data set');
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused')).epoch).toBe(1);
  });

  it('queues commands that arrive while a data set loads and handles them in order afterwards', async () => {
    let finishLoading: () => void = () => {};
    const loaded = new Promise<void>((resolve) => {
      finishLoading = resolve;
    });
    const { send, waitFor, events } = startScheduler({
      loadDataset: async ({ config }) => {
        await loaded;
        return buildSplitDataset(config);
      },
    });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    // Both need the run: handled before it exists, they would fail; out of order, the loss would move.
    send({ type: 'updateOptimizer', runId: 'a', optimizer: { id: 'sgd', params: { learningRate: 0 } } });
    send({ type: 'step', runId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(events).toEqual([]);
    finishLoading();
    expect((await waitFor('runPaused')).epoch).toBe(1);
    expect(events[0]?.type).toBe('runLoaded');
    expect(events.filter((event) => event.type === 'runFailed')).toEqual([]);
    const losses = events.flatMap((event) =>
      event.type === 'epochsEnded' ? [...event.metrics.trainLoss] : [],
    );
    expect(losses).toHaveLength(2);
    expect(losses[1]).toBe(losses[0]);
  });

  it('passes own data and the datasets folder to the loader, and refuses a class count the data lacks', async () => {
    const requests: DatasetRequest[] = [];
    const { send, waitFor } = startScheduler({
      loadDataset: (request) => {
        requests.push(request);
        return buildSplitDataset({ ...request.config, id: 'circle' });
      },
    });
    const custom = drawnPointsDataset([
      { x: 0, y: 0, classIndex: 0 },
      { x: 1, y: 1, classIndex: 1 },
    ]);
    const experiment: Experiment = { ...EXPERIMENT, dataset: { ...EXPERIMENT.dataset, id: 'custom' } };
    send({
      type: 'load',
      runId: 'a',
      experiment,
      backend: 'cpu',
      customData: custom,
      datasetsUrl: 'http://x/d/',
    });
    await waitFor('runLoaded');
    expect(requests[0]).toMatchObject({
      config: { id: 'custom' },
      customData: custom,
      datasetsUrl: 'http://x/d/',
    });
    const wrongCount = { ...experiment, dataset: { ...experiment.dataset, numClasses: 3 } };
    send({ type: 'load', runId: 'b', experiment: wrongCount, backend: 'cpu', customData: custom });
    expect((await waitFor('runFailed', 'b')).message).toMatch(
      /data has 2 classes but the experiment expects 3/,
    );
  });

  it('answers a Pause at once while a queued step is in flight, and sends what it changed when it lands', async () => {
    const gate: { isHeld: boolean; waiting: (() => void) | null } = { isHeld: false, waiting: null };
    const { send, waitFor, ofType, epochs } = startScheduler({
      loadTfjsEngine: async () => {
        const engine = createTfjsEngine((_preference, needs) => activateBackend('cpu', needs));
        return {
          ...engine,
          createRun: (experiment, dataset) => withQueuedSteps(engine.createRun(experiment, dataset), gate),
        };
      },
    });
    const oneStepPerEpoch: Experiment = {
      ...EXPERIMENT,
      training: { ...EXPERIMENT.training, batchSize: 50 },
    };
    send({ type: 'load', runId: 'a', experiment: oneStepPerEpoch, backend: 'cpu' });
    await waitFor('boundaryComputed');
    gate.isHeld = true;
    send({ type: 'train', runId: 'a' });
    for (let waitedMs = 0; gate.waiting === null && waitedMs < 5000; waitedMs += 5)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(gate.waiting).not.toBeNull();

    // The step is still in flight, yet the run is paused, after that step (the epoch it completes).
    send({ type: 'pause', runId: 'a' });
    expect(ofType('runPaused').map((event) => event.epoch)).toEqual([1]);
    const boundariesBefore = ofType('boundaryComputed').length;

    // Once it lands, its metrics and boundary follow, and nothing trains further.
    gate.isHeld = false;
    gate.waiting?.();
    await waitFor('boundaryComputed', 'a', boundariesBefore + 1);
    expect(epochs()).toEqual([0, 1]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(epochs()).toEqual([0, 1]);
    expect(ofType('runPaused')).toHaveLength(1);

    // And it trains on from there.
    send({ type: 'step', runId: 'a' });
    expect((await waitFor('runPaused', 'a', 2)).epoch).toBe(2);
    expect(epochs()).toEqual([0, 1, 2]);
  });
});

describe('TrainingScheduler loads tfjs only when a run needs it', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  afterEach(stopLastScheduler);

  /** A tfjs loader on the cpu backend that counts its calls and fails the first `failures` of them. */
  function countingLoader(failures = 0) {
    const loader = {
      calls: 0,
      load: async (): Promise<TfjsEngine> => {
        loader.calls += 1;
        if (loader.calls <= failures) throw new Error('Failed to fetch dynamically imported module');
        return createTfjsEngine((_preference, needs) => activateBackend('cpu', needs));
      },
    };
    return loader;
  }

  it('trains a JavaScript-engine run without loading tfjs, reporting js and no tensors', async () => {
    const loader = countingLoader();
    const { send, waitFor, ofType } = startScheduler({ loadTfjsEngine: loader.load });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'auto' });
    send({ type: 'load', runId: 'b', experiment: EXPERIMENT, backend: 'js' });
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    expect(ofType('runLoaded')[0]?.backend).toBe('js');
    expect(ofType('runLoaded', 'b')[0]?.backend).toBe('js');
    expect(ofType('epochsEnded').every((event) => event.numTensors === 0)).toBe(true);
    expect(loader.calls).toBe(0);
  });

  it('loads tfjs once for every run that needs it, and counts its tensors from then on', async () => {
    const loader = countingLoader();
    const { send, waitFor, ofType } = startScheduler({ loadTfjsEngine: loader.load });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    send({ type: 'load', runId: 'b', experiment: EXPERIMENT, backend: 'wasm' });
    await waitFor('epochsEnded', 'b');
    expect(ofType('runLoaded', 'a')[0]?.backend).toBe('cpu');
    expect(ofType('epochsEnded', 'b')[0]?.numTensors).toBeGreaterThan(0);
    expect(loader.calls).toBe(1);
  });

  it('fails the run in words when tfjs cannot be loaded, and a later run tries again', async () => {
    const loader = countingLoader(1);
    const { send, waitFor, ofType } = startScheduler({ loadTfjsEngine: loader.load });
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    expect((await waitFor('runFailed')).message).toBe(
      'The TensorFlow.js engine could not be loaded (Failed to fetch dynamically imported module); check the connection',
    );
    expect(ofType('runLoaded')).toEqual([]);
    send({ type: 'load', runId: 'a', experiment: EXPERIMENT, backend: 'cpu' });
    expect((await waitFor('runLoaded')).backend).toBe('cpu');
    expect(loader.calls).toBe(2);
  });
});
