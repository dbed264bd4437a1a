import { TrainingClient } from '../worker/training/client';
import { createPlaygroundStore } from './createPlaygroundStore';
import { indexedDbNotebookStorage } from './notebookDatabase';

/** The app's one store, connected to the real training worker, its notebook kept in IndexedDB. */
export const playgroundStore = createPlaygroundStore(
  (onEvent) => new TrainingClient(onEvent),
  undefined,
  () => indexedDbNotebookStorage(),
);
