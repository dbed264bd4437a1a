/**
 * The experiment as a short, readable, hand-editable query string, and back. Decoding never throws:
 * it starts from the default experiment, keeps every valid part and says what it did with the rest.
 */
import { datasetTrainingSetSize } from './datasets/generate';
import { DEFAULT_EXPERIMENT } from './defaults';
import type { DatasetConfig, Experiment, OptimizerConfig, TrainingConfig } from './experiment';
import { formatNumber, parseNumberText } from './numberText';
import {
  CLASS_COUNT_PARAMETER,
  classCountParameter,
  DATASET_IDS,
  DATASETS,
  withFittingClassCount,
} from './registries/datasets';
import { LOSS_IDS } from './registries/losses';
import { OPTIMIZER_IDS, OPTIMIZERS, type OptimizerSpec } from './registries/optimizers';
import { layersText, readClipNorm, readSchedule, scheduleAndClippingPairs } from './urlIngredients';
import {
  DATASET_URL_FIELDS,
  LOSS_URL_VALUES,
  optimizerParamUrlKey,
  TRAINING_URL_FIELDS,
  URL_KEYS,
  URL_VERSION,
  type UrlNumberField,
} from './urlKeys';
import { fitModelToData } from './urlModelFit';
import { quote } from './urlQuery';
import { DATASET_WORDS, fieldValue, LinkReader, LOSS_WORDS, OPTIMIZER_WORDS } from './urlReader';

export { urlReferenceMarkdown } from './urlReference';

/** What a link said: the experiment it describes and, in plain words, what could not be read as written. */
export interface DecodedExperiment {
  readonly experiment: Experiment;
  readonly problems: string[];
}

/** Query values use only characters safe in a query; commas stay readable. */
const escapeValue = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ',');

/** The experiment as a query string without '?', every setting written so that a link reproduces it exactly. */
export function encodeExperiment(experiment: Experiment): string {
  const pairs: [string, string][] = [
    [URL_KEYS.version, String(URL_VERSION)],
    [URL_KEYS.dataset, experiment.dataset.id],
  ];
  if (classCountParameter(experiment.dataset.id)) {
    pairs.push([URL_KEYS.classes, formatNumber(experiment.dataset.numClasses)]);
  }
  const writeNumbers = (fields: readonly UrlNumberField[], section: object): void => {
    for (const field of fields) {
      const value = fieldValue(section, field.spec.key);
      if (typeof value === 'number') pairs.push([field.urlKey, formatNumber(value)]);
    }
  };
  writeNumbers(DATASET_URL_FIELDS, experiment.dataset);
  pairs.push([URL_KEYS.layers, layersText(experiment.model.hiddenLayers)]);
  pairs.push([URL_KEYS.loss, LOSS_URL_VALUES[experiment.loss] ?? experiment.loss]);
  pairs.push([URL_KEYS.optimizer, experiment.optimizer.id]);
  // An experiment from outside the type system may name no known optimizer; write no settings then.
  const optimizer = OPTIMIZERS[experiment.optimizer.id] as OptimizerSpec | undefined;
  for (const spec of optimizer?.parameters ?? []) {
    const value = fieldValue(experiment.optimizer.params, spec.key);
    if (typeof value === 'number') pairs.push([optimizerParamUrlKey(spec.key), formatNumber(value)]);
    if (typeof value === 'boolean') pairs.push([optimizerParamUrlKey(spec.key), String(value)]);
  }
  pairs.push(...scheduleAndClippingPairs(experiment.optimizer.schedule, experiment.optimizer.clipNorm));
  writeNumbers(TRAINING_URL_FIELDS, experiment.training);
  return pairs.map(([key, value]) => `${key}=${escapeValue(value)}`).join('&');
}

function readVersion(reader: LinkReader): void {
  const raw = reader.take(URL_KEYS.version);
  if (raw === undefined) return;
  const parsed = parseNumberText(raw);
  if (parsed.kind === 'number' && parsed.value === URL_VERSION) return;
  const shown = parsed.kind === 'number' ? formatNumber(parsed.value) : quote(raw);
  reader.problems.push(`unknown version ${shown}; read as version ${URL_VERSION}`);
}

/** The data set id; own data is never in a link, so `custom` falls back to the default set, with a notice. */
function readDatasetId(reader: LinkReader): DatasetConfig['id'] {
  const fallback = DEFAULT_EXPERIMENT.dataset.id;
  const id = reader.word(URL_KEYS.dataset, DATASET_WORDS, DATASET_IDS, fallback, 'data set');
  if (id !== 'custom') return id;
  reader.problems.push(`data 'custom': your own data is never put in a link; showing ${fallback} instead`);
  return fallback;
}

/** The class count: read within the set's own range when it has a chosen count, else the set's fixed count. */
function readClassCount(reader: LinkReader, id: DatasetConfig['id']): number {
  const raw = reader.take(URL_KEYS.classes);
  const chosen = classCountParameter(id);
  if (chosen) {
    const kept = DATASETS[id].numClasses;
    return reader.number(URL_KEYS.classes, raw, { ...chosen, label: CLASS_COUNT_PARAMETER.label }, kept);
  }
  if (raw !== undefined)
    reader.problems.push(`classes does not apply to ${id}, whose classes are fixed; ignored`);
  return DATASETS[id].numClasses;
}

function readExperiment(reader: LinkReader): Experiment {
  readVersion(reader);
  const datasetDefaults = DEFAULT_EXPERIMENT.dataset;
  const datasetId = readDatasetId(reader);
  const numClasses = readClassCount(reader, datasetId);
  const datasetNumbers = reader.numbers(DATASET_URL_FIELDS, datasetDefaults);
  const dataset = withFittingClassCount({
    ...datasetDefaults,
    ...Object.fromEntries(datasetNumbers),
    id: datasetId,
    numClasses,
  } as DatasetConfig);
  const linkLayers = reader.layers();
  const lossChoices = LOSS_IDS.map((id) => LOSS_URL_VALUES[id]);
  const isLossInLink = reader.pairs.has(URL_KEYS.loss);
  const linkLoss = reader.word(
    URL_KEYS.loss,
    LOSS_WORDS,
    lossChoices,
    DEFAULT_EXPERIMENT.loss,
    'loss',
    LOSS_URL_VALUES[DEFAULT_EXPERIMENT.loss],
  );
  const { hiddenLayers, loss } = fitModelToData(dataset, linkLayers, linkLoss, isLossInLink, reader.problems);
  const optimizerId = reader.word(
    URL_KEYS.optimizer,
    OPTIMIZER_WORDS,
    OPTIMIZER_IDS,
    DEFAULT_EXPERIMENT.optimizer.id,
    'optimizer',
  );
  const params = reader.optimizerParams(optimizerId);
  const schedule = readSchedule(reader);
  const clipNorm = readClipNorm(reader);
  const optimizer: OptimizerConfig = {
    id: optimizerId,
    params,
    ...(schedule === undefined ? {} : { schedule }),
    ...(clipNorm === undefined ? {} : { clipNorm }),
  };
  const trainingNumbers = reader.numbers(TRAINING_URL_FIELDS, DEFAULT_EXPERIMENT.training);
  const training = {
    ...DEFAULT_EXPERIMENT.training,
    ...Object.fromEntries(trainingNumbers),
  } as TrainingConfig;
  const batchSize = reader.batchSize(
    training.batchSize,
    datasetTrainingSetSize(dataset) ?? Number.POSITIVE_INFINITY,
  );
  for (const key of reader.pairs.keys()) reader.problems.push(`unknown key ${quote(key)} ignored`);
  return {
    dataset,
    model: { hiddenLayers },
    loss,
    optimizer,
    training: { ...training, batchSize },
  };
}

/** Reads a query string (with or without '?'); never throws, and lists in plain words what it could not use. */
export function decodeExperiment(query: string): DecodedExperiment {
  try {
    const reader = new LinkReader(typeof query === 'string' ? query : '');
    return { experiment: readExperiment(reader), problems: reader.problems };
  } catch {
    // Unreachable by the tests; a safety net so that a bad link can never break the page.
    return {
      experiment: DEFAULT_EXPERIMENT,
      problems: ['this link could not be read; showing the default experiment'],
    };
  }
}
