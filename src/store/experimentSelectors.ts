/** What the experiment's panels read: the experiment, and what its data and its model make of each other. */
import type { LossId, OutputLayerSpec } from '../core/experiment/experiment';
import { type LossAdvice, lossAdvice } from '../core/experiment/lossAdvisor';
import { languageVersion } from '../core/i18n/translate';
import { type ModelInput, modelInputOf } from '../core/model/modelInput';
import { type ModelSummary, summarizeModel } from '../core/model/modelSummary';
import { DATASETS } from '../core/registries/datasets';
import { outputLayerFor } from '../core/registries/losses';
import type { PlaygroundState } from './playgroundState';

/** The experiment being edited. */
export const selectExperiment = (state: PlaygroundState) => state.experiment;

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

let inputKey: unknown[] = [];
let input: ModelInput | null = null;

/** What the data set gives the network (own data: its shape once loaded), or null while unknown. The same object for the same inputs. */
export const selectModelInput = (state: PlaygroundState): ModelInput | null => {
  const { dataset } = state.experiment;
  const customShape = dataset.id === 'custom' ? (state.customData?.exampleShape ?? null) : null;
  const key = [dataset.id, dataset.numClasses, customShape];
  if (key.some((part, i) => part !== inputKey[i])) {
    inputKey = key;
    input = modelInputOf(dataset, customShape);
  }
  return input;
};

let summaryKey: unknown[] = [];
let summary: ModelSummary | null = null;

/** Shapes, parameter counts and problems of the network on the data, or null while the input is unknown. */
export const selectModelSummary = (state: PlaygroundState): ModelSummary | null => {
  const modelInput = selectModelInput(state);
  // The problems are words: a language switch makes them anew.
  const key = [modelInput, state.experiment.model.hiddenLayers, state.experiment.loss, languageVersion()];
  if (key.some((part, i) => part !== summaryKey[i])) {
    summaryKey = key;
    summary = modelInput
      ? summarizeModel(
          modelInput.exampleShape,
          state.experiment.model.hiddenLayers,
          outputLayerFor(modelInput.numClasses, state.experiment.loss, modelInput.task),
        )
      : null;
  }
  return summary;
};

const adviceCache = new Map<string, LossAdvice>();

/** The loss advisor's verdict on the chosen loss for the data (the same object for the same inputs). */
export const selectLossAdvice = (state: PlaygroundState): LossAdvice => {
  const modelInput = selectModelInput(state);
  const loss: LossId = state.experiment.loss;
  // The advice is words: each language has its own.
  const key = JSON.stringify([loss, modelInput, languageVersion()]);
  let advice = adviceCache.get(key);
  if (!advice) {
    advice = lossAdvice(loss, modelInput);
    adviceCache.set(key, advice);
  }
  return advice;
};

/** True when the data set asks for a real-valued prediction: the accuracy columns then carry R². */
export const selectIsRegression = (state: PlaygroundState): boolean =>
  selectModelInput(state)?.task === 'regression';
