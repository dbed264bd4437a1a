/** What the Dataset panel and the views of the data read: the choice, loading, analysis, own data and the data's shape. */
import type { CustomDataset } from '../core/datasets/custom';
import { MIN_DRAWN_POINTS } from '../core/datasets/custom';
import { buildSplitDataset, datasetTrainingSetSize, trainingSetSize } from '../core/datasets/generate';
import { prepareSplit } from '../core/datasets/prepare';
import type { DatasetTask, SplitDataset } from '../core/datasets/types';
import type { DatasetConfig } from '../core/experiment/experiment';
import { t } from '../core/i18n/translate';
import { DATASETS, type DatasetSpec, isGeneratedDatasetId } from '../core/registries/datasets';
import type { PlaygroundState } from './playgroundState';

const PLANE_SHAPE: readonly number[] = [2];

/** The data set the panel shows as chosen: one still loading (or awaiting own data), else the experiment's. */
export const selectDatasetChoice = (state: PlaygroundState) =>
  state.pendingDatasetId ?? state.experiment.dataset.id;
/** Registry entry of the data set the panel shows as chosen. */
export const selectDatasetChoiceSpec = (state: PlaygroundState): DatasetSpec =>
  DATASETS[selectDatasetChoice(state)];
/** Where loading stands (progress, failure). */
export const selectDatasetLoad = (state: PlaygroundState) => state.datasetLoad;
/**
 * What the data says about the data set in use, or null until it is analysed (an analysis of the
 * same set with other settings stays shown while the new one is computed).
 */
export const selectAnalysis = (state: PlaygroundState) =>
  state.analysisDatasetId === state.experiment.dataset.id ? state.analysis : null;
/** How long the last analysis took, in milliseconds. */
export const selectAnalysisTiming = (state: PlaygroundState) => state.analysisTiming;
/** Own data, in use or ready. */
export const selectCustomData = (state: PlaygroundState) => state.customData;
/** Points drawn on the plane. */
export const selectDrawnPoints = (state: PlaygroundState) => state.drawnPoints;
/** Class of the next drawn point. */
export const selectDrawClass = (state: PlaygroundState) => state.drawClass;
/** The CSV file chosen, its columns and how parsing went. */
export const selectCsv = (state: PlaygroundState) => state.csv;
/** Which own-data tool the panel shows. */
export const selectOwnDataTool = (state: PlaygroundState) => state.ownDataTool;

/** Shape of one example of the data in use: [2] on the plane, [f] for rows, [h, w, 1] for images (the same array while it is the same). */
export const selectExampleShape = (state: PlaygroundState): readonly number[] => {
  const config = state.experiment.dataset;
  if (config.id === 'custom') return state.customData?.exampleShape ?? PLANE_SHAPE;
  return DATASETS[config.id].exampleShape ?? PLANE_SHAPE;
};

/** Whether the data in use asks for classes or real numbers. */
export const selectDatasetTask = (state: PlaygroundState): DatasetTask =>
  state.experiment.dataset.id === 'custom'
    ? (state.customData?.task ?? 'classification')
    : DATASETS[state.experiment.dataset.id].task;

/** Training examples per epoch, for the "examples seen" axis (own data: once loaded). */
export const trainingSetSizeOf = (state: PlaygroundState): number => {
  const { dataset } = state.experiment;
  const known = datasetTrainingSetSize(dataset);
  if (known !== undefined) return known;
  return state.customData ? trainingSetSize(state.customData.count, dataset.trainFraction) : 0;
};

/** True when the experiment trains on own data. */
export const selectIsCustomData = (state: PlaygroundState): boolean =>
  state.experiment.dataset.id === 'custom';

/** Why the data stops Train, in words, or null: own data chosen with too few points. */
export const selectDatasetBlocker = (state: PlaygroundState): string | null => {
  if (state.experiment.dataset.id !== 'custom') return null;
  if ((state.customData?.count ?? 0) >= MIN_DRAWN_POINTS) return null;
  return t('dataset.blocker', { count: MIN_DRAWN_POINTS });
};

/** Fields the training worker's load command needs about the data: own data when it is chosen. */
export const selectLoadDataFields = (state: PlaygroundState): { readonly customData?: CustomDataset } =>
  state.experiment.dataset.id === 'custom' && state.customData ? { customData: state.customData } : {};

/** What a link made now leaves out, in words, or null: own data never goes into a link. */
export const selectLinkNote = (state: PlaygroundState): string | null =>
  state.experiment.dataset.id === 'custom' || state.pendingDatasetId === 'custom'
    ? 'Your own data is not in the link.'
    : null;

let planeConfig: DatasetConfig | null = null;
let planeCustom: CustomDataset | null = null;
let planeSplit: SplitDataset | null = null;

/**
 * The split of the data in use when it lies on the 2-D plane (generated sets, drawn points), for
 * the boundary view and the drawing plane; null for other data. The same object while the data is
 * the same. Cheap enough to make on the page: see docs/decisions/store.md.
 */
export const selectPlaneSplit = (state: PlaygroundState): SplitDataset | null => {
  const config = state.experiment.dataset;
  const custom = config.id === 'custom' ? state.customData : null;
  if (config === planeConfig && custom === planeCustom) return planeSplit;
  planeConfig = config;
  planeCustom = custom;
  if (isGeneratedDatasetId(config.id)) planeSplit = buildSplitDataset(config);
  else if (custom?.source === 'points' && custom.count > 0) planeSplit = prepareSplit(config, { custom });
  else planeSplit = null;
  return planeSplit;
};
