/** What the training controls read about the runs: their status, the status line and why Train cannot start. */
import { VARIANT_NAMES } from '../core/compare/differences';
import type { Experiment } from '../core/experiment/experiment';
import { validateExperiment } from '../core/experiment/validation';
import { inSentence } from '../core/i18n/inSentence';
import { languageVersion, t } from '../core/i18n/translate';
import { DATASETS } from '../core/registries/datasets';
import { LOSSES } from '../core/registries/losses';
import { OPTIMIZERS } from '../core/registries/optimizers';
import { MEASUREMENT_TEXT } from '../core/run/backendMeasurement';
import type { EpochProgress } from '../core/run/types';
import { selectDatasetBlocker } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';
import { combinedStatus, FINISHED, type RunRecord, type RunStatus } from './runRecords';

/** The first run: variant A with its own seed (the only run when not comparing). */
export const selectRun = (state: PlaygroundState): RunRecord => state.runs[0] as RunRecord;
/** The status of all runs as one (training while any trains, done when all have finished). */
export const selectRunStatus = (state: PlaygroundState): RunStatus => combinedStatus(state.runs);
/** Changes whenever the curves grow. */
export const selectHistoryVersion = (state: PlaygroundState) => state.historyVersion;

let validatedVariants: readonly Experiment[] | null = null;
let validatedCustomData: PlaygroundState['customData'] = null;
let validatedLanguage = -1;
let validationMessages: readonly string[] = [];

/** The problems of every variant in words, each named by its variant when there are several. */
function variantProblems(state: PlaygroundState): readonly string[] {
  // The messages are words: a language switch makes them anew.
  if (
    validatedVariants === state.variants &&
    validatedCustomData === state.customData &&
    validatedLanguage === languageVersion()
  )
    return validationMessages;
  validatedVariants = state.variants;
  validatedCustomData = state.customData;
  validatedLanguage = languageVersion();
  const isComparing = state.variants.length > 1;
  validationMessages = state.variants.flatMap((variant, index) => {
    // Own data's shape is known only once loaded; without it a stack that cannot fit would fail at load.
    const context =
      variant.dataset.id === 'custom' && state.customData
        ? { exampleShape: state.customData.exampleShape }
        : {};
    const prefix = isComparing ? `Variant ${VARIANT_NAMES[index] ?? index + 1}: ` : '';
    return validateExperiment(variant, context).map((problem) => `${prefix}${problem.message}`);
  });
  return validationMessages;
}

/** Why Train cannot start, in words, or null when it can (field errors first, then experiment problems). */
export const selectTrainBlocker = (state: PlaygroundState): string | null => {
  const fieldMessages = Object.values(state.fieldErrors);
  if (fieldMessages.length > 0)
    return `Fix ${fieldMessages.length === 1 ? 'this' : 'these'} first: ${fieldMessages.join(' ')}`;
  const problems = variantProblems(state);
  if (problems.length > 0) return `Fix first: ${problems.join(' ')}`;
  return selectDatasetBlocker(state);
};

/** A duration in the words a person waits by: seconds under two minutes, then minutes. */
const formatWait = (seconds: number): string =>
  seconds < 120 ? `${Math.max(1, Math.round(seconds))} s` : `${Math.round(seconds / 60)} min`;

/**
 * How far a slow epoch has got: "batch 5 of 16 · 42 examples/s · about 12 s left in this epoch";
 * the rate and the time left once two reports have measured them.
 */
export function epochProgressText(progress: EpochProgress): string {
  const { batchesDone, batchesTotal, examplesDone, examplesTotal, examplesPerSecond } = progress;
  const batches = `batch ${batchesDone} of ${batchesTotal}`;
  if (examplesPerSecond === null || examplesPerSecond <= 0) return batches;
  const left = (examplesTotal - examplesDone) / examplesPerSecond;
  const rate = examplesPerSecond >= 10 ? Math.round(examplesPerSecond) : examplesPerSecond.toFixed(1);
  return `${batches} · ${rate} examples/s · about ${formatWait(left)} left in this epoch`;
}

/** The progress of the run that is furthest behind in its epoch, when some epoch is slow enough to report. */
function slowestProgress(runs: readonly RunRecord[]): EpochProgress | null {
  let slowest: EpochProgress | null = null;
  for (const { progress, status } of runs) {
    if (!progress || status !== 'training') continue;
    if (
      !slowest ||
      progress.epoch < slowest.epoch ||
      (progress.epoch === slowest.epoch && progress.batchesDone < slowest.batchesDone)
    )
      slowest = progress;
  }
  return slowest;
}

const formatLoss = (value: number): string => (Number.isFinite(value) ? value.toFixed(3) : String(value));
const formatPercent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`;

/** The polite status line: progress in words, e.g. "Epoch 12 · train loss 0.412 · test accuracy 91.5% · backend wasm". */
export const selectStatusText = (state: PlaygroundState): string => {
  if (state.variants.length > 1) return comparisonStatusText(state);
  const run = selectRun(state);
  const speed = run.msPerStep === null ? '' : `, ${MEASUREMENT_TEXT.perStep(run.msPerStep)}`;
  const backend = run.backend ? ` · backend ${run.backend}${speed}` : '';
  const latest = run.history.latest();
  // Regression's "accuracy" columns carry R².
  const isRegression = DATASETS[state.experiment.dataset.id]?.task === 'regression';
  const score = (value: number): string =>
    isRegression ? `test R² ${formatLoss(value)}` : `test accuracy ${formatPercent(value)}`;
  const metrics = latest
    ? ` · train loss ${formatLoss(latest.trainLoss)} · ${score(latest.testAccuracy)}`
    : '';
  const optimizer = t(OPTIMIZERS[state.experiment.optimizer.id].label);
  const loss = inSentence(t(LOSSES[state.experiment.loss].label));
  const recipe = ` · ${optimizer}, ${loss}`;
  switch (run.status) {
    case 'idle':
      return latest
        ? `Ready at epoch ${run.epoch}${metrics}${backend}${recipe}`
        : `Preparing the run${recipe}`;
    case 'training': {
      const progress = slowestProgress([run]);
      if (progress)
        return `Training · epoch ${progress.epoch}: ${epochProgressText(progress)}${metrics}${backend}${recipe}`;
      return `Training · epoch ${run.epoch}${metrics}${backend}${recipe}`;
    }
    case 'pausing':
      return `Pausing · epoch ${run.epoch}${metrics}${backend}${recipe}`;
    case 'paused':
      return `Paused · epoch ${run.epoch}${metrics}${backend}${recipe}`;
    case 'done':
      return `Done · epoch ${run.epoch}${metrics}${backend}${recipe}`;
    case 'diverged':
      return `${run.message ?? 'Diverged'}${backend}`;
    case 'failed':
      return `Training failed: ${run.message ?? 'unknown error'}. Press Train to start a fresh worker.`;
  }
};

const STATUS_WORDS: Readonly<Record<RunStatus, string>> = {
  idle: 'Ready',
  training: 'Training',
  pausing: 'Pausing',
  paused: 'Paused',
  done: 'Done',
  diverged: 'Diverged',
  failed: 'Failed',
};

/**
 * The status of a race: its state, the epoch every run has reached, how many runs, and each
 * variant that diverged or failed ("Training · epoch 12 · 2 variants × 3 seeds · backend wasm · B diverged at …").
 */
function comparisonStatusText(state: PlaygroundState): string {
  const { runs, variants, seedCount } = state;
  const status = combinedStatus(runs);
  // The epoch every run still training has reached (a diverged run no longer holds the race back).
  const going = runs.filter((run) => !FINISHED.has(run.status));
  const epoch = Math.min(...(going.length > 0 ? going : runs).map((run) => run.epoch));
  const seeds = seedCount > 1 ? ` × ${seedCount} seeds` : '';
  const backend = runs[0]?.backend ? ` · backend ${runs[0].backend}` : '';
  const troubles = variants.flatMap((_, index) => {
    const stopped = runs.find(
      (run) => run.variantIndex === index && (run.status === 'diverged' || run.status === 'failed'),
    );
    if (!stopped) return [];
    const name = VARIANT_NAMES[index] ?? String(index + 1);
    return [
      `${name}: ${stopped.status === 'failed' ? `failed (${stopped.message ?? 'unknown error'})` : (stopped.message ?? 'diverged')}`,
    ];
  });
  const trouble = troubles.length > 0 ? ` · ${troubles.join(' · ')}` : '';
  const progress = status === 'training' ? slowestProgress(runs) : null;
  const where = progress ? `epoch ${progress.epoch}: ${epochProgressText(progress)}` : `epoch ${epoch}`;
  return `${STATUS_WORDS[status]} · ${where} · ${variants.length} variants${seeds}${backend}${trouble}`;
}
