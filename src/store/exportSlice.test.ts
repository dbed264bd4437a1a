import { describe, expect, it } from 'vitest';
import { setupStore } from '../../test/kits/storeTestKit';
import { selectRun } from './runSelectors';

const FILE = { name: 'data.csv', mimeType: 'text/csv', bytes: new ArrayBuffer(4) };

describe('export slice', () => {
  it('asks the worker for the selected run’s files and hands them over once', () => {
    const { store, sent, emit } = setupStore();
    const { runId } = selectRun(store.getState());
    store.getState().requestExport('data');
    expect(sent.at(-1)).toEqual({ type: 'export', runId, format: 'data' });
    // A second click while the first is being prepared sends nothing more.
    store.getState().requestExport('model');
    expect(sent.filter((command) => command.type === 'export')).toHaveLength(1);
    expect(store.getState().exportStatus).toEqual({ phase: 'preparing', format: 'data', runId });
    emit({ type: 'exportMade', runId, format: 'data', epoch: 3, files: [FILE] });
    expect(store.getState().exportDelivery).toEqual({ format: 'data', files: [FILE] });
    store.getState().exportDelivered({ names: ['data.csv'] });
    expect(store.getState().exportDelivery).toBeNull();
    expect(store.getState().exportStatus).toEqual({ phase: 'done', format: 'data', names: ['data.csv'] });
  });

  it('shows a failed or refused export in words and leaves the runs as they were', () => {
    const { store, emit } = setupStore();
    const before = selectRun(store.getState());
    store.getState().requestExport('model');
    const tooLarge = { key: 'export.error.tooLarge', params: { size: 200, limit: 128 } } as const;
    emit({ type: 'exportFailed', runId: before.runId, format: 'model', message: tooLarge });
    expect(store.getState().exportStatus).toEqual({ phase: 'failed', format: 'model', message: tooLarge });
    expect(selectRun(store.getState())).toEqual(before);

    store.getState().requestExport('data');
    emit({ type: 'exportMade', runId: before.runId, format: 'data', epoch: 0, files: [FILE] });
    store.getState().exportDelivered({ refusal: 'blocked' });
    expect(store.getState().exportStatus).toMatchObject({
      phase: 'failed',
      message: { key: 'export.error.refused', params: { detail: 'blocked' } },
    });
  });

  it('drops an answer to another run or another format', () => {
    const { store, emit } = setupStore();
    const { runId } = selectRun(store.getState());
    store.getState().requestExport('weights');
    emit({ type: 'exportMade', runId: 'run-old', format: 'weights', epoch: 0, files: [FILE] });
    emit({ type: 'exportMade', runId, format: 'data', epoch: 0, files: [FILE] });
    expect(store.getState().exportDelivery).toBeNull();
    expect(store.getState().exportStatus?.phase).toBe('preparing');
  });
});
