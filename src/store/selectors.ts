import type { Experiment, OutputLayerSpec } from '../core/experiment';
import { DATASETS } from '../core/registries/datasets';
import { LOSSES, outputLayerFor } from '../core/registries/losses';
import { OPTIMIZERS } from '../core/registries/optimizers';
import { validateExperiment } from '../core/validation';
import { selectDatasetBlocker } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';

/** The experiment being edited. */
export const selectExperiment = (state: PlaygroundState) => state.experiment;
/** The current run. */
export const selectRun = (state: PlaygroundState) => state.run;
/** The run's status. */
export const selectRunStatus = (state: PlaygroundState) => state.run.status;
/** Changes whenever the curves grow. */
export const selectHistoryVersion = (state: PlaygroundState) => state.historyVersion;
/** Problems with the link the page was opened with. */
export const selectLinkProblems = (state: PlaygroundState) => state.linkProblems;
/** A short note after an action. */
export const selectNotice = (state: PlaygroundState) => state.notice;

const outputLayers = new Map<string, OutputLayerSpec>();

/** The output layer that follows from the data set's task and classes and the loss (the same object for the same inputs, as React needs). */
export const selectOutputLayer = (state: PlaygroundState): OutputLayerSpec => {
  const { numClasses } = state.experiment.dataset;
  const task = DATASETS[state.experiment.dataset.id]?.task ?? 'classification';
  const key = `${task}:${numClasses}:${state.experiment.loss}`;
  let output = outputLayers.get(key);
  if (!output) {
    output = outputLayerFor(numClasses, state.experiment.loss, task);
    outputLayers.set(key, output);
  }
  return output;
};

let validatedExperiment: Experiment | null = null;
let validatedCustomData: PlaygroundState['customData'] = null;
let validationMessages: readonly string[] = [];

/** Why Train cannot start, in words, or null when it can (field errors first, then experiment problems). */
export const selectTrainBlocker = (state: PlaygroundState): string | null => {
  const fieldMessages = Object.values(state.fieldErrors);
  if (fieldMessages.length > 0)
    return `Fix ${fieldMessages.length === 1 ? 'this' : 'these'} first: ${fieldMessages.join(' ')}`;
  if (validatedExperiment !== state.experiment || validatedCustomData !== state.customData) {
    validatedExperiment = state.experiment;
    validatedCustomData = state.customData;
    // Own data's shape is known only once loaded; without it a stack that cannot fit would fail at load.
    const context =
      state.experiment.dataset.id === 'custom' && state.customData
        ? { exampleShape: state.customData.exampleShape }
        : {};
    validationMessages = validateExperiment(state.experiment, context).map((problem) => problem.message);
  }
  if (validationMessages.length > 0) return `Fix first: ${validationMessages.join(' ')}`;
  return selectDatasetBlocker(state);
};

const formatLoss = (value: number): string => (Number.isFinite(value) ? value.toFixed(3) : String(value));
const formatPercent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`;

/** The polite status line: progress in words, e.g. "Epoch 12 · train loss 0.412 · test accuracy 91.5% · backend wasm". */
export const selectStatusText = (state: PlaygroundState): string => {
  const { run } = state;
  const backend = run.backend ? ` · backend ${run.backend}` : '';
  const latest = state.history.latest();
  // Regression's "accuracy" columns carry R².
  const isRegression = DATASETS[state.experiment.dataset.id]?.task === 'regression';
  const score = (value: number): string =>
    isRegression ? `test R² ${formatLoss(value)}` : `test accuracy ${formatPercent(value)}`;
  const metrics = latest
    ? ` · train loss ${formatLoss(latest.trainLoss)} · ${score(latest.testAccuracy)}`
    : '';
  const optimizer = OPTIMIZERS[state.experiment.optimizer.id].label;
  const loss = LOSSES[state.experiment.loss].label.toLowerCase();
  const recipe = ` · ${optimizer}, ${loss}`;
  switch (run.status) {
    case 'idle':
      return latest
        ? `Ready at epoch ${run.epoch}${metrics}${backend}${recipe}`
        : `Preparing the run${recipe}`;
    case 'training':
      return `Training · epoch ${run.epoch}${metrics}${backend}${recipe}`;
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
