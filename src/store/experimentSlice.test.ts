import { describe, expect, it } from 'vitest';
import type { DatasetService } from '../worker/data/client';
import type { WorkerCommand } from '../worker/training/protocol';
import { createPlaygroundStore } from './createPlaygroundStore';
import {
  selectLossAdvice,
  selectModelInput,
  selectModelSummary,
  selectOutputLayer,
} from './experimentSelectors';
import { selectRun, selectStatusText, selectTrainBlocker } from './runSelectors';

/** A data service that never answers: these tests do not look at analyses. */
const silentService = (): DatasetService => ({
  analyse: () => new Promise(() => {}),
  readCsv: () => new Promise(() => {}),
});

function setup() {
  const sent: WorkerCommand[] = [];
  const store = createPlaygroundStore(() => ({ send: (command) => sent.push(command) }), silentService);
  return { store, sent, actions: store.getState() };
}

describe('experiment slice: the model', () => {
  it('adds, edits, moves and removes layers, restarting the run each time', () => {
    const { store, sent, actions } = setup();
    const loadsBefore = sent.filter((command) => command.type === 'load').length;
    actions.addHiddenLayer('dropout');
    actions.setHiddenLayer(2, { rate: 0.4, units: 99 });
    actions.moveHiddenLayer(2, -1);
    expect(store.getState().experiment.model.hiddenLayers).toEqual([
      { kind: 'dense', units: 16, activation: 'relu' },
      { kind: 'dropout', rate: 0.4 },
      { kind: 'dense', units: 16, activation: 'relu' },
    ]);
    actions.setLayerRegularization(0, { l1: 0, l2: 0.01 });
    actions.setHiddenLayer(0, { initializer: 'he' });
    expect(store.getState().experiment.model.hiddenLayers[0]).toEqual({
      kind: 'dense',
      units: 16,
      activation: 'relu',
      initializer: 'he',
      regularization: { l1: 0, l2: 0.01 },
    });
    actions.removeHiddenLayer(1);
    expect(store.getState().experiment.model.hiddenLayers).toHaveLength(2);
    expect(sent.filter((command) => command.type === 'load').length - loadsBefore).toBe(6);
  });

  it('applies presets that fit the data, and refuses LeNet on points', () => {
    const { store, actions } = setup();
    actions.applyModelPreset('deepMlp');
    expect(store.getState().experiment.model.hiddenLayers).toHaveLength(4);
    const before = store.getState().experiment.model;
    actions.applyModelPreset('lenet');
    expect(store.getState().experiment.model).toBe(before);
    actions.setDataset({ id: 'digits', numClasses: 10 });
    actions.applyModelPreset('lenet');
    const summary = selectModelSummary(store.getState());
    expect(summary?.hasConvolution).toBe(true);
    expect(summary?.problems).toEqual([]);
    actions.applyModelPreset('logistic');
    expect(store.getState().experiment.model.hiddenLayers).toEqual([]);
  });

  it('disables Train with the reason when the stack cannot work on the data', () => {
    const { store, actions } = setup();
    actions.addHiddenLayer('conv2d');
    expect(selectTrainBlocker(store.getState())).toBe(
      'Fix first: Conv2D needs image input [height, width, channels]; the layer before gives a row of 16 values.',
    );
    expect(selectModelSummary(store.getState())?.layers[2]?.problem).toMatch(/^Conv2D needs image input/);
  });
});

describe('experiment slice: the loss follows the data', () => {
  it('switches a natural loss to the new data’s, and keeps a deliberate one that still runs', () => {
    const { store, actions } = setup();
    actions.setDataset({ id: 'gaussian', numClasses: 4 });
    expect(store.getState().experiment.loss).toBe('categoricalCrossentropy');
    expect(selectOutputLayer(store.getState())).toEqual({
      units: 4,
      activation: 'softmax',
      targetEncoding: 'oneHot',
    });
    actions.setDataset({ id: 'plane', numClasses: 1 });
    expect(store.getState().experiment.loss).toBe('meanSquaredError');
    expect(selectOutputLayer(store.getState())).toEqual({
      units: 1,
      activation: 'linear',
      targetEncoding: 'real',
    });
    expect(selectModelInput(store.getState())?.task).toBe('regression');
    actions.setLoss('huber');
    actions.setDataset({ id: 'bumps', numClasses: 1 });
    expect(store.getState().experiment.loss).toBe('huber');
    actions.setDataset({ id: 'moons', numClasses: 2 });
    expect(store.getState().experiment.loss).toBe('binaryCrossentropy');
    actions.setLoss('meanSquaredError');
    actions.setDataset({ id: 'circle', numClasses: 2 });
    expect(store.getState().experiment.loss).toBe('meanSquaredError');
    expect(selectLossAdvice(store.getState()).fit).toBe('mismatch');
    expect(selectTrainBlocker(store.getState())).toBeNull();
  });
});

describe('regression in words', () => {
  it('the status line reports R², not accuracy, for a regression set', () => {
    const { store, actions } = setup();
    actions.setDataset({ id: 'plane', numClasses: 1 });
    const { runId } = selectRun(store.getState());
    const column = (value: number) => Float64Array.from([value]);
    store.getState().handleWorkerEvent({
      type: 'epochsEnded',
      runId,
      metrics: {
        epoch: column(0),
        trainLoss: column(0.5),
        trainAccuracy: column(-0.25),
        testLoss: column(0.6),
        testAccuracy: column(-0.3),
        elapsedMs: column(0),
      },
      numTensors: 10,
    });
    expect(selectStatusText(store.getState())).toBe(
      'Ready at epoch 0 · train loss 0.500 · test R² -0.300 · Adam, mean squared error',
    );
  });
});

describe('experiment slice: the optimizer', () => {
  it('keeps the learning rate, schedule and clipping across optimizers, and applies them live', () => {
    const { store, sent, actions } = setup();
    actions.setSchedule('cosineDecay');
    actions.setScheduleParam('decayEpochs', 50);
    actions.setClipNorm(2);
    const updates = sent.filter((command) => command.type === 'updateOptimizer');
    expect(updates).toHaveLength(3);
    expect(updates.at(-1)).toMatchObject({
      optimizer: {
        id: 'adam',
        schedule: { id: 'cosineDecay', params: { decayEpochs: 50, alpha: 0 } },
        clipNorm: 2,
      },
    });
    actions.setOptimizer('sgd');
    expect(store.getState().experiment.optimizer).toEqual({
      id: 'sgd',
      params: { learningRate: 0.01, momentum: 0, nesterov: false },
      schedule: { id: 'cosineDecay', params: { decayEpochs: 50, alpha: 0 } },
      clipNorm: 2,
    });
    actions.setSchedule('constant');
    actions.setClipNorm(null);
    expect(store.getState().experiment.optimizer).toEqual({
      id: 'sgd',
      params: { learningRate: 0.01, momentum: 0, nesterov: false },
    });
  });
});
