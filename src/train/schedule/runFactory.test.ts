/** What a load makes: checks, data, the engine, and tfjs loaded only when a run needs it (here a fake tfjs side). */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/kits/fakeClock';
import { FakeTrainer } from '../../../test/kits/fakeTrainer';
import { EXPERIMENT } from '../../../test/kits/schedulerTestKit';
import { drawnPointsDataset } from '../../core/datasets/custom';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { Experiment } from '../../core/experiment/experiment';
import { textOf } from '../../core/i18n/translate';
import { reasonOf } from '../../core/run/backendMeasurement';
import type { BackendPreference } from '../../core/run/types';
import type { DatasetRequest } from '../../worker/data/datasetLoader';
import { refOfError } from '../shared/messageError';
import type { TfjsEngine } from '../tfjs/engine';
import { type LoadCommand, RunFactory, type RunSources } from './runFactory';

/** A failed load's message in words (English, as tests run). */
const failureText = (error: unknown): string => textOf(refOfError(error));

/** Tensors the fake tfjs side says are alive. */
const FAKE_TENSORS = 7;

/** A tfjs side that makes fake trainers on the backend asked for (cpu for auto). */
function fakeTfjsEngine(): TfjsEngine {
  const clock = new FakeClock();
  return {
    activateBackend: async (preference) => ({
      backend: preference === 'wasm' || preference === 'webgl' ? preference : 'cpu',
      reason: reasonOf('training.reason.chosen', { backend: 'fake' }),
    }),
    createRun: (experiment) => new FakeTrainer(experiment, clock),
    liveTensorCount: () => FAKE_TENSORS,
  };
}

/** A loader of the fake tfjs side that counts its calls and fails the first `failures` of them. */
function countingLoader(failures = 0) {
  const loader = {
    calls: 0,
    load: async (): Promise<TfjsEngine> => {
      loader.calls += 1;
      if (loader.calls <= failures) throw new Error('Failed to fetch dynamically imported module');
      return fakeTfjsEngine();
    },
  };
  return loader;
}

/** A factory on generated data and the counting loader's tfjs side. */
function factoryWith(loader = countingLoader(), sources: Partial<RunSources> = {}): RunFactory {
  return new RunFactory({
    loadDataset: ({ config }) => buildSplitDataset(config),
    loadTfjsEngine: loader.load,
    ...sources,
  });
}

/** Two drawn points, one per class. */
const custom = drawnPointsDataset([
  { x: 0, y: 0, classIndex: 0 },
  { x: 1, y: 1, classIndex: 1 },
]);

const load = (
  experiment: Experiment,
  backend: BackendPreference,
  extra: Partial<LoadCommand> = {},
): LoadCommand => ({ type: 'load', runId: 'a', experiment, backend, ...extra });

describe('RunFactory', () => {
  it('makes a small dense network a JavaScript-engine run without loading tfjs, and counts no tensors', async () => {
    const loader = countingLoader();
    const factory = factoryWith(loader);
    const automatic = await factory.make(load(EXPERIMENT, 'auto'));
    // A 25-parameter network at batch 10 is the JavaScript engine's automatically.
    expect(automatic.choice.backend).toBe('js');
    expect(automatic.run.parameterCount).toBe(2 * 4 + 4 + 4 * 2 + 2 + 2 + 1);
    expect((await automatic.run.predictBoundary())?.classIndex).toHaveLength(48 * 48);
    expect((await factory.make(load(EXPERIMENT, 'js'))).choice.backend).toBe('js');
    expect(factory.liveTensorCount()).toBe(0);
    expect(loader.calls).toBe(0);
  });

  it('loads tfjs once for every run that needs it, and counts its tensors from then on', async () => {
    const loader = countingLoader();
    const factory = factoryWith(loader);
    expect((await factory.make(load(EXPERIMENT, 'cpu'))).choice.backend).toBe('cpu');
    expect((await factory.make(load(EXPERIMENT, 'wasm'))).choice.backend).toBe('wasm');
    expect(factory.liveTensorCount()).toBe(FAKE_TENSORS);
    expect(loader.calls).toBe(1);
  });

  it('fails the run in words when tfjs cannot be loaded, and a later run tries again', async () => {
    const loader = countingLoader(1);
    const factory = factoryWith(loader);
    await expect(factory.make(load(EXPERIMENT, 'cpu')).catch(failureText)).resolves.toBe(
      'The TensorFlow.js engine could not be loaded (Failed to fetch dynamically imported module); check the connection',
    );
    expect((await factory.make(load(EXPERIMENT, 'cpu'))).choice.backend).toBe('cpu');
    expect(loader.calls).toBe(2);
  });

  it("refuses an invalid experiment with the validator's message, before loading anything", async () => {
    const requests: DatasetRequest[] = [];
    const loader = countingLoader();
    const factory = factoryWith(loader, {
      loadDataset: (request) => {
        requests.push(request);
        return buildSplitDataset(request.config);
      },
    });
    const invalid = { ...EXPERIMENT, training: { ...EXPERIMENT.training, batchSize: 0 } };
    await expect(factory.make(load(invalid, 'cpu'))).rejects.toThrow(/batch size/i);
    expect(requests).toEqual([]);
    expect(loader.calls).toBe(0);
  });

  it("passes on the data set loader's failure in its own words", async () => {
    const factory = factoryWith(countingLoader(), {
      loadDataset: async () => {
        throw new Error('cannot make this data set');
      },
    });
    await expect(factory.make(load(EXPERIMENT, 'cpu'))).rejects.toThrow('cannot make this data set');
  });

  it('passes own data and the datasets folder to the loader, and refuses a class count the data lacks', async () => {
    const requests: DatasetRequest[] = [];
    const factory = factoryWith(countingLoader(), {
      loadDataset: (request) => {
        requests.push(request);
        return buildSplitDataset({ ...request.config, id: 'circle' });
      },
    });
    const experiment: Experiment = { ...EXPERIMENT, dataset: { ...EXPERIMENT.dataset, id: 'custom' } };
    await factory.make(load(experiment, 'cpu', { customData: custom, datasetsUrl: 'http://x/d/' }));
    expect(requests[0]).toMatchObject({
      config: { id: 'custom' },
      customData: custom,
      datasetsUrl: 'http://x/d/',
    });
    const wrongCount = { ...experiment, dataset: { ...experiment.dataset, numClasses: 3 } };
    await expect(
      factory.make(load(wrongCount, 'cpu', { customData: custom })).catch(failureText),
    ).resolves.toMatch(/data has 2 classes but the experiment expects 3/);
  });

  it('gives the runs of a race one split, and own data a split of its own each time', async () => {
    const requests: DatasetRequest[] = [];
    const factory = factoryWith(countingLoader(), {
      loadDataset: (request) => {
        requests.push(request);
        return buildSplitDataset({ ...request.config, id: 'circle' });
      },
    });
    await factory.make(load(EXPERIMENT, 'cpu'));
    await factory.make(load(EXPERIMENT, 'cpu', { runId: 'b' }));
    expect(requests).toHaveLength(1);
    const own: Experiment = { ...EXPERIMENT, dataset: { ...EXPERIMENT.dataset, id: 'custom' } };
    await factory.make(load(own, 'cpu', { customData: custom }));
    await factory.make(load(own, 'cpu', { customData: custom }));
    expect(requests).toHaveLength(3);
  });
});
