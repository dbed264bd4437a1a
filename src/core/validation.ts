/** Checks of an experiment against the registries' bounds, with messages in words a learner understands. */
import { trainingSetSize as splitTrainingSetSize } from './datasets/generate';
import type { Experiment } from './experiment';
import { formatNumber, parseNumberText } from './numberText';
import { ACTIVATION_IDS, ACTIVATIONS } from './registries/activations';
import { DATASET_IDS, DATASET_PARAMETERS, DATASETS } from './registries/datasets';
import { LOSS_IDS, LOSSES } from './registries/losses';
import { OPTIMIZER_IDS, OPTIMIZERS } from './registries/optimizers';
import type { NumberParameterSpec } from './registries/parameters';
import { MODEL_LIMITS, TRAINING_PARAMETERS } from './registries/training';

/** One thing wrong with an experiment: the field's path (e.g. 'training.batchSize') and what to do. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Facts from outside the experiment that bound its fields. */
export interface ValidationContext {
  /** Examples in the training set; bounds the batch size. Computed from the data set when absent. */
  readonly trainingSetSize?: number;
}

/** Key of the batch size in TRAINING_PARAMETERS: the one setting also bounded by the training-set size. */
export const BATCH_SIZE_KEY = 'batchSize';

/** Units of one hidden layer, as a number setting with MODEL_LIMITS's bounds. */
export const HIDDEN_UNITS_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'units',
  label: 'Units',
  help: 'Neurons in this layer.',
  defaultValue: 8,
  min: MODEL_LIMITS.minUnits,
  max: MODEL_LIMITS.maxUnits,
  isInteger: true,
  scale: 'linear',
  step: 1,
};

/** The sentence that states a setting's bounds, e.g. "Noise must be a number from 0 to 1." */
export function boundsMessage(spec: NumberParameterSpec, context: ValidationContext = {}): string {
  const kind = spec.isInteger ? 'a whole number' : 'a number';
  const limit = context.trainingSetSize;
  if (spec.key === BATCH_SIZE_KEY && limit !== undefined && limit < spec.max) {
    return `${spec.label} must be ${kind} from ${formatNumber(spec.min)} to the training-set size (${formatNumber(limit)}).`;
  }
  return `${spec.label} must be ${kind} from ${formatNumber(spec.min)} to ${formatNumber(spec.max)}.`;
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
 * fractions where a whole number is needed and values out of bounds, with a message naming the bounds.
 */
export function validateNumberField(
  spec: NumberParameterSpec,
  raw: string,
  context: ValidationContext = {},
): { value: number } | { error: string } {
  const bounds = boundsMessage(spec, context);
  const parsed = parseNumberText(raw);
  switch (parsed.kind) {
    case 'empty':
      return { error: `${spec.label} is empty. ${bounds}` };
    case 'notNumber':
      return { error: `'${raw.trim()}' is not a number. ${bounds}` };
    case 'notFinite':
      return { error: `'${raw.trim()}' is not a finite number. ${bounds}` };
    case 'number':
      return isValidNumber(spec, parsed.value, context) ? { value: parsed.value } : { error: bounds };
  }
}

/** "one of A, B or C" from registry labels. */
function oneOf(labels: readonly string[]): string {
  const last = labels[labels.length - 1] ?? '';
  return labels.length > 1 ? `one of ${labels.slice(0, -1).join(', ')} or ${last}` : last;
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
  return splitTrainingSetSize(numPoints, trainFraction);
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

function modelProblems(experiment: Experiment): Problem[] {
  const layers: readonly unknown[] = Array.isArray(experiment.model.hiddenLayers)
    ? experiment.model.hiddenLayers
    : [];
  const problems: Problem[] = [];
  if (layers.length > MODEL_LIMITS.maxHiddenLayers) {
    problems.push({
      path: 'model.hiddenLayers',
      message: `A model can have at most ${MODEL_LIMITS.maxHiddenLayers} hidden layers.`,
    });
  }
  layers.forEach((layer, index) => {
    const path = `model.hiddenLayers.${index}`;
    const name = `hidden layer ${index + 1}`;
    const fields = (typeof layer === 'object' && layer !== null ? layer : {}) as Record<string, unknown>;
    if (fields.kind !== 'dense')
      problems.push({ path: `${path}.kind`, message: `The ${name} must be a dense layer.` });
    const unitsSpec = { ...HIDDEN_UNITS_SPEC, label: `Units of ${name}` };
    if (!isValidNumber(unitsSpec, fields.units)) {
      problems.push({ path: `${path}.units`, message: boundsMessage(unitsSpec) });
    }
    if (!ACTIVATION_IDS.some((id) => id === fields.activation)) {
      const labels = ACTIVATION_IDS.map((id) => ACTIVATIONS[id].label);
      problems.push({
        path: `${path}.activation`,
        message: `Activation of ${name} must be ${oneOf(labels)}.`,
      });
    }
  });
  return problems;
}

function optimizerProblems(experiment: Experiment): Problem[] {
  const { id, params } = experiment.optimizer;
  const spec = OPTIMIZER_IDS.find((known) => known === id);
  if (spec === undefined) {
    const labels = OPTIMIZER_IDS.map((known) => OPTIMIZERS[known].label);
    return [{ path: 'optimizer.id', message: `Optimizer must be ${oneOf(labels)}.` }];
  }
  const { label, parameters } = OPTIMIZERS[spec];
  const values = new Map(Object.entries(params));
  const problems: Problem[] = [];
  for (const parameter of parameters) {
    const path = `optimizer.params.${parameter.key}`;
    const value = values.get(parameter.key);
    if (parameter.kind === 'boolean') {
      if (typeof value !== 'boolean')
        problems.push({ path, message: `${parameter.label} must be on or off.` });
    } else if (!isValidNumber(parameter, value)) {
      problems.push({ path, message: boundsMessage(parameter) });
    }
  }
  for (const key of values.keys()) {
    if (!parameters.some((parameter) => parameter.key === key)) {
      problems.push({ path: `optimizer.params.${key}`, message: `${label} has no setting '${key}'.` });
    }
  }
  return problems;
}

/** Every problem of an experiment, in panel order (dataset, model, loss, optimizer, training); empty when valid. */
export function validateExperiment(experiment: Experiment, context: ValidationContext = {}): Problem[] {
  const problems: Problem[] = [];
  if (!DATASET_IDS.some((id) => id === experiment.dataset.id)) {
    const labels = DATASET_IDS.map((id) => DATASETS[id].label);
    problems.push({ path: 'dataset.id', message: `Data set must be ${oneOf(labels)}.` });
  }
  problems.push(...numberProblems('dataset', DATASET_PARAMETERS, experiment.dataset));
  problems.push(...modelProblems(experiment));
  if (!LOSS_IDS.some((id) => id === experiment.loss)) {
    const labels = LOSS_IDS.map((id) => LOSSES[id].label);
    problems.push({ path: 'loss', message: `Loss must be ${oneOf(labels)}.` });
  }
  problems.push(...optimizerProblems(experiment));
  const limit = boundingTrainingSetSize(experiment, context);
  const trainingContext: ValidationContext = limit === undefined ? {} : { trainingSetSize: limit };
  problems.push(...numberProblems('training', TRAINING_PARAMETERS, experiment.training, trainingContext));
  return problems;
}
