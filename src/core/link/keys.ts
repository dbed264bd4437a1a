/** The link format: the short query key of every experiment field and of the settings around a comparison. */
import type { ChartXAxis } from '../chart/chartOptions';
import { MAX_VARIANTS, type TeachingTarget } from '../compare/workspace';
import type { LossId, OptimizerId, ScheduleId } from '../experiment/experiment';
import { DATASET_PARAMETERS } from '../registries/datasets';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../registries/optimizers';
import type { NumberParameterSpec, ParameterSpec } from '../registries/parameters';
import { SCHEDULE_IDS, SCHEDULES } from '../registries/schedules';
import { TRAINING_PARAMETERS } from '../registries/training';

/**
 * The link format version this code writes. Version 2 added comparison variants and the settings
 * around them; a version-1 link is a version-2 link without them, so it reads as it always did.
 */
export const URL_VERSION = 2;

/** Versions read without a notice. */
export const READABLE_URL_VERSIONS: readonly number[] = [1, 2];

/** Keys of the settings that belong to the whole link, never to one variant. */
export const WORKSPACE_URL_KEYS = {
  seedCount: 'seeds',
  xAxis: 'x',
  smoothing: 'smooth',
  isLogScale: 'logy',
  /** The summary table's target test accuracy, in percent. */
  targetAccuracy: 'target',
  hidden: 'hide',
  locked: 'lock',
  autostart: 'autostart',
  present: 'present',
  language: 'lang',
} as const;

/**
 * Prefix letters of the variants after A, in order ('b', 'c', 'd'): `b.opt=sgd` is variant B's
 * optimizer. Variant A's keys have no prefix.
 */
export const VARIANT_LETTERS: readonly string[] = ['b', 'c', 'd', 'e', 'f', 'g'].slice(0, MAX_VARIANTS - 1);

/** Link word of each chart x-axis. */
export const X_AXIS_URL_VALUES: Readonly<Record<ChartXAxis, string>> = {
  epochs: 'epochs',
  examples: 'examples',
  time: 'time',
};

/** Link word of each part of the page a teaching link can hide or lock. */
export const TEACHING_URL_VALUES: Readonly<Record<TeachingTarget, string>> = {
  dataset: 'dataset',
  model: 'model',
  loss: 'loss',
  optimizer: 'optimizer',
  compare: 'compare',
  chartOptions: 'chart',
  advanced: 'advanced',
  language: 'language',
};

/** Keys of the fields that are not registry parameters. */
export const URL_KEYS = {
  version: 'v',
  dataset: 'data',
  /** Classes of gaussian (blobs) and spiral (arms); the other sets' counts are fixed and not written. */
  classes: 'classes',
  layers: 'layers',
  loss: 'loss',
  optimizer: 'opt',
  /** Learning-rate schedule; left out for a constant rate. */
  schedule: 'sched',
  /** Largest global gradient norm; left out when gradients are not clipped. */
  clipNorm: 'clipnorm',
} as const;

/** Value of `layers` for a model without hidden layers. */
export const NO_LAYERS = 'none';

/** Short link value of each loss. */
export const LOSS_URL_VALUES: Readonly<Record<LossId, string>> = {
  binaryCrossentropy: 'bce',
  categoricalCrossentropy: 'cce',
  meanSquaredError: 'mse',
  meanAbsoluteError: 'mae',
  hinge: 'hinge',
  squaredHinge: 'sqhinge',
  huber: 'huber',
};

/** Short link value of each learning-rate schedule. */
export const SCHEDULE_URL_VALUES: Readonly<Record<ScheduleId, string>> = {
  constant: 'constant',
  stepDecay: 'step',
  exponentialDecay: 'exp',
  cosineDecay: 'cosine',
};

/** One schedule's use of a setting's link key. */
export interface ScheduleParamUse {
  readonly id: ScheduleId;
  readonly spec: NumberParameterSpec;
}

const SCHEDULE_KEY_NAMES = new Map([['decayEpochs', 'decay']]);

/** Link key of a schedule setting (the same for every schedule that has it). */
export const scheduleParamUrlKey = (paramKey: string): string =>
  SCHEDULE_KEY_NAMES.get(paramKey) ?? paramKey.toLowerCase();

/** Every schedule setting's link key, with the schedules that have it, in first-seen order. */
export function scheduleParamUrlKeys(): Map<string, ScheduleParamUse[]> {
  const keys = new Map<string, ScheduleParamUse[]>();
  for (const id of SCHEDULE_IDS) {
    for (const spec of SCHEDULES[id].parameters) {
      const urlKey = scheduleParamUrlKey(spec.key);
      keys.set(urlKey, [...(keys.get(urlKey) ?? []), { id, spec }]);
    }
  }
  return keys;
}

/** A numeric field of the dataset or training section and its link key. */
export interface UrlNumberField {
  readonly urlKey: string;
  readonly section: 'dataset' | 'training';
  readonly spec: NumberParameterSpec;
}

// Registry keys are camelCase words; links get shorter ones. A key missing here keeps its registry
// key (lower-cased), so a new registry field still has a link key without editing this file.
const DATASET_KEY_NAMES = new Map([
  ['noise', 'noise'],
  ['numPoints', 'points'],
  ['trainFraction', 'train'],
  ['seed', 'dseed'],
]);
const TRAINING_KEY_NAMES = new Map([
  ['batchSize', 'batch'],
  ['epochs', 'epochs'],
  ['l2', 'l2'],
  ['seed', 'seed'],
]);
const OPTIMIZER_KEY_NAMES = new Map([
  ['learningRate', 'lr'],
  ['epsilon', 'eps'],
  ['initialAccumulatorValue', 'initacc'],
]);

/** Numeric dataset fields in registry order, with their link keys. */
export const DATASET_URL_FIELDS: readonly UrlNumberField[] = DATASET_PARAMETERS.map((spec) => ({
  urlKey: DATASET_KEY_NAMES.get(spec.key) ?? spec.key.toLowerCase(),
  section: 'dataset',
  spec,
}));

/** Training fields in registry order, with their link keys. */
export const TRAINING_URL_FIELDS: readonly UrlNumberField[] = TRAINING_PARAMETERS.map((spec) => ({
  urlKey: TRAINING_KEY_NAMES.get(spec.key) ?? spec.key.toLowerCase(),
  section: 'training',
  spec,
}));

/** Link key of an optimizer hyper-parameter (the same for every optimizer that has it). */
export function optimizerParamUrlKey(paramKey: string): string {
  return OPTIMIZER_KEY_NAMES.get(paramKey) ?? paramKey.toLowerCase();
}

/** One optimizer's use of a hyper-parameter link key. */
export interface OptimizerParamUse {
  readonly id: OptimizerId;
  readonly spec: ParameterSpec;
}

/** Every optimizer hyper-parameter's link key, with the optimizers that have it, in first-seen order. */
export function optimizerParamUrlKeys(): Map<string, OptimizerParamUse[]> {
  const keys = new Map<string, OptimizerParamUse[]>();
  for (const id of OPTIMIZER_IDS) {
    for (const spec of OPTIMIZERS[id].parameters) {
      const urlKey = optimizerParamUrlKey(spec.key);
      keys.set(urlKey, [...(keys.get(urlKey) ?? []), { id, spec }]);
    }
  }
  return keys;
}
