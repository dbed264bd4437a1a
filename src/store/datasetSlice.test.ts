import { describe, expect, it } from 'vitest';
import { analyseSplit } from '../core/datasets/analysis';
import { parseFile, readingOf } from '../core/datasets/csvReading';
import { namesFor, prepareSplit } from '../core/datasets/prepare';
import { textOf } from '../core/i18n/translate';
import type { AnalysisRequest, AnalysisResult, DatasetService } from '../worker/data/client';
import type { LoadProgress } from '../worker/data/datasetLoader';
import type { WorkerCommand } from '../worker/training/protocol';
import { createPlaygroundStore } from './createPlaygroundStore';
import { selectDatasetBlocker, selectDatasetChoice, selectLinkNote } from './datasetSelectors';
import { selectOutputLayer } from './experimentSelectors';
import { selectTrainBlocker } from './runSelectors';

/** A data service whose shipped loads wait for the test to finish or fail them. */
function fakeService() {
  const waiting: {
    request: AnalysisRequest;
    onProgress?: ((progress: LoadProgress) => void) | undefined;
    finish: () => void;
    fail: (message: string) => void;
  }[] = [];
  const analyseNow = (request: AnalysisRequest): AnalysisResult => {
    const custom = request.customData;
    if (request.config.id === 'iris' || request.config.id === 'mnist') {
      // Stands in for the shipped file: generated blobs with the set's class count.
      const stand = { ...request.config, id: 'gaussian' as const };
      const analysis = analyseSplit(prepareSplit(stand), namesFor(request.config));
      return { analysis, timing: { loadMs: 1, analyseMs: 1, where: 'worker' } };
    }
    const split = prepareSplit(request.config, custom ? { custom } : {});
    return {
      analysis: analyseSplit(split, namesFor(request.config, custom)),
      timing: { loadMs: 0, analyseMs: 0, where: 'page' },
    };
  };
  const service: DatasetService = {
    analyse: (request, onProgress) => {
      if (request.config.id !== 'iris' && request.config.id !== 'mnist')
        return Promise.resolve(analyseNow(request));
      return new Promise((resolve, reject) => {
        waiting.push({
          request,
          onProgress,
          finish: () => resolve(analyseNow({ ...request, config: { ...request.config, numClasses: 3 } })),
          fail: (message) => reject(new Error(message)),
        });
      });
    },
    readCsv: async (request) => {
      const limits = { maxRows: 50_000, maxClasses: 50 };
      const parsed = parseFile(await request.file.text(), request.dialect, limits);
      return readingOf(parsed, request.fileName, request.settings, limits);
    },
  };
  return { service, waiting };
}

function setup() {
  const sent: WorkerCommand[] = [];
  const { service, waiting } = fakeService();
  const store = createPlaygroundStore(
    () => ({ send: (command) => sent.push(command) }),
    () => service,
  );
  store.getState().reset();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { store, sent, waiting, settle };
}

const loads = (sent: WorkerCommand[]) =>
  sent.filter((command): command is Extract<WorkerCommand, { type: 'load' }> => command.type === 'load');

const CSV = `sepal,petal,species\n${Array.from({ length: 30 }, (_, i) => `${i},${i % 5},${['a', 'b', 'c'][i % 3]}`).join('\n')}`;
/** CSV with a word where row 3 (the header is row 1) of a number column needs a number. */
const BAD_CSV = CSV.replace('sepal,petal,', 'sepal,petal_width,').replace('\n1,1,', '\n1,abc,');

describe('dataset slice', () => {
  it('analyses the default data at once, with no fetch', async () => {
    const { store, waiting, settle } = setup();
    await settle();
    expect(store.getState().analysis?.statistics.trainCount).toBe(400);
    expect(waiting).toEqual([]);
  });

  it('loads a shipped set before it joins the experiment, showing progress; the output layer follows its classes', async () => {
    const { store, sent, waiting, settle } = setup();
    store.getState().chooseDataset('iris');
    expect(selectDatasetChoice(store.getState())).toBe('iris');
    expect(store.getState().experiment.dataset.id).toBe('spiral');
    waiting[0]?.onProgress?.({ receivedBytes: 600, totalBytes: 1195 });
    expect(store.getState().datasetLoad).toMatchObject({
      status: 'loading',
      datasetId: 'iris',
      progress: { receivedBytes: 600 },
    });
    waiting[0]?.finish();
    await settle();
    const state = store.getState();
    expect(state.experiment.dataset).toMatchObject({ id: 'iris', numClasses: 3 });
    expect(state.pendingDatasetId).toBeNull();
    expect(state.datasetLoad.status).toBe('idle');
    expect(state.analysis?.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(loads(sent).at(-1)?.experiment.dataset.id).toBe('iris');
    store.getState().setLoss('categoricalCrossentropy');
    expect(selectOutputLayer(store.getState()).units).toBe(3);
  });

  it("analyses page data a task later, and only the newest asked for: a link's set, not the default", async () => {
    const asked: string[] = [];
    const { service } = fakeService();
    const store = createPlaygroundStore(
      () => ({ send: () => {} }),
      () => ({
        ...service,
        analyse: (request, onProgress) => {
          asked.push(request.config.id);
          return service.analyse(request, onProgress);
        },
      }),
    );
    // What a link does as the page starts, in the same task as the store's creation.
    store.getState().setDataset({ id: 'moons' });
    expect(asked).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(['moons']);
    expect(store.getState().analysisDatasetId).toBe('moons');
  });

  it('keeps the previous data set when a load fails, and says why', async () => {
    const { store, sent, waiting, settle } = setup();
    const loadsBefore = loads(sent).length;
    store.getState().chooseDataset('mnist');
    waiting[0]?.fail('Could not load MNIST: the server answered 404 Not Found.');
    await settle();
    const state = store.getState();
    expect(state.experiment.dataset.id).toBe('spiral');
    expect(selectDatasetChoice(state)).toBe('spiral');
    expect(state.datasetLoad.status).toBe('failed');
    expect(textOf(state.datasetLoad.message ?? { key: 'dataset.error.detail' })).toMatch(/404 Not Found/);
    expect(loads(sent)).toHaveLength(loadsBefore);
  });

  it('trains on a valid CSV, sending it with the run but never putting it in the link', async () => {
    const { store, sent, settle } = setup();
    store.getState().chooseDataset('custom');
    expect(selectDatasetChoice(store.getState())).toBe('custom');
    expect(store.getState().experiment.dataset.id).toBe('spiral');
    await store.getState().chooseCsvFile(new Blob([CSV]), 'flowers.csv');
    await settle();
    const state = store.getState();
    expect(state.csv?.status).toBe('loaded');
    expect(state.csv?.reading?.columns.map((column) => column.name)).toEqual(['sepal', 'petal', 'species']);
    expect(state.csv?.reading?.settings.labelColumn).toBe(2);
    expect(state.experiment.dataset).toMatchObject({ id: 'custom', numClasses: 3 });
    const load = loads(sent).at(-1);
    expect(load?.customData?.name).toBe('flowers.csv');
    expect(load?.customData?.count).toBe(30);
    expect(selectLinkNote(state)).toBe('Your own data is not in the link.');
    expect(state.analysis?.statistics.trainCount).toBe(24);
  });

  it('refuses a malformed CSV with the row and column, leaving the data in use alone', async () => {
    const { store, sent, settle } = setup();
    store.getState().chooseDataset('custom');
    await store.getState().chooseCsvFile(new Blob([CSV]), 'good.csv');
    const loadsBefore = loads(sent).length;
    const dataBefore = store.getState().customData;
    await store.getState().chooseCsvFile(new Blob([BAD_CSV]), 'bad.csv');
    await settle();
    const state = store.getState();
    expect(state.csv?.status).toBe('failed');
    expect(state.csv?.problems.map(textOf)).toEqual(["row 3, column 'petal_width': 'abc' is not a number"]);
    expect(state.customData).toBe(dataBefore);
    expect(state.experiment.dataset.id).toBe('custom');
    expect(loads(sent)).toHaveLength(loadsBefore);
  });

  it('refuses a label that cannot work, keeping the label in use and the data alone', async () => {
    const { store, sent, settle } = setup();
    store.getState().chooseDataset('custom');
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${i / 7},${i % 2 ? 'a' : 'b'}`);
    await store.getState().chooseCsvFile(new Blob([`x,size,kind\n${rows.join('\n')}`]), 'sizes.csv');
    await settle();
    expect(store.getState().csv?.reading?.settings.labelColumn).toBe(2);
    const dataInUse = store.getState().customData;
    const loadsInUse = loads(sent).length;
    await store.getState().setCsvLabelColumn(1);
    await settle();
    const csv = store.getState().csv;
    expect(textOf(csv?.refusal ?? { key: 'dataset.error.detail' })).toMatch(
      /column 'size' holds numbers with fractions/,
    );
    expect(csv?.reading?.settings.labelColumn).toBe(2);
    expect(csv?.status).toBe('loaded');
    expect(store.getState().customData).toBe(dataInUse);
    expect(loads(sent)).toHaveLength(loadsInUse);
    // A label that can work is taken: whole numbers 0 to 19 make 20 classes.
    await store.getState().setCsvLabelColumn(0);
    await settle();
    expect(store.getState().csv?.refusal).toBeNull();
    expect(store.getState().csv?.reading?.settings.labelColumn).toBe(0);
    expect(store.getState().experiment.dataset.numClasses).toBe(20);
  });

  it('a refused change of a file in use lists its problems and keeps the settings in use', async () => {
    const { store, settle } = setup();
    store.getState().chooseDataset('custom');
    await store.getState().chooseCsvFile(new Blob([CSV]), 'flowers.csv');
    await settle();
    const reading = store.getState().csv?.reading;
    if (!reading) throw new Error('expected a reading');
    const dataInUse = store.getState().customData;
    await store
      .getState()
      .changeCsv({ settings: { ...reading.settings, uses: ['ignore', 'ignore', 'ignore'] } });
    await settle();
    const csv = store.getState().csv;
    expect(csv?.status).toBe('failed');
    expect(csv?.problems.map(textOf)).toEqual([
      'no feature column: use at least one column besides the label as a feature',
    ]);
    expect(csv?.reading).toBe(reading);
    expect(store.getState().customData).toBe(dataInUse);
  });

  it('switches to drawn points once there are two, and blocks Train below that', () => {
    const { store, sent } = setup();
    store.getState().chooseDataset('custom');
    store.getState().setDrawClass(1);
    store.getState().addDrawnPoint(0.5, 0.5);
    expect(store.getState().experiment.dataset.id).toBe('spiral');
    store.getState().setDrawClass(2);
    store.getState().addDrawnPoint(-0.5, 0.5);
    let state = store.getState();
    expect(state.experiment.dataset).toMatchObject({ id: 'custom', numClasses: 3 });
    expect(loads(sent).at(-1)?.customData?.count).toBe(2);
    expect(selectTrainBlocker(state)).toBeNull();
    const loadsBefore = loads(sent).length;
    store.getState().addDrawnPoint(0, -0.5);
    expect(loads(sent)).toHaveLength(loadsBefore + 1);
    store.getState().removeDrawnPointsNear(0, 0, 2);
    state = store.getState();
    expect(state.drawnPoints).toEqual([]);
    expect(selectDatasetBlocker(state)).toBe('Draw at least 2 points on the plane, or upload a CSV file.');
    expect(selectTrainBlocker(state)).toMatch(/Draw at least 2 points/);
  });
});
