import type { StoreApi } from 'zustand';
import { workspaceOf } from '../core/compare/workspace';
import { decodeExperiment, encodeExperiment } from '../core/urlCodec';
import { workspaceFields } from '../store/comparisonSlice';
import type { PlaygroundState } from '../store/playgroundState';

/**
 * Puts the experiment in the address bar: reads the link once at start (problems go to a banner,
 * every valid part is kept) and rewrites it with replaceState on each edit, so reload restores the
 * experiment exactly and the back button is not flooded.
 */
export function startUrlSync(store: StoreApi<PlaygroundState>, location: Location, history: History): void {
  const query = location.search.replace(/^\?/, '');
  if (query.length > 0) {
    const { experiment, problems } = decodeExperiment(query);
    store.setState(workspaceFields(workspaceOf(experiment)));
    store.getState().setLinkProblems(problems);
  }
  const writeUrl = (state: PlaygroundState): void => {
    const target = `?${encodeExperiment(state.experiment)}`;
    if (location.search !== target) history.replaceState(null, '', target);
  };
  writeUrl(store.getState());
  store.subscribe((state, previous) => {
    if (state.experiment !== previous.experiment) writeUrl(state);
  });
}
