import { useStore } from 'zustand';
import type { PlaygroundState } from './playgroundState';
import { playgroundStore } from './playgroundStore';

/** Reads the app's store through a selector (each slice's selectors sit beside it: `<slice>Selectors.ts`). */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(playgroundStore, selector);
}
