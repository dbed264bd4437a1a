import { createStore, type StoreApi } from 'zustand/vanilla';
import { DataClient, type DatasetService } from '../worker/data/client';
import type { WorkerEvent } from '../worker/training/protocol';
import { createComparisonSlice } from './comparisonSlice';
import { createDatasetSlice } from './datasetSlice';
import { createDoctorSlice } from './doctorSlice';
import { createExperimentSlice } from './experimentSlice';
import { createExportSlice } from './exportSlice';
import { createLearningRateSlice } from './learningRateSlice';
import { startNotebookRecorder } from './notebookRecorder';
import { createNotebookSlice } from './notebookSlice';
import { memoryNotebookStorage, type NotebookStorage } from './notebookStorage';
import type { PlaygroundState } from './playgroundState';
import { type CommandSink, createRunSlice, dataSetIdentity } from './runSlice';
import { createUiSlice } from './uiSlice';

/** Connects the store to a worker: given the store's event handler, returns where commands go. */
export type WorkerConnector = (onEvent: (event: WorkerEvent) => void) => CommandSink;

/**
 * Creates the playground store wired to a worker connection (a real client in the app, a recorder
 * in tests), to a data service (the data worker's client unless a test passes a fake) and to where
 * the notebook keeps its records (IndexedDB in the app, memory by default), opened when first used.
 */
export function createPlaygroundStore(
  connect: WorkerConnector,
  createDataService: () => DatasetService = () => new DataClient(),
  createNotebookStorage: () => NotebookStorage = memoryNotebookStorage,
): StoreApi<PlaygroundState> {
  let dataService: DatasetService | null = null;
  const lazyDataService = (): DatasetService => {
    dataService ??= createDataService();
    return dataService;
  };
  let sink: CommandSink | null = null;
  const lazySink = (): CommandSink => {
    if (!sink) throw new Error('The store was used before its worker connection was made');
    return sink;
  };
  const store = createStore<PlaygroundState>()((...args) => ({
    ...createExperimentSlice(...args),
    ...createComparisonSlice(...args),
    ...createRunSlice(lazySink)(...args),
    ...createUiSlice(...args),
    ...createDatasetSlice(lazyDataService)(...args),
    ...createDoctorSlice(...args),
    ...createNotebookSlice(createNotebookStorage)(...args),
    ...createExportSlice(lazySink)(...args),
    ...createLearningRateSlice(lazySink)(...args),
  }));
  startNotebookRecorder(store);
  sink = connect((event) => {
    const state = store.getState();
    if (!state.handleLearningRateEvent(event)) state.handleWorkerEvent(event);
  });
  // "What the data says" follows the data in use, whatever changed it (a control, a link, own data).
  store.subscribe((state, previous) => {
    if (
      state.experiment.dataset !== previous.experiment.dataset ||
      state.customDataVersion !== previous.customDataVersion
    )
      state.refreshAnalysis();
  });
  store.getState().refreshAnalysis();
  const initial = store.getState();
  store.setState({ runsDataSet: dataSetIdentity(initial.experiment.dataset, initial.customDataVersion) });
  return store;
}
