import { TrainingClient } from '../worker/training/client';
import { createPlaygroundStore } from './createPlaygroundStore';

/** The app's one store, connected to the real training worker. */
export const playgroundStore = createPlaygroundStore((onEvent) => new TrainingClient(onEvent));
