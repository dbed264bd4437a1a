import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkerEvent } from '../worker/protocol';
import { createExperimentSlice } from './experimentSlice';
import type { PlaygroundState } from './playgroundState';
import { type CommandSink, createRunSlice } from './runSlice';
import { createUiSlice } from './uiSlice';

/** Connects the store to a worker: given the store's event handler, returns where commands go. */
export type WorkerConnector = (onEvent: (event: WorkerEvent) => void) => CommandSink;

/** Creates the playground store wired to a worker connection (a real client in the app, a recorder in tests). */
export function createPlaygroundStore(connect: WorkerConnector): StoreApi<PlaygroundState> {
  let sink: CommandSink | null = null;
  const lazySink = (): CommandSink => {
    if (!sink) throw new Error('The store was used before its worker connection was made');
    return sink;
  };
  const store = createStore<PlaygroundState>()((...args) => ({
    ...createExperimentSlice(...args),
    ...createRunSlice(lazySink)(...args),
    ...createUiSlice(...args),
  }));
  sink = connect((event) => store.getState().handleWorkerEvent(event));
  return store;
}
