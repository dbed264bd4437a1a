/** Live changes reach the charts as marks of the variant that changed, in words, at their epoch. */
import { describe, expect, it } from 'vitest';
import { metricsFor, setupStore } from '../../test/kits/storeTestKit';
import { selectCurveSources } from './comparisonSelectors';

describe('live-change marks', () => {
  it('marks a learning-rate change of one run at its epoch', () => {
    const { store, emit } = setupStore();
    store.getState().setOptimizerParam('learningRate', 0.01);
    const [run] = store.getState().runs;
    store.getState().train();
    emit({ type: 'epochsEnded', runId: run?.runId ?? '', metrics: metricsFor([0, 1, 2, 3]), numTensors: 1 });
    const before = selectCurveSources(store.getState());
    store.getState().setOptimizerParam('learningRate', 0.1);
    const after = selectCurveSources(store.getState());
    expect(after).not.toBe(before);
    expect(after[0]?.marks).toEqual([{ epoch: 3, label: 'lr 0.01 → 0.1' }]);
  });

  it('names the variant that changed in a race, and only on its curves', () => {
    const { store, emit } = setupStore();
    store.getState().addVariant();
    store.getState().train();
    for (const run of store.getState().runs)
      emit({ type: 'epochsEnded', runId: run.runId, metrics: metricsFor([0, 1, 2]), numTensors: 1 });
    store.getState().selectVariant(1);
    const rate = Number(store.getState().variants[1]?.optimizer.params.learningRate);
    store.getState().setOptimizerParam('learningRate', rate * 10);
    const [a, b] = selectCurveSources(store.getState());
    expect(a?.marks).toEqual([]);
    expect(b?.marks).toEqual([{ epoch: 2, label: `B: lr ${rate} → ${rate * 10}` }]);
  });
});
