/**
 * Records every run in the notebook: a record per variant (its seeds together) when Train is first
 * pressed, then at most once a second while it trains, at once when it pauses, ends or is replaced.
 * It reads the histories the store already keeps: nothing is done per epoch (docs/decisions/notebook.md).
 */
import type { StoreApi } from 'zustand';
import { VARIANT_NAMES } from '../core/compare/differences';
import { withSeedIndex } from '../core/compare/workspace';
import type { Finding } from '../core/doctor/diagnose';
import type { Experiment } from '../core/experiment/experiment';
import { t } from '../core/i18n/translate';
import { encodeExperiment } from '../core/link';
import { buildRecord, type RecordHeader } from '../core/notebook';
import { selectVariantLabels } from './comparisonSelectors';
import { trainingSetSizeOf } from './datasetSelectors';
import { variantFindings } from './doctorSelectors';
import { newRecordId } from './notebookSlice';
import type { PlaygroundState } from './playgroundState';
import type { RunRecord } from './runRecords';

/** Shortest time between two writes of a record while it trains. */
export const RECORD_INTERVAL_MS = 1000;

/** Statuses at which a record is written at once. */
const SETTLED = new Set(['paused', 'done', 'diverged', 'failed']);

/** The clock and timer the recorder uses (a test's fakes, or the page's). */
export interface RecorderClock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

const PAGE_CLOCK: RecorderClock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface ActiveRecord {
  header: RecordHeader;
  variantIndex: number;
  variant: Experiment;
  runs: readonly RunRecord[];
  /** The doctor's findings at the last write: kept when the runs are gone and can no longer be diagnosed. */
  findings: readonly Finding[];
  statuses: string;
  epochs: number;
  lastWriteAt: number;
  timer: unknown;
}

/** A clock time as hours, minutes and seconds, for a run's first name. */
const timeText = (ms: number): string => {
  const date = new Date(ms);
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
};

/** Starts recording the store's runs into its notebook; returns the function that stops it. */
export function startNotebookRecorder(
  store: StoreApi<PlaygroundState>,
  clock: RecorderClock = PAGE_CLOCK,
): () => void {
  const active = new Map<string, ActiveRecord>();

  const write = (entry: ActiveRecord, isCutOff = false): void => {
    if (entry.timer !== null) clock.clearTimeout(entry.timer);
    entry.timer = null;
    entry.lastWriteAt = clock.now();
    const runs = entry.runs.map((run) => ({
      history: run.history,
      seed: withSeedIndex(entry.variant, run.seedIndex).training.seed,
      engine: run.backend,
      status: run.status,
    }));
    const state = store.getState();
    // Diagnosed as the doctor's panel does (memoised per run); replaced runs keep their last findings.
    if (state.runs.includes(entry.runs[0] as RunRecord))
      entry.findings = variantFindings(state, entry.variantIndex);
    state.saveRecord(buildRecord(entry.header, runs, isCutOff, entry.findings));
  };

  const begin = (
    state: PlaygroundState,
    variantIndex: number,
    runs: readonly RunRecord[],
    raceId: string,
  ): ActiveRecord | null => {
    const variant = state.variants[variantIndex];
    if (!variant) return null;
    const startedAt = clock.now();
    const isRace = state.variants.length > 1;
    const label = selectVariantLabels(state)[variantIndex] ?? '';
    const time = timeText(startedAt);
    return {
      header: {
        id: newRecordId(startedAt),
        name: isRace
          ? t('notebook.defaultRaceName', { variant: label, time })
          : t('notebook.defaultName', { time }),
        note: '',
        isStarred: false,
        link: encodeExperiment(variant),
        startedAt,
        race: isRace
          ? { raceId, variant: VARIANT_NAMES[variantIndex] ?? String(variantIndex + 1), label }
          : null,
        trainingSetSize: trainingSetSizeOf(state),
      },
      variantIndex,
      variant,
      runs,
      findings: [],
      statuses: '',
      epochs: -1,
      lastWriteAt: 0,
      timer: null,
    };
  };

  /** A race's records share one race id: the first variant's record makes it. */
  const raceIds = new Map<string, string>();

  const onRuns = (state: PlaygroundState): void => {
    const groups = new Map<number, RunRecord[]>();
    for (const run of state.runs) {
      const group = groups.get(run.variantIndex) ?? [];
      group.push(run);
      groups.set(run.variantIndex, group);
    }
    const live = new Set<string>();
    const raceKey = state.runs.map((run) => run.runId).join(' ');
    for (const [variantIndex, runs] of groups) {
      const key = (runs[0] as RunRecord).runId;
      live.add(key);
      let entry = active.get(key);
      if (!entry) {
        const hasStarted = runs.some((run) => run.status !== 'idle' || run.epoch > 0);
        if (!hasStarted || !state.isRecording) continue;
        const raceId = raceIds.get(raceKey) ?? `race-${newRecordId(clock.now())}`;
        raceIds.set(raceKey, raceId);
        const begun = begin(state, variantIndex, runs, raceId);
        if (!begun) continue;
        entry = begun;
        active.set(key, entry);
      }
      entry.runs = runs;
      // An optimizer setting changed live: the record holds the experiment as it now trains.
      const variant = state.variants[variantIndex];
      if (variant && variant !== entry.variant) {
        entry.variant = variant;
        entry.header = { ...entry.header, link: encodeExperiment(variant) };
      }
      const statuses = runs.map((run) => run.status).join(' ');
      const epochs = runs.reduce((sum, run) => sum + run.epoch, 0);
      const hasSettled = statuses !== entry.statuses && runs.some((run) => SETTLED.has(run.status));
      const isFirst = entry.statuses === '';
      entry.statuses = statuses;
      if (isFirst || hasSettled) {
        entry.epochs = epochs;
        write(entry);
        continue;
      }
      if (epochs === entry.epochs) continue;
      entry.epochs = epochs;
      const wait = entry.lastWriteAt + RECORD_INTERVAL_MS - clock.now();
      if (wait <= 0) write(entry);
      else if (entry.timer === null) {
        const due = entry;
        due.timer = clock.setTimeout(() => {
          due.timer = null;
          if (active.get(key) === due) write(due);
        }, wait);
      }
    }
    // Runs replaced (a restart, a new race): their records keep the state they were left in.
    for (const [key, entry] of active) {
      if (live.has(key)) continue;
      active.delete(key);
      const isFinished = entry.runs.every((run) => ['done', 'diverged', 'failed'].includes(run.status));
      write(entry, !isFinished);
    }
    for (const key of raceIds.keys()) if (key !== raceKey) raceIds.delete(key);
  };

  return store.subscribe((state, previous) => {
    if (state.runs !== previous.runs) onRuns(state);
  });
}
