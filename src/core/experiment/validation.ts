/** Checks of an experiment against the registries' bounds, with messages in words a learner understands. */
import { datasetTrainingSetSize } from '../datasets/generate';
import { t } from '../i18n/translate';
import { modelInputOf } from '../model/modelInput';
import { summarizeModel } from '../model/modelSummary';
import { ACTIVATION_IDS, ACTIVATIONS } from '../registries/activations';
import {
  CUSTOM_MAX_CLASSES,
  classCountParameter,
  DATASET_IDS,
  DATASET_PARAMETERS,
  DATASETS,
} from '../registries/datasets';
import { INITIALIZER_IDS, INITIALIZERS } from '../registries/initializers';
import { LAYER_KIND_IDS, LAYER_KINDS, LAYER_L1_SPEC, LAYER_L2_SPEC, UNITS_SPEC } from '../registries/layers';
import { LOSS_IDS, LOSSES, outputLayerFor } from '../registries/losses';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../registries/optimizers';
import type { NumberParameterSpec } from '../registries/parameters';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from '../registries/schedules';
import { MODEL_LIMITS, TRAINING_PARAMETERS } from '../registries/training';
import { formatNumber, parseNumberText } from '../util/numberText';
import type { Experiment } from './experiment';
import { lossAdvice } from './lossAdvisor';

/** One thing wrong with an experiment: the field's path (e.g. 'training.batchSize') and what to do. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Facts from outside the experiment that bound its fields. */
export interface ValidationContext {
  /** Examples in the training set; bounds the batch size. Computed from the data set when absent. */
  readonly trainingSetSize?: number;
  /** Shape of one example when the config alone does not tell (own data, once loaded). */
  readonly exampleShape?: readonly number[];
}

/** Key of the batch size in TRAINING_PARAMETERS: the one setting also bounded by the training-set size. */
export const BATCH_SIZE_KEY = 'batchSize';

/** Units of one dense layer, as a number setting with MODEL_LIMITS's bounds. */
export const HIDDEN_UNITS_SPEC: NumberParameterSpec = UNITS_SPEC;

/**
 * The sentence that states a setting's bounds, e.g. "Noise must be a number from 0 to 1."; `name`
 * replaces the spec's label where the field needs more words ("Units of layer 2").
 */
export function boundsMessage(
  spec: NumberParameterSpec,
  context: ValidationContext = {},
  name: string = t(spec.label),
): string {
  const limit = context.trainingSetSize;
  const min = formatNumber(spec.min);
  if (spec.key === BATCH_SIZE_KEY && limit !== undefined && limit < spec.max) {
    const key = spec.isInteger
      ? 'experiment.bounds.wholeToTrainingSet'
      : 'experiment.bounds.numberToTrainingSet';
    return t(key, { name, min, limit: formatNumber(limit) });
  }
  const key = spec.isInteger ? 'experiment.bounds.whole' : 'experiment.bounds.number';
  return t(key, { name, min, max: formatNumber(spec.max) });
}

/** Whether `value` is a number meeting the spec's bounds and wholeness (and, for the batch size, the context). */
export function isValidNumber(
  spec: NumberParameterSpec,
  value: unknown,
  context: ValidationContext = {},
): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (spec.isInteger && !Number.isInteger(value)) return false;
  const limit = context.trainingSetSize;
  const max = spec.key === BATCH_SIZE_KEY && limit !== undefined ? Math.min(spec.max, limit) : spec.max;
  return value >= spec.min && value <= max;
}

/**
 * Reads what a person typed into a number box: rejects empty, non-numeric and non-finite text,
 * fractions where a whole number is needed and values out of bounds, with a message naming the
 * bounds; `name` is the box's label when it is not the spec's.
 */
export function validateNumberField(
  spec: NumberParameterSpec,
  raw: string,
  context: ValidationContext = {},
  name: string = t(spec.label),
): { value: number } | { error: string } {
  const bounds = boundsMessage(spec, context, name);
  const parsed = parseNumberText(raw);
  switch (parsed.kind) {
    case 'empty':
      return { error: t('experiment.empty', { name, bounds }) };
    case 'notNumber':
      return { error: t('experiment.notNumber', { text: raw.trim(), bounds }) };
    case 'notFinite':
      return { error: t('experiment.notFinite', { text: raw.trim(), bounds }) };
    case 'number':
      return isValidNumber(spec, parsed.value, context) ? { value: parsed.value } : { error: bounds };
  }
}

/** "one of A, B or C" from registry labels, in words. */
function oneOf(labels: readonly string[]): string {
  const last = labels[labels.length - 1] ?? '';
  if (labels.length <= 1) return last;
  return t('experiment.oneOf', { list: labels.slice(0, -1).join(t('experiment.listSeparator')), last });
}

/** The training-set size that bounds the batch size, or undefined when the data settings are invalid. */
function boundingTrainingSetSize(experiment: Experiment, context: ValidationContext): number | undefined {
  if (context.trainingSetSize !== undefined) return context.trainingSetSize;
  const { numPoints, trainFraction } = experiment.dataset;
  const numPointsSpec = DATASET_PARAMETERS.find((spec) => spec.key === 'numPoints');
  const fractionSpec = DATASET_PARAMETERS.find((spec) => spec.key === 'trainFraction');
  if (!numPointsSpec || !fractionSpec) return undefined;
  if (!isValidNumber(numPointsSpec, numPoints) || !isValidNumber(fractionSpec, trainFraction))
    return undefined;
  if (!DATASET_IDS.some((id) => id === experiment.dataset.id)) return undefined;
  return datasetTrainingSetSize(experiment.dataset);
}

/** The class count's problem: outside a chosen count's range, different from a fixed count, or not a count at all. */
function classCountProblems(experiment: Experiment): Problem[] {
  const { id, numClasses } = experiment.dataset;
  if (!DATASET_IDS.some((known) => known === id)) return [];
  const path = 'dataset.numClasses';
  const chosen = classCountParameter(id);
  if (chosen) return isValidNumber(chosen, numClasses) ? [] : [{ path, message: boundsMessage(chosen) }];
  if (id === 'custom') {
    const isCount = Number.isInteger(numClasses) && numClasses >= 2 && numClasses <= CUSTOM_MAX_CLASSES;
    return isCount ? [] : [{ path, message: t('experiment.customClasses', { max: CUSTOM_MAX_CLASSES }) }];
  }
  const fixed = DATASETS[id].numClasses;
  if (numClasses === fixed) return [];
  const words = { dataset: DATASETS[id].label, fixed, count: String(numClasses) };
  const key = DATASETS[id].task === 'regression' ? 'experiment.fixedRegression' : 'experiment.fixedClasses';
  return [{ path, message: t(key, words) }];
}

/** Problems of the numeric fields `specs` of `section`, read by the specs' keys. */
function numberProblems(
  section: string,
  specs: readonly NumberParameterSpec[],
  sectionValues: object,
  context: ValidationContext = {},
): Problem[] {
  // Own properties only: an inherited `constructor` or `__proto__` is never a setting.
  const values = new Map<string, unknown>(Object.entries(sectionValues));
  return specs
    .filter((spec) => !isValidNumber(spec, values.get(spec.key), context))
    .map((spec) => ({ path: `${section}.${spec.key}`, message: boundsMessage(spec, context) }));
}

/** Problems of one layer's own fields: its kind, numbers, activation, initialiser, padding and regularization. */
function layerFieldProblems(layer: unknown, index: number): Problem[] {
  const path = `model.hiddenLayers.${index}`;
  const number = index + 1;
  const fields = new Map(Object.entries(typeof layer === 'object' && layer !== null ? layer : {}));
  const kind = LAYER_KIND_IDS.find((known) => known === fields.get('kind'));
  if (kind === undefined) {
    const labels = LAYER_KIND_IDS.map((known) => t(LAYER_KINDS[known].label));
    return [{ path: `${path}.kind`, message: t('experiment.layerKind', { number, choices: oneOf(labels) }) }];
  }
  const spec = LAYER_KINDS[kind];
  const problems: Problem[] = [];
  for (const parameter of spec.parameters) {
    const name = t('experiment.fieldOfLayer', { label: t(parameter.label), number });
    if (!isValidNumber(parameter, fields.get(parameter.key)))
      problems.push({ path: `${path}.${parameter.key}`, message: boundsMessage(parameter, {}, name) });
  }
  if (!spec.isWeighted) return problems;
  if (!ACTIVATION_IDS.some((id) => id === fields.get('activation'))) {
    const labels = ACTIVATION_IDS.map((id) => t(ACTIVATIONS[id].label));
    problems.push({
      path: `${path}.activation`,
      message: t('experiment.layerActivation', { number, choices: oneOf(labels) }),
    });
  }
  const initializer = fields.get('initializer');
  if (initializer !== undefined && !INITIALIZER_IDS.some((id) => id === initializer)) {
    const labels = INITIALIZER_IDS.map((id) => t(INITIALIZERS[id].label));
    problems.push({
      path: `${path}.initializer`,
      message: t('experiment.layerInitializer', { number, choices: oneOf(labels) }),
    });
  }
  if (kind === 'conv2d' && fields.get('padding') !== 'valid' && fields.get('padding') !== 'same')
    problems.push({ path: `${path}.padding`, message: t('experiment.layerPadding', { number }) });
  const regularization = fields.get('regularization');
  if (regularization !== undefined) {
    const strengths = typeof regularization === 'object' && regularization !== null ? regularization : {};
    for (const strength of [LAYER_L1_SPEC, LAYER_L2_SPEC]) {
      const name = t('experiment.fieldOfLayer', { label: t(strength.label), number });
      if (!isValidNumber(strength, new Map(Object.entries(strengths)).get(strength.key)))
        problems.push({
          path: `${path}.regularization.${strength.key}`,
          message: boundsMessage(strength, {}, name),
        });
    }
  }
  return problems;
}

/**
 * Problems of the layer stack: each layer's fields, then (when they are all valid and the input is
 * known) what makes the stack unable to work on this data, beside the layer concerned.
 */
function modelProblems(experiment: Experiment, context: ValidationContext): Problem[] {
  const layers: readonly unknown[] = Array.isArray(experiment.model.hiddenLayers)
    ? experiment.model.hiddenLayers
    : [];
  const problems: Problem[] = [];
  if (layers.length > MODEL_LIMITS.maxHiddenLayers) {
    problems.push({
      path: 'model.hiddenLayers',
      message: t('experiment.tooManyLayers', { max: MODEL_LIMITS.maxHiddenLayers }),
    });
  }
  layers.forEach((layer, index) => {
    problems.push(...layerFieldProblems(layer, index));
  });
  const input = modelInputOf(experiment.dataset, context.exampleShape ?? null);
  if (problems.length > 0 || !input || !LOSS_IDS.some((id) => id === experiment.loss)) return problems;
  const output = outputLayerFor(input.numClasses, experiment.loss, input.task);
  const summary = summarizeModel(input.exampleShape, experiment.model.hiddenLayers, output);
  for (const { layerIndex, message } of summary.problems) {
    const path =
      layerIndex === null
        ? 'model.hiddenLayers'
        : layerIndex >= layers.length
          ? 'model.output'
          : `model.hiddenLayers.${layerIndex}`;
    problems.push({ path, message });
  }
  return problems;
}

/** The loss must be known, and must mean something for the data set's task. */
function lossProblems(experiment: Experiment, context: ValidationContext): Problem[] {
  if (!LOSS_IDS.some((id) => id === experiment.loss)) {
    const labels = LOSS_IDS.map((id) => t(LOSSES[id].label));
    return [{ path: 'loss', message: t('experiment.lossChoice', { choices: oneOf(labels) }) }];
  }
  const advice = lossAdvice(experiment.loss, modelInputOf(experiment.dataset, context.exampleShape ?? null));
  return advice.fit === 'blocked' ? [{ path: 'loss', message: advice.text }] : [];
}

/** Problems of the learning-rate schedule and of gradient clipping (both optional). */
function scheduleAndClippingProblems(experiment: Experiment): Problem[] {
  const { schedule, clipNorm } = experiment.optimizer;
  const problems: Problem[] = [];
  if (schedule !== undefined) {
    const id = SCHEDULE_IDS.find((known) => known === schedule?.id);
    if (id === undefined) {
      const labels = SCHEDULE_IDS.map((known) => t(SCHEDULES[known].label));
      problems.push({
        path: 'optimizer.schedule.id',
        message: t('experiment.scheduleChoice', { choices: oneOf(labels) }),
      });
    } else {
      const params = typeof schedule.params === 'object' && schedule.params !== null ? schedule.params : {};
      problems.push(...numberProblems('optimizer.schedule.params', SCHEDULES[id].parameters, params));
      for (const key of Object.keys(params)) {
        if (!SCHEDULES[id].parameters.some((parameter) => parameter.key === key))
          problems.push({
            path: `optimizer.schedule.params.${key}`,
            message: t('experiment.noSetting', { owner: t(SCHEDULES[id].label), key }),
          });
      }
    }
  }
  if (clipNorm !== undefined && !isValidNumber(CLIP_NORM_SPEC, clipNorm))
    problems.push({ path: 'optimizer.clipNorm', message: boundsMessage(CLIP_NORM_SPEC) });
  return problems;
}

function optimizerProblems(experiment: Experiment): Problem[] {
  const { id, params } = experiment.optimizer;
  const spec = OPTIMIZER_IDS.find((known) => known === id);
  if (spec === undefined) {
    const labels = OPTIMIZER_IDS.map((known) => t(OPTIMIZERS[known].label));
    return [{ path: 'optimizer.id', message: t('experiment.optimizerChoice', { choices: oneOf(labels) }) }];
  }
  const { label, parameters } = OPTIMIZERS[spec];
  const values = new Map(Object.entries(params));
  const problems: Problem[] = [];
  for (const parameter of parameters) {
    const path = `optimizer.params.${parameter.key}`;
    const value = values.get(parameter.key);
    if (parameter.kind === 'boolean') {
      if (typeof value !== 'boolean')
        problems.push({ path, message: t('experiment.onOrOff', { name: t(parameter.label) }) });
    } else if (!isValidNumber(parameter, value)) {
      problems.push({ path, message: boundsMessage(parameter) });
    }
  }
  for (const key of values.keys()) {
    if (!parameters.some((parameter) => parameter.key === key)) {
      problems.push({
        path: `optimizer.params.${key}`,
        message: t('experiment.noSetting', { owner: t(label), key }),
      });
    }
  }
  problems.push(...scheduleAndClippingProblems(experiment));
  return problems;
}

/** Every problem of an experiment, in panel order (dataset, model, loss, optimizer, training); empty when valid. */
export function validateExperiment(experiment: Experiment, context: ValidationContext = {}): Problem[] {
  const problems: Problem[] = [];
  if (!DATASET_IDS.some((id) => id === experiment.dataset.id)) {
    const labels = DATASET_IDS.map((id) => DATASETS[id].label);
    problems.push({ path: 'dataset.id', message: t('experiment.datasetChoice', { choices: oneOf(labels) }) });
  }
  problems.push(...numberProblems('dataset', DATASET_PARAMETERS, experiment.dataset));
  problems.push(...classCountProblems(experiment));
  problems.push(...modelProblems(experiment, context));
  problems.push(...lossProblems(experiment, context));
  problems.push(...optimizerProblems(experiment));
  const limit = boundingTrainingSetSize(experiment, context);
  const trainingContext: ValidationContext = limit === undefined ? {} : { trainingSetSize: limit };
  // An experiment without `l1` (made before it existed) has none.
  const training = { l1: 0, ...experiment.training };
  problems.push(...numberProblems('training', TRAINING_PARAMETERS, training, trainingContext));
  return problems;
}
