// First, before React's and the app's modules evaluate: the training worker starts meanwhile.
import './startTrainingWorker';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_LANGUAGE, languageEntry } from '../core/i18n/languages';
import { switchCatalogue } from '../core/i18n/translate';
import { playgroundStore } from '../store/playgroundStore';
import { ownLanguage } from '../ui/common/languagePreference';
import { openCanvasChannelEarly } from '../ui/common/planeDrawing';
import { LocalisedApp } from './App';
import { startUrlSync } from './urlSync';
import './styles.css';

// The canvases' GPU channel opens in a task of its own, before the first view waits for it.
setTimeout(openCanvasChannelEarly, 0);
// The person's own language, unless the link names one (startUrlSync reads it).
playgroundStore.setState({ language: ownLanguage() });
startUrlSync(playgroundStore, window);
// Load the runs at epoch 0 so the curves and the boundary show the untrained network at once, in
// a task after this one: the runs' checks and the worker's start made the task that evaluates the
// app's code long (see docs/decisions/startup.md).
setTimeout(() => {
  playgroundStore.getState().reset();
  // A teacher's link may start training on open; the runs' loads are queued before it in the worker.
  if (playgroundStore.getState().teaching.autostart) playgroundStore.getState().train();
}, 0);
// Only the benchmark's build (npm run bench) lets bench/bench.ts read the store; other builds drop this.
if (import.meta.env.MODE === 'bench')
  void import('./benchProbe').then((probe) => probe.installAppProbe(playgroundStore));

/** Draws the page once its language's texts are in: English is built in, another is its own chunk. */
async function render(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');
  const { language } = playgroundStore.getState();
  if (language !== DEFAULT_LANGUAGE) {
    try {
      switchCatalogue(language, await languageEntry(language).load());
    } catch {
      // A catalogue that cannot load leaves the page in English rather than blank.
      playgroundStore.setState({ language: DEFAULT_LANGUAGE });
    }
  }
  createRoot(rootElement).render(
    <StrictMode>
      <LocalisedApp />
    </StrictMode>,
  );
}
void render();
