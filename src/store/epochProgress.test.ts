/** A slow epoch's progress in the status line: batches, rate and time left, gone once the epoch ends. */
import { describe, expect, it } from 'vitest';
import { metricsFor, setupStore } from '../../test/kits/storeTestKit';
import { epochProgressText, selectRun, selectStatusText } from './runSelectors';

const progress = (batchesDone: number, examplesPerSecond: number | null) => ({
  epoch: 1,
  batchesDone,
  batchesTotal: 16,
  examplesDone: batchesDone * 64,
  examplesTotal: 1000,
  examplesPerSecond,
});

describe('epoch progress in the status line', () => {
  it('says the batch, the rate and the time left in the epoch', () => {
    expect(epochProgressText(progress(5, null))).toBe('batch 5 of 16');
    expect(epochProgressText(progress(5, 40))).toBe(
      'batch 5 of 16 · 40 examples/s · about 17 s left in this epoch',
    );
    expect(epochProgressText(progress(1, 0.5))).toBe(
      'batch 1 of 16 · 0.5 examples/s · about 31 min left in this epoch',
    );
  });

  it('says the loss and accuracy are being measured once every batch of the epoch is done', () => {
    expect(epochProgressText(progress(16, 40))).toBe('batch 16 of 16 · measuring the loss and accuracy');
  });

  it('shows a training run’s progress until its epoch ends or it pauses', () => {
    const { store, emit } = setupStore();
    const { runId } = selectRun(store.getState());
    emit({ type: 'epochsEnded', runId, metrics: metricsFor([0]), numTensors: 12 });
    store.getState().train();
    emit({ type: 'epochProgress', runId, progress: progress(5, 40) });
    expect(selectStatusText(store.getState())).toMatch(
      /^Training · epoch 1: batch 5 of 16 · 40 examples\/s · about 17 s left in this epoch · train loss/,
    );
    emit({ type: 'epochsEnded', runId, metrics: metricsFor([1]), numTensors: 12 });
    expect(selectRun(store.getState()).progress).toBeNull();
    expect(selectStatusText(store.getState())).toMatch(/^Training · epoch 1 · train loss/);
    emit({ type: 'epochProgress', runId, progress: { ...progress(2, 40), epoch: 2 } });
    emit({ type: 'runPaused', runId, epoch: 1 });
    expect(selectStatusText(store.getState())).toMatch(/^Paused · epoch 1 · /);
  });

  it('shows the progress of the run furthest behind in a race', () => {
    const { store, emit } = setupStore();
    store.getState().addVariant();
    const [a, b] = store.getState().runs;
    store.getState().train();
    emit({ type: 'epochProgress', runId: a?.runId ?? '', progress: progress(9, 40) });
    emit({ type: 'epochProgress', runId: b?.runId ?? '', progress: progress(3, 30) });
    expect(selectStatusText(store.getState())).toMatch(/^Training · epoch 1: batch 3 of 16 · 30 examples\/s/);
  });
});
