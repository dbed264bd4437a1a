/** The link format: the short query key of every experiment field. */
import type { LossId, OptimizerId, ScheduleId } from './experiment';
import { DATASET_PARAMETERS } from './registries/datasets';
import { OPTIMIZER_IDS, OPTIMIZERS } from './registries/optimizers';
import type { NumberParameterSpec, ParameterSpec } from './registries/parameters';
import { SCHEDULE_IDS, SCHEDULES } from './registries/schedules';
import { TRAINING_PARAMETERS } from './registries/training';

/** The link format version this code writes and reads. */
export const URL_VERSION = 1;

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
