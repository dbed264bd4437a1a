// First, before React's and the app's modules evaluate: the training worker starts meanwhile.
import './startTrainingWorker';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundStore } from '../store/playgroundStore';
import { openCanvasChannelEarly } from '../ui/common/planeDrawing';
import { App } from './App';
import { startUrlSync } from './urlSync';
import './styles.css';

// The canvases' GPU channel opens in a task of its own, before the first view waits for it.
setTimeout(openCanvasChannelEarly, 0);
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

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
