import { describe, expect, it } from 'vitest';
import type { WorkerCommand, WorkerEvent } from '../worker/protocol';
import { createPlaygroundStore } from './playgroundStore';
import { selectStatusText, selectTrainBlocker } from './selectors';

function setup() {
  const sent: WorkerCommand[] = [];
  let emit: (event: WorkerEvent) => void = () => {};
  const store = createPlaygroundStore((onEvent) => {
    emit = onEvent;
    return { send: (command) => sent.push(command) };
  });
  store.getState().reset();
  return { store, sent, emit: (event: WorkerEvent) => emit(event) };
}

const metrics = (epochs: number[]) => ({
  epoch: Float64Array.from(epochs),
  trainLoss: Float64Array.from(epochs, (e) => 1 / (e + 1)),
  trainAccuracy: Float64Array.from(epochs, () => 0.5),
  testLoss: Float64Array.from(epochs, (e) => 1.1 / (e + 1)),
  testAccuracy: Float64Array.from(epochs, () => 0.875),
  elapsedMs: Float64Array.from(epochs, (e) => e * 10),
});

describe('run slice', () => {
  it('loads the experiment in the worker at start and reports progress in words', () => {
    const { store, sent, emit } = setup();
    const load = sent.find((command) => command.type === 'load');
    expect(load?.type === 'load' && load.experiment).toEqual(store.getState().experiment);
    const { runId } = store.getState().run;
    emit({ type: 'runLoaded', runId, backend: 'wasm', backendReason: 'test', parameterCount: 337 });
    emit({ type: 'epochsEnded', runId, metrics: metrics([0, 1, 2]), numTensors: 12 });
    store.getState().train();
    expect(sent.at(-1)).toEqual({ type: 'train', runId });
    expect(selectStatusText(store.getState())).toBe(
      'Training · epoch 2 · train loss 0.333 · test accuracy 87.5% · backend wasm · Adam, binary cross-entropy',
    );
  });

  it('applies a learning-rate change live, without restarting the run', () => {
    const { store, sent } = setup();
    const { runId } = store.getState().run;
    const loadsBefore = sent.filter((command) => command.type === 'load').length;
    store.getState().setOptimizerParam('learningRate', 0.05);
    expect(sent.at(-1)).toEqual({
      type: 'updateOptimizer',
      runId,
      optimizer: { id: 'adam', params: expect.objectContaining({ learningRate: 0.05 }) },
    });
    expect(sent.filter((command) => command.type === 'load')).toHaveLength(loadsBefore);
    expect(store.getState().run.runId).toBe(runId);
  });

  it('restarts on a structural change, keeps the old curves as a ghost and goes on training if it was', () => {
    const { store, sent, emit } = setup();
    const first = store.getState().run.runId;
    emit({ type: 'epochsEnded', runId: first, metrics: metrics([0, 1, 2, 3]), numTensors: 12 });
    store.getState().train();
    store.getState().setHiddenLayer(0, { units: 4 });
    const state = store.getState();
    expect(state.run.runId).not.toBe(first);
    expect(state.run.status).toBe('training');
    expect(state.ghostHistory?.length).toBe(4);
    expect(state.history.length).toBe(0);
    expect(sent.slice(-3).map((command) => command.type)).toEqual(['dispose', 'load', 'train']);
    // Events of the old run no longer count.
    emit({ type: 'epochsEnded', runId: first, metrics: metrics([4]), numTensors: 12 });
    expect(store.getState().history.length).toBe(0);
  });

  it('reports a divergence and a crash in words, and Train after a crash starts a fresh run', () => {
    const { store, sent, emit } = setup();
    const { runId } = store.getState().run;
    emit({ type: 'runDiverged', runId, epoch: 7 });
    expect(selectStatusText(store.getState())).toMatch(/Diverged at epoch 7/);
    store.getState().reset();
    const second = store.getState().run.runId;
    emit({ type: 'runFailed', runId: second, message: 'out of memory' });
    expect(selectStatusText(store.getState())).toMatch(/Training failed: out of memory/);
    store.getState().train();
    expect(store.getState().run.runId).not.toBe(second);
    expect(sent.slice(-2).map((command) => command.type)).toEqual(['load', 'train']);
  });

  it('blocks Train with the reason while a field holds an invalid value', () => {
    const { store } = setup();
    expect(selectTrainBlocker(store.getState())).toBeNull();
    store.getState().setFieldError('training.batchSize', 'Batch size must be a whole number.');
    expect(selectTrainBlocker(store.getState())).toMatch(/Batch size must be a whole number/);
    store.getState().setFieldError('training.batchSize', null);
    expect(selectTrainBlocker(store.getState())).toBeNull();
  });
});

describe('pausing', () => {
  it('says Pausing until the worker confirms, keeping the epochs it trained meanwhile', () => {
    const { store, emit } = setup();
    const { runId } = store.getState().run;
    store.getState().train();
    store.getState().pause();
    expect(store.getState().run.status).toBe('pausing');
    expect(selectStatusText(store.getState())).toMatch(/^Pausing/);
    emit({ type: 'epochsEnded', runId, metrics: metrics([1, 2, 3]), numTensors: 12 });
    emit({ type: 'runPaused', runId, epoch: 3 });
    expect(store.getState().run).toMatchObject({ status: 'paused', epoch: 3 });
    expect(store.getState().history.length).toBe(3);
  });
});
