import { describe, expect, it } from 'vitest';
import { metricsFor, setupStore } from '../../test/kits/storeTestKit';
import { reasonOf } from '../core/run/backendMeasurement';
import { selectBackendNoticeText, selectRun, selectStatusText, selectTrainBlocker } from './runSelectors';
import { divergenceAdvice } from './runSlice';

const setup = setupStore;
/** A failure the worker sends with a library's own words as its detail. */
const outOfMemory = { key: 'training.error.detail', params: { detail: 'out of memory' } } as const;
const metrics = metricsFor;

describe('run slice', () => {
  it('loads the experiment in the worker at start and reports progress in words', () => {
    const { store, sent, emit } = setup();
    const load = sent.find((command) => command.type === 'load');
    expect(load?.type === 'load' && load.experiment).toEqual(store.getState().experiment);
    const { runId } = selectRun(store.getState());
    emit({
      type: 'runLoaded',
      runId,
      backend: 'wasm',
      backendReason: reasonOf('training.reason.jsSmall'),
      parameterCount: 337,
    });
    emit({ type: 'epochsEnded', runId, metrics: metrics([0, 1, 2]), numTensors: 12 });
    store.getState().train();
    expect(sent.at(-1)).toEqual({ type: 'train', runId });
    expect(selectStatusText(store.getState())).toBe(
      'Training · epoch 2 · train loss 0.333 · test accuracy 87.5% · backend wasm · Adam, binary cross-entropy',
    );
  });

  it('applies a learning-rate change live, without restarting the run', () => {
    const { store, sent } = setup();
    const { runId } = selectRun(store.getState());
    const loadsBefore = sent.filter((command) => command.type === 'load').length;
    store.getState().setOptimizerParam('learningRate', 0.05);
    expect(sent.at(-1)).toEqual({
      type: 'updateOptimizer',
      runId,
      optimizer: { id: 'adam', params: expect.objectContaining({ learningRate: 0.05 }) },
    });
    expect(sent.filter((command) => command.type === 'load')).toHaveLength(loadsBefore);
    expect(selectRun(store.getState()).runId).toBe(runId);
  });

  it('restarts on a structural change, keeps the old curves as a ghost and goes on training if it was', () => {
    const { store, sent, emit } = setup();
    const first = selectRun(store.getState()).runId;
    emit({ type: 'epochsEnded', runId: first, metrics: metrics([0, 1, 2, 3]), numTensors: 12 });
    store.getState().train();
    store.getState().setHiddenLayer(0, { units: 4 });
    const state = store.getState();
    expect(selectRun(state).runId).not.toBe(first);
    expect(selectRun(state).status).toBe('training');
    expect(state.ghostHistory?.length).toBe(4);
    expect(selectRun(state).history.length).toBe(0);
    expect(sent.slice(-3).map((command) => command.type)).toEqual(['dispose', 'load', 'train']);
    // Events of the old run no longer count.
    emit({ type: 'epochsEnded', runId: first, metrics: metrics([4]), numTensors: 12 });
    expect(selectRun(store.getState()).history.length).toBe(0);
  });

  it('marks a live learning-rate change at the epoch it took effect, once training has started', () => {
    const { store, emit } = setup();
    store.getState().setOptimizerParam('learningRate', 0.05);
    expect(selectRun(store.getState()).liveChanges).toEqual([]);
    const { runId } = selectRun(store.getState());
    store.getState().train();
    emit({ type: 'epochsEnded', runId, metrics: metrics([0, 1, 2, 3]), numTensors: 12 });
    store.getState().setOptimizerParam('learningRate', 0.1);
    const [change] = selectRun(store.getState()).liveChanges;
    expect(change?.epoch).toBe(3);
    expect(change?.before.params.learningRate).toBe(0.05);
    expect(change?.after.params.learningRate).toBe(0.1);
  });

  it('drops the old curves when the data set changes: they measured something else', () => {
    const { store, emit } = setup();
    const first = selectRun(store.getState()).runId;
    emit({ type: 'epochsEnded', runId: first, metrics: metrics([0, 1, 2, 3]), numTensors: 12 });
    store.getState().setDataset({ noise: 0.2 });
    // More noise on the same spiral: the same data set, so the previous curve stays for comparison.
    expect(store.getState().ghostHistory?.length).toBe(4);
    store.getState().setDataset({ id: 'xor' });
    expect(store.getState().ghostHistory).toBeNull();
    const onXor = selectRun(store.getState()).runId;
    emit({ type: 'epochsEnded', runId: onXor, metrics: metrics([0, 1, 2]), numTensors: 12 });
    store.getState().setDataset({ id: 'spiral', numClasses: 3 });
    expect(store.getState().ghostHistory).toBeNull();
  });

  it('reports a divergence and a crash in words, and Train after a crash starts a fresh run', () => {
    const { store, sent, emit } = setup();
    const { runId } = selectRun(store.getState());
    emit({ type: 'runDiverged', runId, epoch: 7 });
    expect(selectStatusText(store.getState())).toMatch(/Diverged at epoch 7/);
    store.getState().reset();
    const second = selectRun(store.getState()).runId;
    emit({ type: 'runFailed', runId: second, message: outOfMemory });
    expect(selectStatusText(store.getState())).toMatch(/Training failed: out of memory/);
    store.getState().train();
    expect(selectRun(store.getState()).runId).not.toBe(second);
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
    const { runId } = selectRun(store.getState());
    store.getState().train();
    store.getState().pause();
    expect(selectRun(store.getState()).status).toBe('pausing');
    expect(selectStatusText(store.getState())).toMatch(/^Pausing/);
    emit({ type: 'epochsEnded', runId, metrics: metrics([1, 2, 3]), numTensors: 12 });
    emit({ type: 'runPaused', runId, epoch: 3 });
    expect(selectRun(store.getState())).toMatchObject({ status: 'paused', epoch: 3 });
    expect(selectRun(store.getState()).history.length).toBe(3);
  });
});

describe('divergence', () => {
  it('stops at the epoch, keeps the curves so far and suggests concrete fixes for this experiment', () => {
    const { store, emit } = setup();
    store.getState().setOptimizer('sgd');
    store.getState().setOptimizerParam('learningRate', 100);
    const { runId } = selectRun(store.getState());
    emit({ type: 'epochsEnded', runId, metrics: metrics([0, 1, 2, 3]), numTensors: 12 });
    store.getState().train();
    emit({ type: 'runDiverged', runId, epoch: 4 });
    const state = store.getState();
    expect(selectRun(state).status).toBe('diverged');
    expect(selectRun(state).history.length).toBe(4);
    const status = selectStatusText(state);
    expect(status).toMatch(/^Diverged at epoch 4: the loss became NaN or infinite/);
    expect(status).toContain('lower the learning rate (try 10 instead of 100)');
    expect(status).toContain('try the Adam optimizer');
    expect(status).toContain('clip the gradients');
  });

  it('does not suggest Adam to a run that already uses it', () => {
    const { store } = setup();
    const advice = divergenceAdvice(store.getState().experiment);
    expect(advice.join(' ')).not.toContain('Adam');
    expect(advice[0]).toMatch(/lower the learning rate \(try 0\.001 instead of 0\.01\)/);
  });

  it('asks for tighter clipping when clipping is already on', () => {
    const { store } = setup();
    const experiment = store.getState().experiment;
    const clipped = { ...experiment, optimizer: { ...experiment.optimizer, clipNorm: 5 } };
    expect(divergenceAdvice(clipped).at(-1)).toBe('clip the gradients harder (a clip norm below 5)');
  });
});

describe('backend choice', () => {
  it('restarts the run on the chosen backend, training on if it was', () => {
    const { store, sent } = setup();
    const first = selectRun(store.getState()).runId;
    store.getState().train();
    store.getState().setBackendPreference('webgl');
    const state = store.getState();
    expect(state.backendPreference).toBe('webgl');
    expect(selectRun(state).runId).not.toBe(first);
    expect(sent.slice(-3)).toEqual([
      { type: 'dispose', runId: first },
      expect.objectContaining({ type: 'load', runId: selectRun(state).runId, backend: 'webgl' }),
      { type: 'train', runId: selectRun(state).runId },
    ]);
    const count = sent.length;
    store.getState().setBackendPreference('webgl');
    expect(sent).toHaveLength(count);
  });

  it('falls back from a failed WebGL run to wasm once, with a notice, and keeps training', () => {
    const { store, sent, emit } = setup();
    store.getState().setBackendPreference('webgl');
    const webglRun = selectRun(store.getState()).runId;
    emit({
      type: 'runLoaded',
      runId: webglRun,
      backend: 'webgl',
      backendReason: reasonOf('training.reason.chosen', { backend: 'webgl' }),
      parameterCount: 337,
    });
    store.getState().train();
    emit({ type: 'runFailed', runId: webglRun, message: { key: 'training.error.webglContextLost' } });
    const state = store.getState();
    expect(selectRun(state).runId).not.toBe(webglRun);
    expect(selectRun(state).status).toBe('training');
    expect(selectBackendNoticeText(state)).toBe(
      'WebGL stopped working, so the run restarted from epoch 0 on wasm. (The training worker crashed: the WebGL context was lost.)',
    );
    expect(sent.slice(-2)).toEqual([
      expect.objectContaining({ type: 'load', runId: selectRun(state).runId, backend: 'wasm' }),
      { type: 'train', runId: selectRun(state).runId },
    ]);

    // The fallback run fails too: that is a real failure, reported as such.
    const wasmRun = selectRun(state).runId;
    emit({
      type: 'runLoaded',
      runId: wasmRun,
      backend: 'wasm',
      backendReason: reasonOf('training.reason.wasmNoWebgl'),
      parameterCount: 337,
    });
    emit({ type: 'runFailed', runId: wasmRun, message: outOfMemory });
    expect(selectRun(store.getState()).status).toBe('failed');

    // Choosing a backend again clears the fallback and the notice.
    store.getState().setBackendPreference('auto');
    expect(store.getState().backendNotice).toBeNull();
    expect(sent.at(-1)).toEqual(expect.objectContaining({ type: 'load', backend: 'auto' }));
  });
});
