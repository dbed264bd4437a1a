/**
 * The benchmark's eyes inside the app, installed only by the bench build (`vite build --mode
 * bench`, see src/app/main.tsx): it exposes the store as `window.__playgroundStore` and records,
 * with the page's own clock, when metrics, boundaries, status changes and Train/Pause clicks
 * happen, plus main-thread long tasks. bench/bench.ts reads `window.__benchProbe.report()`.
 */
import type { StoreApi } from 'zustand';
import { t, textOf } from '../core/i18n/translate';
import { linkProblemText } from '../core/link';
import { backendReasonText } from '../core/run/backendReasonText';
import type { PlaygroundState } from '../store/playgroundState';
import { divergenceMessage } from '../store/runRecords';
import { selectRun, selectRunStatus } from '../store/runSelectors';
import type { AppProbe, AppProbeReport, LongTaskEntry, StatusChange } from './benchTypes';

/** What the bench build adds to `window`. */
export interface BenchWindowGlobals {
  __playgroundStore?: StoreApi<PlaygroundState>;
  __benchProbe?: AppProbe;
  /** Set by bench/appRun.ts's in-page script when it presses Train. */
  __benchTrainPressedMs?: number;
}

/** The Train or Pause button a click landed on, by its visible text, or null. */
function clickedButton(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('button')?.textContent?.trim() ?? null;
}

/** Starts recording the store and the page, and publishes the store and the probe on `window`. */
export function installAppProbe(store: StoreApi<PlaygroundState>): void {
  const epochSamples: Array<readonly [number, number]> = [];
  const boundaryArrivalsMs: number[] = [];
  const statusChanges: StatusChange[] = [
    { atMs: performance.now(), status: selectRunStatus(store.getState()) },
  ];
  const trainClicksMs: number[] = [];
  const pauseClicksMs: number[] = [];
  const longTasks: LongTaskEntry[] = [];

  store.subscribe((state, previous) => {
    const nowMs = performance.now();
    // A race advances in lockstep: its epoch is the one every run has reached.
    if (state.historyVersion !== previous.historyVersion)
      epochSamples.push([nowMs, Math.min(...state.runs.map((run) => run.epoch))]);
    const boundary = selectRun(state).boundary;
    if (boundary !== selectRun(previous).boundary && boundary !== null) boundaryArrivalsMs.push(nowMs);
    const status = selectRunStatus(state);
    if (status !== selectRunStatus(previous)) statusChanges.push({ atMs: nowMs, status });
  });

  // Capture phase: the time is taken before React's handler runs.
  document.addEventListener(
    'click',
    (event) => {
      const label = clickedButton(event.target);
      if (label === t('training.train')) trainClicksMs.push(performance.now());
      if (label === t('training.pause')) pauseClicksMs.push(performance.now());
    },
    { capture: true },
  );

  // The charts' code is a chunk of its own whose first render is the last big piece of start-up:
  // long tasks before it are the page starting, after it the page training. A chart's drawing
  // mounts in pieces; its hover layer is the last of them.
  let chartsShownMs: number | null = null;
  const chartsObserver = new MutationObserver(() => {
    if (document.querySelectorAll('figure.metric-chart .chart-hover-target').length < 2) return;
    chartsShownMs = performance.now();
    chartsObserver.disconnect();
  });
  chartsObserver.observe(document.body, { childList: true, subtree: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing reports none; the bench says so by its column staying empty.
  }

  const probe: AppProbe = {
    report: (): AppProbeReport => {
      const state = store.getState();
      const run = selectRun(state);
      return {
        linkProblems: state.linkProblems.map(linkProblemText),
        status: selectRunStatus(state),
        message: run.message
          ? textOf(run.message)
          : run.divergedAtEpoch === null
            ? null
            : divergenceMessage(run.divergedAtEpoch, state.experiment),
        backend: run.backend,
        backendReason: backendReasonText(run.backendReason),
        parameterCount: run.parameterCount,
        epochSamples: [...epochSamples],
        boundaryArrivalsMs: [...boundaryArrivalsMs],
        statusChanges: [...statusChanges],
        trainClicksMs: [...trainClicksMs],
        chartsShownMs,
        trainPressedByScriptMs: (window as BenchWindowGlobals).__benchTrainPressedMs ?? null,
        pauseClicksMs: [...pauseClicksMs],
        longTasks: [...longTasks],
        nowMs: performance.now(),
      };
    },
  };
  const globals: BenchWindowGlobals = { __playgroundStore: store, __benchProbe: probe };
  Object.assign(window, globals);
}
