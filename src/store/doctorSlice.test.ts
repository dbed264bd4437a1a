import { describe, expect, it } from 'vitest';
import { setupStore } from '../../test/kits/storeTestKit';
import { NO_FINDINGS } from '../core/doctor/diagnose';
import { selectSelectedFindings, variantFindings } from './doctorSelectors';
import { selectUndoableFix } from './doctorSlice';

/** Thrashing columns: SGD at lr 100's loss jumps between 0.5 and 9 while test accuracy flips around 50%. */
const thrashing = (count: number) => ({
  epoch: Float64Array.from({ length: count }, (_, i) => i),
  trainLoss: Float64Array.from({ length: count }, (_, i) => (i === 0 ? 0.69 : i % 3 === 0 ? 0.5 : 9)),
  trainAccuracy: Float64Array.from({ length: count }, () => 0.5),
  testLoss: Float64Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 7 : 9)),
  testAccuracy: Float64Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 0.43 : 0.57)),
  elapsedMs: Float64Array.from({ length: count }, (_, i) => i * 10),
});

/** A race of A (Adam) and B (SGD at lr 100), B's first seed thrashing. */
function race() {
  const kit = setupStore();
  const { store } = kit;
  store.getState().startComparison();
  store.getState().setOptimizerParam('learningRate', 100);
  const b = store.getState().runs.find((run) => run.variantIndex === 1);
  if (!b) throw new Error('no run of B');
  kit.emit({ type: 'epochsEnded', runId: b.runId, metrics: thrashing(40), numTensors: 10 });
  return { ...kit, b };
}

describe('doctor slice', () => {
  it('diagnoses nothing while no run has metrics, and each metrics update at most once', () => {
    const { store } = setupStore();
    expect(selectSelectedFindings(store.getState())).toBe(NO_FINDINGS);
    const { store: raced } = race();
    const first = variantFindings(raced.getState(), 1);
    expect(first[0]?.id).toBe('thrashing');
    // Nothing new: the same array, not a new diagnosis.
    expect(variantFindings(raced.getState(), 1)).toBe(first);
    expect(variantFindings(raced.getState(), 0)).toBe(NO_FINDINGS);
  });

  it('a fix changes only its variant, restarts only its runs and trains them; Undo restores the settings', () => {
    const { store, sent, b } = race();
    const a = store.getState().runs.find((run) => run.variantIndex === 0);
    const variantA = store.getState().variants[0];
    const before = store.getState().variants[1];
    const fix = variantFindings(store.getState(), 1)[0]?.fixes[0];
    expect(fix).toEqual({ kind: 'learningRate', from: 100, to: 0.1 });
    const sentBefore = sent.length;
    store.getState().applyDoctorFix(1, fix as NonNullable<typeof fix>);
    const state = store.getState();
    expect(state.variants[0]).toBe(variantA);
    expect(state.variants[1]?.optimizer.params.learningRate).toBe(0.1);
    expect({ ...state.variants[1], optimizer: undefined }).toEqual({ ...before, optimizer: undefined });
    expect(state.runs.find((run) => run.variantIndex === 0)?.runId).toBe(a?.runId);
    const fresh = state.runs.find((run) => run.variantIndex === 1);
    expect(fresh?.runId).not.toBe(b.runId);
    expect(fresh?.status).toBe('training');
    expect(sent.slice(sentBefore).map((command) => `${command.type} ${command.runId}`)).toEqual([
      `dispose ${b.runId}`,
      `load ${fresh?.runId}`,
      `train ${fresh?.runId}`,
    ]);
    expect(selectUndoableFix(state)?.variantIndex).toBe(1);

    store.getState().undoDoctorFix();
    const undone = store.getState();
    expect(undone.variants[1]).toBe(before);
    expect(undone.variants[0]).toBe(variantA);
    expect(undone.experiment).toBe(before);
    expect(selectUndoableFix(undone)).toBeNull();
  });

  it('offers no Undo once the fixed variant has been edited since', () => {
    const { store } = race();
    store.getState().applyDoctorFix(1, { kind: 'learningRate', from: 100, to: 0.1 });
    store.getState().setTraining({ epochs: 50 });
    expect(selectUndoableFix(store.getState())).toBeNull();
  });
});
