/**
 * The one place where a config and its raw data become the split a model trains on, so that the
 * training worker, the data worker and the page all see the same examples in the same parts.
 * Tabular data (shipped or CSV) is standardised with its training split's statistics; images keep
 * pixels in 0..1 and points keep plane coordinates, so that the boundary grid still matches them.
 */

import type { DatasetConfig } from '../experiment/experiment';
import { DATASETS, isShippedDatasetId } from '../registries/datasets';
import type { AnalysisNames } from './analysis';
import { SHIPPED_DATASETS } from './catalogue';
import type { CustomDataset } from './custom';
import { buildSplitDataset, splitDataset } from './generate';
import { type ShippedDataset, splitShipped } from './shipped';
import { standardiseSplit } from './standardise';
import type { SplitDataset } from './types';

/** A shipped set split by the config (or by its fixed split), tabular sets standardised. */
export function prepareShipped(shipped: ShippedDataset, config: DatasetConfig): SplitDataset {
  const split = splitShipped(shipped, config.trainFraction, config.seed);
  return shipped.header.kind === 'tabular' ? standardiseSplit(split).data : split;
}

/** Own data split by the config's share and seed; a CSV standardised, drawn points kept on the plane. */
export function prepareCustom(custom: CustomDataset, config: DatasetConfig): SplitDataset {
  const split = splitDataset(custom, config.trainFraction, config.seed);
  return custom.source === 'csv' ? standardiseSplit(split).data : split;
}

/** Where a config's data comes from once fetched or uploaded; generated sets need nothing. */
export interface DataSources {
  readonly shipped?: ShippedDataset;
  readonly custom?: CustomDataset;
}

/**
 * The training-ready split of a config: generated from its seed, or made from the shipped or own
 * data in `sources`. Throws an Error in words when the needed data is missing or does not match.
 */
export function prepareSplit(config: DatasetConfig, sources: DataSources = {}): SplitDataset {
  if (config.id === 'custom') {
    if (!sources.custom)
      throw new Error('Own data was chosen, but none is loaded: upload a CSV or draw points.');
    return prepareCustom(sources.custom, config);
  }
  const { shipped } = sources;
  if (shipped) {
    if (shipped.header.id !== config.id) {
      throw new Error(`Expected the data set '${config.id}', but '${shipped.header.id}' was loaded.`);
    }
    return prepareShipped(shipped, config);
  }
  return buildSplitDataset(config);
}

/** Names of the classes of a generated toy: 'class 1', 'class 2', ... (colours are the UI's business). */
export function toyClassNames(numClasses: number): string[] {
  return Array.from({ length: numClasses }, (_, index) => `class ${index + 1}`);
}

/** The class and feature names a config's data is shown with, and whether it lies on the plane. */
export function namesFor(config: DatasetConfig, custom?: CustomDataset): AnalysisNames {
  if (config.id === 'custom') {
    return {
      classNames: custom?.classNames ?? [],
      featureNames: custom?.featureNames ?? [],
      isOnPlane: custom?.source === 'points',
    };
  }
  if (isShippedDatasetId(config.id)) {
    const spec = SHIPPED_DATASETS[config.id];
    return { classNames: spec.classNames, featureNames: spec.featureNames, isOnPlane: false };
  }
  const isRegression = DATASETS[config.id].task === 'regression';
  return {
    classNames: isRegression ? ['target'] : toyClassNames(config.numClasses),
    featureNames: ['x', 'y'],
    isOnPlane: true,
  };
}
