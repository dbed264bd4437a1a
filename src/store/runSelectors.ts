/** What the training controls read about the runs: their status, the status line and why Train cannot start. */
import { VARIANT_NAMES } from '../core/compare/differences';
import type { Experiment } from '../core/experiment/experiment';
import { validateExperiment } from '../core/experiment/validation';
import type { MessageKey } from '../core/i18n/catalogue';
import { inSentence } from '../core/i18n/inSentence';
import { languageVersion, plural, t, textOf } from '../core/i18n/translate';
import { DATASETS } from '../core/registries/datasets';
import { LOSSES } from '../core/registries/losses';
import { OPTIMIZERS } from '../core/registries/optimizers';
import { MEASUREMENT_TEXT } from '../core/run/backendMeasurement';
import type { EpochProgress } from '../core/run/types';
import { selectDatasetBlocker } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';
import { combinedStatus, divergenceMessage, FINISHED, type RunRecord, type RunStatus } from './runRecords';

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
  // Made text: kept only while the language stays too.
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
    const variantName = VARIANT_NAMES[index] ?? String(index + 1);
    return validateExperiment(variant, context).map((problem) =>
      isComparing
        ? t('training.variantProblem', { variant: variantName, problem: problem.message })
        : problem.message,
    );
  });
  return validationMessages;
}

/** Why Train cannot start, in words, or null when it can (field errors first, then experiment problems). */
export const selectTrainBlocker = (state: PlaygroundState): string | null => {
  const fieldMessages = Object.values(state.fieldErrors);
  if (fieldMessages.length > 0)
    return plural('training.fixFields', fieldMessages.length, { messages: fieldMessages.join(' ') });
  const problems = variantProblems(state);
  if (problems.length > 0) return t('training.fixProblems', { problems: problems.join(' ') });
  return selectDatasetBlocker(state);
};

/** A duration in the words a person waits by: seconds under two minutes, then minutes. */
const formatWait = (seconds: number): string =>
  seconds < 120
    ? t('training.wait.seconds', { count: Math.max(1, Math.round(seconds)) })
    : t('training.wait.minutes', { count: Math.round(seconds / 60) });

/**
 * How far a slow epoch has got: "batch 5 of 16 · 42 examples/s · about 12 s left in this epoch";
 * the rate and the time left once two reports have measured them.
 */
export function epochProgressText(progress: EpochProgress): string {
  const { batchesDone, batchesTotal, examplesDone, examplesTotal, examplesPerSecond } = progress;
  const batches = t('training.progress.batches', { done: batchesDone, total: batchesTotal });
  if (examplesPerSecond === null || examplesPerSecond <= 0) return batches;
  const left = (examplesTotal - examplesDone) / examplesPerSecond;
  const rate = examplesPerSecond >= 10 ? Math.round(examplesPerSecond) : examplesPerSecond.toFixed(1);
  return t('training.progress.rate', { batches, rate, wait: formatWait(left) });
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
  const backend = backendText(run.backend, run.msPerStep);
  const latest = run.history.latest();
  // Regression's "accuracy" columns carry R².
  const isRegression = DATASETS[state.experiment.dataset.id]?.task === 'regression';
  const score = (value: number): string =>
    isRegression
      ? t('training.status.testR2', { value: formatLoss(value) })
      : t('training.status.testAccuracy', { value: formatPercent(value) });
  const metrics = latest
    ? ` · ${t('training.status.trainLoss', { value: formatLoss(latest.trainLoss) })} · ${score(latest.testAccuracy)}`
    : '';
  const optimizer = t(OPTIMIZERS[state.experiment.optimizer.id].label);
  const loss = inSentence(t(LOSSES[state.experiment.loss].label));
  const recipe = ` · ${optimizer}, ${loss}`;
  switch (run.status) {
    case 'idle':
      return latest
        ? `${t('training.status.ready', { epoch: run.epoch })}${metrics}${backend}${recipe}`
        : `${t('training.status.preparing')}${recipe}`;
    case 'training': {
      const progress = slowestProgress([run]);
      if (progress)
        return `${t('training.status.trainingProgress', { epoch: progress.epoch, progress: epochProgressText(progress) })}${metrics}${backend}${recipe}`;
      return `${t('training.status.training', { epoch: run.epoch })}${metrics}${backend}${recipe}`;
    }
    case 'pausing':
      return `${t('training.status.pausing', { epoch: run.epoch })}${metrics}${backend}${recipe}`;
    case 'paused':
      return `${t('training.status.paused', { epoch: run.epoch })}${metrics}${backend}${recipe}`;
    case 'done':
      return `${t('training.status.done', { epoch: run.epoch })}${metrics}${backend}${recipe}`;
    case 'diverged':
      return `${stoppedText(state, run)}${backend}`;
    case 'failed':
      return t('training.status.failed', { message: stoppedText(state, run) });
  }
};

/** The status line's backend part, " · backend wasm, 48 ms per step", or '' before the run has loaded. */
function backendText(backend: RunRecord['backend'], msPerStep: number | null): string {
  if (!backend) return '';
  return ` · ${
    msPerStep === null
      ? t('training.status.backend', { backend })
      : t('training.status.backendSpeed', { backend, speed: textOf(MEASUREMENT_TEXT.perStep(msPerStep)) })
  }`;
}

/** Why a run stopped, in words: the divergence with its advice, or the failure. */
function stoppedText(state: PlaygroundState, run: RunRecord): string {
  if (run.status === 'diverged' && run.divergedAtEpoch !== null)
    return divergenceMessage(run.divergedAtEpoch, state.variants[run.variantIndex] ?? state.experiment);
  if (run.message) return textOf(run.message);
  return t(run.status === 'diverged' ? 'training.state.diverged' : 'training.error.unknown');
}

/** The page's WebGL fallback notice in words, or null when there is none. */
export const selectBackendNoticeText = (state: PlaygroundState): string | null =>
  state.backendNotice &&
  t('training.webglFallback', {
    backend: state.backendNotice.backend,
    detail: textOf(state.backendNotice.cause),
  });

const STATUS_WORDS: Readonly<Record<RunStatus, MessageKey>> = {
  idle: 'training.state.idle',
  training: 'training.state.training',
  pausing: 'training.state.pausing',
  paused: 'training.state.paused',
  done: 'training.state.done',
  diverged: 'training.state.diverged',
  failed: 'training.state.failed',
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
  const variantCount = plural('training.race.variants', variants.length);
  const size =
    seedCount > 1
      ? t('training.race.variantsSeeds', { variants: variantCount, count: seedCount })
      : variantCount;
  const backend = backendText(runs[0]?.backend ?? null, null);
  const troubles = variants.flatMap((_, index) => {
    const stopped = runs.find(
      (run) => run.variantIndex === index && (run.status === 'diverged' || run.status === 'failed'),
    );
    if (!stopped) return [];
    const name = VARIANT_NAMES[index] ?? String(index + 1);
    const message = stoppedText(state, stopped);
    return [
      stopped.status === 'failed'
        ? t('training.race.failed', { name, message })
        : t('training.race.diverged', { name, message }),
    ];
  });
  const trouble = troubles.length > 0 ? ` · ${troubles.join(' · ')}` : '';
  const progress = status === 'training' ? slowestProgress(runs) : null;
  const where = progress
    ? t('training.race.epochProgress', { epoch: progress.epoch, progress: epochProgressText(progress) })
    : t('training.race.epoch', { epoch });
  return `${t(STATUS_WORDS[status])} · ${where} · ${size}${backend}${trouble}`;
}
