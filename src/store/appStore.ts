import { useStore } from 'zustand';
import { TrainingClient } from '../worker/training/client';
import type { PlaygroundState } from './playgroundState';
import { createPlaygroundStore } from './playgroundStore';

/** The app's one store, connected to the real training worker. */
export const playgroundStore = createPlaygroundStore((onEvent) => new TrainingClient(onEvent));

/** Reads the app's store through a selector (selectors live in selectors.ts). */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(playgroundStore, selector);
}
