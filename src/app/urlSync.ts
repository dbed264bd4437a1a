import type { StoreApi } from 'zustand';
import { decodeWorkspace, encodeWorkspace } from '../core/link';
import { workspaceFields } from '../store/comparisonSlice';
import type { PlaygroundState } from '../store/playgroundState';

/**
 * The settings text of a location: the fragment when there is one (links this app writes), else
 * the query (version-1 links, and links written by hand that way), without its '#' or '?'.
 */
export function linkText(location: Pick<Location, 'hash' | 'search'>): string {
  const fragment = location.hash.replace(/^#/, '');
  return fragment.length > 0 ? fragment : location.search.replace(/^\?/, '');
}

/** Whether a store change touches what a link holds. */
const changesLink = (state: PlaygroundState, previous: PlaygroundState): boolean =>
  state.variants !== previous.variants ||
  state.seedCount !== previous.seedCount ||
  state.chartOptions !== previous.chartOptions ||
  state.targetAccuracy !== previous.targetAccuracy ||
  state.teaching !== previous.teaching ||
  state.language !== previous.language;

/**
 * Puts the whole workspace (variants, seeds, chart and teaching options) in the address bar's
 * fragment. It reads the link at start (problems go to a banner, every valid part is kept),
 * rewrites it with replaceState on each edit, so reload restores everything and the back button
 * is not flooded, and applies a fragment edited by hand at once: a fragment change, unlike a query
 * change, does not reload the page. The settings never reach the server, whatever their length.
 */
export function startUrlSync(store: StoreApi<PlaygroundState>, window: Window): void {
  const { location, history } = window;
  /** The fragment this page last wrote, so that its own writes are not read back as edits. */
  let written = '';
  /** Whether the link named its language: then the address keeps naming it, English too, so a reload keeps it. */
  let namesLanguage = false;

  const writeUrl = (state: PlaygroundState): void => {
    written = encodeWorkspace(state, { namesLanguage });
    const target = `${location.pathname}#${written}`;
    if (`${location.pathname}${location.search}${location.hash}` !== target)
      history.replaceState(null, '', target);
  };

  const text = linkText(location);
  if (text.length > 0) {
    const { workspace, problems } = decodeWorkspace(text);
    namesLanguage = workspace.language !== null;
    store.setState(workspaceFields(workspace));
    // Before the first render: main.tsx loads this language's catalogue before it draws anything.
    if (workspace.language) store.setState({ language: workspace.language });
    store.getState().setLinkProblems(problems);
  }
  writeUrl(store.getState());

  store.subscribe((state, previous) => {
    if (changesLink(state, previous)) writeUrl(state);
  });

  window.addEventListener('hashchange', () => {
    const edited = location.hash.replace(/^#/, '');
    if (edited === written) return;
    const { workspace, problems } = decodeWorkspace(edited);
    namesLanguage = workspace.language !== null;
    store.getState().setLinkProblems(problems);
    store.getState().replaceWorkspace(workspace);
    if (workspace.language && workspace.language !== store.getState().language)
      void store.getState().setLanguage(workspace.language);
    writeUrl(store.getState());
  });
}
