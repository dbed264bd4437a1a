import { describe, expect, it } from 'vitest';
import { metricsFor, setupStore } from '../../test/kits/storeTestKit';
import { COMPARISON_PRESETS } from '../core/compare/presets';
import { withSeedIndex } from '../core/compare/workspace';
import { DEFAULT_EXPERIMENT } from '../core/experiment/defaults';
import type { WorkerCommand } from '../worker/training/protocol';
import { selectDifferencesText, selectVariantLabels } from './comparisonSelectors';
import { selectRunStatus, selectStatusText, selectTrainBlocker } from './runSelectors';

const setup = setupStore;
const metrics = metricsFor;

const typesOf = (commands: readonly WorkerCommand[]) => commands.map((command) => command.type);

describe('comparison', () => {
  it('Compare makes the experiment variant A and a copy on another optimizer variant B, both loaded afresh', () => {
    const { store, sent } = setup();
    const before = store.getState().experiment;
    sent.length = 0;
    store.getState().startComparison();
    const state = store.getState();
    expect(state.variants).toHaveLength(2);
    expect(state.variants[0]).toBe(before);
    expect(state.variants[1]?.optimizer.id).toBe('sgd');
    // The panels now edit B.
    expect(state.selectedVariant).toBe(1);
    expect(state.experiment).toBe(state.variants[1]);
    expect(typesOf(sent)).toEqual(['dispose', 'load', 'load']);
    const loads = sent.filter((command) => command.type === 'load');
    expect(loads.map((load) => load.type === 'load' && load.comparedWith?.length)).toEqual([1, 1]);
    expect(state.runs.map((run) => [run.variantIndex, run.seedIndex])).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('loads each variant once per seed, moving only the training seed, with one boundary per variant', () => {
    const { store, sent } = setup();
    store.getState().applyComparisonPreset('sgd-vs-adam');
    sent.length = 0;
    store.getState().setSeedCount(3);
    const loads = sent.filter((command) => command.type === 'load');
    const built = COMPARISON_PRESETS[0]?.build(DEFAULT_EXPERIMENT) ?? [];
    expect(loads.map((load) => load.type === 'load' && load.experiment)).toEqual(
      built.flatMap((variant) => [0, 1, 2].map((seedIndex) => withSeedIndex(variant, seedIndex))),
    );
    expect(loads.map((load) => load.type === 'load' && (load.drawsBoundary ?? true))).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('Train, Pause and Step act on every run; edits of one variant reach only its runs', () => {
    const { store, sent } = setup();
    store.getState().applyComparisonPreset('sgd-vs-adam');
    store.getState().setSeedCount(2);
    const runIds = store.getState().runs.map((run) => run.runId);
    expect(runIds).toHaveLength(4);
    sent.length = 0;
    store.getState().train();
    expect(sent).toEqual(runIds.map((runId) => ({ type: 'train', runId })));
    expect(selectRunStatus(store.getState())).toBe('training');
    sent.length = 0;
    store.getState().selectVariant(1);
    store.getState().setOptimizerParam('learningRate', 0.05);
    expect(sent.map((command) => command.type === 'updateOptimizer' && command.runId)).toEqual(
      runIds.slice(2),
    );
    sent.length = 0;
    store.getState().pause();
    expect(typesOf(sent)).toEqual(['pause', 'pause', 'pause', 'pause']);
    expect(selectRunStatus(store.getState())).toBe('pausing');
  });

  it('shares the data set: changing it in B changes it in A and restarts the whole race', () => {
    const { store, sent } = setup();
    store.getState().startComparison();
    sent.length = 0;
    store.getState().setDataset({ id: 'gaussian', numClasses: 3 });
    const [a, b] = store.getState().variants;
    expect(a?.dataset).toBe(b?.dataset);
    expect(a?.dataset.id).toBe('gaussian');
    // Three classes need categorical cross-entropy in both variants, not only the edited one.
    expect(a?.loss).toBe('categoricalCrossentropy');
    expect(b?.loss).toBe('categoricalCrossentropy');
    expect(typesOf(sent)).toEqual(['dispose', 'dispose', 'load', 'load']);
  });

  it('names what differs and each variant, anew after an edit and unchanged while runs progress', () => {
    const { store, emit } = setup();
    store.getState().applyComparisonPreset('sgd-vs-adam');
    const labels = selectVariantLabels(store.getState());
    expect(selectDifferencesText(store.getState())).toBe('Differs in optimizer (A SGD · B Adam)');
    store.getState().train();
    const [a] = store.getState().runs;
    emit({ type: 'epochsEnded', runId: a?.runId ?? '', metrics: metrics([0, 1, 2]), numTensors: 9 });
    // Progress is a new state with the same variants: the same labels, not recomputed ones.
    expect(selectVariantLabels(store.getState())).toBe(labels);
    store.getState().pause();
    store.getState().setOptimizerParam('learningRate', 0.5);
    expect(selectDifferencesText(store.getState())).toMatch(
      /^Differs in optimizer \(A SGD · B Adam\); learning rate/,
    );
    expect(selectVariantLabels(store.getState())).not.toBe(labels);
  });

  it('keeps the other variants training when one diverges, and says which', () => {
    const { store, sent, emit } = setup();
    store.getState().applyComparisonPreset('sgd-vs-adam');
    store.getState().train();
    const [a, b] = store.getState().runs;
    emit({ type: 'epochsEnded', runId: a?.runId ?? '', metrics: metrics([0, 1, 2]), numTensors: 9 });
    emit({ type: 'epochsEnded', runId: b?.runId ?? '', metrics: metrics([0, 1, 2]), numTensors: 9 });
    emit({ type: 'runDiverged', runId: a?.runId ?? '', epoch: 3 });
    expect(selectRunStatus(store.getState())).toBe('training');
    expect(selectStatusText(store.getState())).toMatch(
      /^Training · epoch 2 · 2 variants · A: Diverged at epoch 3: .*try the Adam optimizer/,
    );
    // Pause then Train: the diverged run keeps its curves and stays stopped, B goes on.
    store.getState().pause();
    emit({ type: 'runPaused', runId: b?.runId ?? '', epoch: 5 });
    sent.length = 0;
    store.getState().train();
    expect(sent).toEqual([{ type: 'train', runId: b?.runId }]);
    expect(store.getState().runs[0]?.history.length).toBe(3);
  });

  it('removing variants down to one ends the comparison; the remaining variant is kept', () => {
    const { store } = setup();
    store.getState().applyComparisonPreset('learning-rates');
    expect(store.getState().variants.map((variant) => variant.optimizer.params.learningRate)).toEqual([
      0.001, 0.01, 0.1,
    ]);
    store.getState().removeVariant(0);
    store.getState().removeVariant(0);
    const state = store.getState();
    expect(state.variants).toHaveLength(1);
    expect(state.experiment.optimizer.params.learningRate).toBe(0.1);
    expect(state.runs).toHaveLength(1);
    expect(selectStatusText(state)).toMatch(/^Preparing the run/);
  });

  it('adds at most four variants', () => {
    const { store } = setup();
    store.getState().startComparison();
    for (let i = 0; i < 5; i++) store.getState().addVariant();
    expect(store.getState().variants).toHaveLength(4);
    expect(store.getState().selectedVariant).toBe(3);
  });

  it('names the variant whose settings block Train', () => {
    const { store } = setup();
    store.getState().startComparison();
    store.getState().setTraining({ batchSize: 0 });
    expect(selectTrainBlocker(store.getState())).toMatch(/^Fix first: Variant B: /);
  });
});
