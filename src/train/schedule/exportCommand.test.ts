/** The export command in the scheduler: files of the run as it is, and a failure that leaves the run alone. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeScheduler } from '../../../test/kits/fakeRuns';
import { EXPERIMENT, startScheduler, stopLastScheduler } from '../../../test/kits/schedulerTestKit';
import type { WeightsJson } from '../shared/export/weightsJson';

const withEpochs = (epochs: number) => ({ ...EXPERIMENT, training: { ...EXPERIMENT.training, epochs } });

describe('the export command', () => {
  afterEach(stopLastScheduler);

  it('sends the files of the run at the epoch it has reached', async () => {
    const { send, waitFor } = startScheduler();
    send({ type: 'load', runId: 'a', experiment: withEpochs(4), backend: 'auto' });
    send({ type: 'train', runId: 'a' });
    await waitFor('runFinished');
    send({ type: 'export', runId: 'a', format: 'weights' });
    const made = await waitFor('exportMade');
    expect(made).toMatchObject({ format: 'weights', epoch: 4 });
    expect(made.files.map((file) => file.name)).toEqual(['weights.json']);
    const document = JSON.parse(new TextDecoder().decode(made.files[0]?.bytes)) as WeightsJson;
    expect(document.epoch).toBe(4);
    expect(document.layers.map((layer) => layer.kernel?.shape)).toEqual([
      [2, 4],
      [4, 2],
      [2, 1],
    ]);
    send({ type: 'export', runId: 'a', format: 'data' });
    const data = await waitFor('exportMade', 'a', 2);
    const rows = new TextDecoder().decode(data.files[0]?.bytes).trim().split('\n');
    expect(rows).toHaveLength(1 + EXPERIMENT.dataset.numPoints);
  });

  it('reports a failed export as the export’s alone: the run stays loaded and trains on', async () => {
    const { send, waitFor, ofType } = startFakeScheduler();
    send({ type: 'load', runId: 'a', experiment: withEpochs(3), backend: 'cpu' });
    send({ type: 'export', runId: 'a', format: 'model' });
    const failed = await waitFor('exportFailed');
    expect(failed.message).toEqual({
      key: 'export.error.failed',
      params: { detail: 'A fake trainer has no weights.' },
    });
    send({ type: 'train', runId: 'a' });
    expect((await waitFor('runFinished')).epoch).toBe(3);
    expect(ofType('runFailed')).toEqual([]);
  });
});
