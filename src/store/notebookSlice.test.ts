import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metricsFor } from '../../test/kits/storeTestKit';
import { textOf } from '../core/i18n/translate';
import type { NotebookRecord } from '../core/notebook';
import type { WorkerEvent } from '../worker/training/protocol';
import { createPlaygroundStore } from './createPlaygroundStore';
import { selectPastCurves } from './notebookSelectors';
import { memoryNotebookStorage, type NotebookStorage } from './notebookStorage';
import { selectRun } from './runSelectors';

/** A store on `storage` whose worker events a test sends, loaded at epoch 0. */
function setup(storage: NotebookStorage = memoryNotebookStorage()) {
  let emit: (event: WorkerEvent) => void = () => {};
  const store = createPlaygroundStore(
    (onEvent) => {
      emit = onEvent;
      return { send: () => {} };
    },
    undefined,
    () => storage,
  );
  store.getState().reset();
  return { store, storage, emit: (event: WorkerEvent) => emit(event) };
}

/** Memory storage that counts writes and, when told, refuses them as a full disk does. */
function countingStorage() {
  const inner = memoryNotebookStorage();
  const written: NotebookRecord[][] = [];
  let isFull = false;
  const storage: NotebookStorage = {
    ...inner,
    kind: 'indexedDB',
    putAll: async (records) => {
      if (isFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      written.push([...records]);
      await inner.putAll(records);
    },
  };
  return { storage, written, fill: () => (isFull = true) };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('notebook', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a record when a run starts, at most once a second while it trains, and at once when it pauses', async () => {
    const { storage, written } = countingStorage();
    const { store, emit } = setup(storage);
    const { runId } = selectRun(store.getState());
    store.getState().train();
    await settle();
    expect(written).toHaveLength(1);
    expect(written[0]?.[0]).toMatchObject({ epochs: 0, status: 'training', seeds: [1] });
    for (let epoch = 1; epoch <= 20; epoch++) {
      emit({ type: 'epochsEnded', runId, metrics: metricsFor([epoch]), numTensors: 1 });
      await vi.advanceTimersByTimeAsync(100);
    }
    // Two seconds of epochs: one write a second, not one per epoch.
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThanOrEqual(3);
    emit({ type: 'runPaused', runId, epoch: 20 });
    await settle();
    const last = written.at(-1)?.[0];
    expect(last).toMatchObject({ status: 'paused', epochs: 20 });
    expect(last?.curves[0]?.testAccuracy.values).toHaveLength(20);
    expect(store.getState().notebookRecords).toHaveLength(1);
  });

  it('keeps the doctor’s findings in the record at each write', async () => {
    const { storage, written } = countingStorage();
    const { store, emit } = setup(storage);
    const { runId } = selectRun(store.getState());
    store.getState().train();
    await settle();
    expect(written[0]?.[0]?.findings).toEqual([]);
    emit({ type: 'epochsEnded', runId, metrics: metricsFor([1, 2, 3]), numTensors: 1 });
    emit({ type: 'runDiverged', runId, epoch: 3 });
    await settle();
    const last = written.at(-1)?.[0];
    expect(last?.status).toBe('diverged');
    expect(last?.findings[0]).toEqual({ id: 'diverged', epoch: 3, evidence: { epoch: 3, start: '0.500' } });
    // Structured-cloneable: what IndexedDB stores is what the store holds.
    expect(structuredClone(last)).toEqual(last);
  });

  it('deletes a run and puts it back on Undo, in storage too', async () => {
    const { store, emit, storage } = setup();
    const { runId } = selectRun(store.getState());
    store.getState().train();
    emit({ type: 'epochsEnded', runId, metrics: metricsFor([1, 2]), numTensors: 1 });
    emit({ type: 'runFinished', runId, epoch: 2 });
    await settle();
    const [record] = store.getState().notebookRecords;
    if (!record) throw new Error('no record');
    store.getState().editRecord(record.id, { name: 'keep me', isStarred: true });
    store.getState().toggleSelected(record.id);
    store.getState().deleteRecords([record.id]);
    await settle();
    expect(store.getState().notebookRecords).toEqual([]);
    expect(store.getState().notebookSelection).toEqual([]);
    expect(await storage.loadAll()).toEqual([]);
    store.getState().undoDelete();
    await settle();
    expect(store.getState().notebookRecords).toEqual([
      expect.objectContaining({ id: record.id, name: 'keep me', isStarred: true }),
    ]);
    expect(await storage.loadAll()).toEqual([expect.objectContaining({ id: record.id, name: 'keep me' })]);
    expect(store.getState().notebookUndo).toBeNull();
  });

  it('falls back to memory when a write fails: a notice, training goes on, and no record is lost', async () => {
    const { storage, fill } = countingStorage();
    fill();
    const { store, emit } = setup(storage);
    const { runId } = selectRun(store.getState());
    store.getState().train();
    await settle();
    expect(store.getState().notebookStorageKind).toBe('memory');
    const problem = store.getState().notebookProblem;
    expect(problem && textOf(problem)).toMatch(/quota has been exceeded.*kept in memory only/);
    emit({ type: 'epochsEnded', runId, metrics: metricsFor([1, 2, 3]), numTensors: 1 });
    emit({ type: 'runFinished', runId, epoch: 3 });
    await settle();
    expect(selectRun(store.getState()).status).toBe('done');
    expect(store.getState().notebookRecords).toEqual([
      expect.objectContaining({ epochs: 3, status: 'done' }),
    ]);
    // Opening the notebook reads the memory storage, which holds the run too.
    store.getState().openNotebook();
    await settle();
    expect(store.getState().notebookRecords).toHaveLength(1);
  });

  it('keeps a record per variant in a race, sharing one race id, and overlays selected runs', async () => {
    const { store, emit } = setup();
    store.getState().startComparison();
    store.getState().train();
    const runs = store.getState().runs;
    for (const run of runs) {
      emit({ type: 'epochsEnded', runId: run.runId, metrics: metricsFor([1, 2]), numTensors: 1 });
      emit({ type: 'runFinished', runId: run.runId, epoch: 2 });
    }
    await settle();
    const records = store.getState().notebookRecords;
    expect(records).toHaveLength(2);
    expect(new Set(records.map((record) => record.race?.raceId)).size).toBe(1);
    expect(records.map((record) => record.race?.variant).sort()).toEqual(['A', 'B']);
    for (const record of records) store.getState().toggleSelected(record.id);
    const past = selectPastCurves(store.getState());
    expect(past).toHaveLength(2);
    expect(new Set(past.map((curve) => `${curve.colour} ${curve.dash}`)).size).toBe(2);
    // The panels show variant B (SGD); A's record differs from it in its optimizer.
    expect(past.map((curve) => curve.label).join(' | ')).toMatch(/Adam/);
  });
});
