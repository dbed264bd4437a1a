/** What a data set gives a model to work with, read from its config before any data is loaded. */
import type { DatasetTask } from '../datasets/types';
import type { DatasetConfig } from '../experiment/experiment';
import { DATASETS } from '../registries/datasets';

/** The input shape, the task and the number of classes a network must fit. */
export interface ModelInput {
  /** Shape of one example: [2] for points, [f] for tabular rows, [height, width, 1] for images. */
  readonly exampleShape: readonly number[];
  readonly task: DatasetTask;
  /** Classes of a classification set; 1 for regression. */
  readonly numClasses: number;
}

/**
 * The model input of a data set config, or null when its shape depends on data not known from the
 * config alone (own data: pass its shape as `knownShape` once loaded) or the id is unknown.
 */
export function modelInputOf(
  dataset: DatasetConfig,
  knownShape: readonly number[] | null = null,
): ModelInput | null {
  const spec = new Map(Object.entries(DATASETS)).get(dataset.id);
  if (!spec) return null;
  const exampleShape = knownShape ?? spec.exampleShape;
  if (!exampleShape) return null;
  const numClasses = spec.task === 'regression' ? 1 : dataset.numClasses;
  return { exampleShape, task: spec.task, numClasses };
}

/** The model input of a data set config, own data's shape read from `ownData` (null until it is loaded). */
export const modelInputWithOwnData = (
  dataset: DatasetConfig,
  ownData: { readonly exampleShape: readonly number[] } | null,
): ModelInput | null =>
  modelInputOf(dataset, dataset.id === 'custom' ? (ownData?.exampleShape ?? null) : null);

/** True for [height, width, channels] examples. */
export const isImageShape = (shape: readonly number[]): boolean => shape.length === 3;
