/**
 * The experiment as a short, readable, hand-editable query string, and back. Decoding never throws:
 * it starts from the default experiment, keeps every valid part and says what it did with the rest.
 */
import { datasetTrainingSetSize } from '../datasets/generate';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type {
  DatasetConfig,
  Experiment,
  HyperParameterValue,
  OptimizerConfig,
  OptimizerId,
  TrainingConfig,
} from '../experiment/experiment';
import {
  CLASS_COUNT_PARAMETER,
  classCountParameter,
  DATASET_IDS,
  DATASETS,
  withFittingClassCount,
} from '../registries/datasets';
import { LOSS_IDS } from '../registries/losses';
import {
  defaultOptimizerParams,
  OPTIMIZER_IDS,
  OPTIMIZERS,
  type OptimizerSpec,
} from '../registries/optimizers';
import { formatNumber, parseNumberText } from '../util/numberText';
import { layersText, readClipNorm, readSchedule, scheduleAndClippingPairs } from './ingredients';
import {
  DATASET_URL_FIELDS,
  LOSS_URL_VALUES,
  optimizerParamUrlKey,
  READABLE_URL_VERSIONS,
  TRAINING_URL_FIELDS,
  URL_KEYS,
  URL_VERSION,
  type UrlNumberField,
} from './keys';
import { fitModelToData } from './modelFit';
import type { LinkProblem } from './problems';
import { quote } from './query';
import { DATASET_WORDS, fieldValue, LinkReader, LOSS_WORDS, OPTIMIZER_WORDS } from './reader';

/** What a link said: the experiment it describes and the notices of what could not be read as written. */
export interface DecodedExperiment {
  readonly experiment: Experiment;
  readonly problems: LinkProblem[];
}

/** Query values use only characters safe in a query; commas stay readable. */
const escapeValue = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ',');

/** Link pairs as a query string without '?'. */
export const queryOfPairs = (pairs: readonly (readonly [string, string])[]): string =>
  pairs.map(([key, value]) => `${key}=${escapeValue(value)}`).join('&');

/** The experiment's link pairs (without the version), in the order a link writes them, values unescaped. */
export function experimentPairs(experiment: Experiment): [string, string][] {
  const pairs: [string, string][] = [[URL_KEYS.dataset, experiment.dataset.id]];
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
  return pairs;
}

/** The experiment as a query string without '?', every setting written so that a link reproduces it exactly. */
export function encodeExperiment(experiment: Experiment): string {
  return queryOfPairs([[URL_KEYS.version, String(URL_VERSION)], ...experimentPairs(experiment)]);
}

/** Notes a version this code does not know; every known version (and none) reads as the current one. */
export function readVersion(raw: string | undefined, problems: LinkProblem[]): void {
  if (raw === undefined) return;
  const parsed = parseNumberText(raw);
  if (parsed.kind === 'number' && READABLE_URL_VERSIONS.includes(parsed.value)) return;
  const shown = parsed.kind === 'number' ? formatNumber(parsed.value) : quote(raw);
  problems.push({ key: 'link.unknownVersion', params: { version: shown, current: URL_VERSION } });
}

/** The data set id; own data is never in a link, so `custom` falls back to the kept set, with a notice. */
function readDatasetId(reader: LinkReader, fallback: DatasetConfig['id']): DatasetConfig['id'] {
  const id = reader.word(URL_KEYS.dataset, DATASET_WORDS, DATASET_IDS, fallback, 'link.what.dataset');
  if (id !== 'custom') return id;
  reader.problems.push({ key: 'link.ownData', params: { name: URL_KEYS.dataset, kept: fallback } });
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
    reader.problems.push({ key: 'link.fixedClasses', params: { name: URL_KEYS.classes, dataset: id } });
  return DATASETS[id].numClasses;
}

/** The hyper-parameters an experiment keeps for optimizer `id`: its own for its optimizer, Keras's for others. */
const ownOptimizerParams =
  (kept: Experiment) =>
  (id: OptimizerId): Readonly<Record<string, HyperParameterValue>> =>
    id === kept.optimizer.id ? kept.optimizer.params : defaultOptimizerParams(id);

/**
 * The experiment of a link's pairs (the version already taken). A setting the link leaves out, or
 * gives a value that cannot be used, keeps `kept`'s (the default experiment for variant A, variant
 * A for the others), and an optimizer's settings keep `keptParamsOf(id)`.
 */
export function readExperiment(
  reader: LinkReader,
  kept: Experiment,
  keptParamsOf = ownOptimizerParams(kept),
): Experiment {
  const datasetDefaults = kept.dataset;
  const datasetId = readDatasetId(reader, datasetDefaults.id);
  const numClasses = readClassCount(reader, datasetId);
  const datasetNumbers = reader.numbers(DATASET_URL_FIELDS, datasetDefaults);
  const dataset = withFittingClassCount({
    ...datasetDefaults,
    ...Object.fromEntries(datasetNumbers),
    id: datasetId,
    numClasses,
  } as DatasetConfig);
  const linkLayers = reader.layers(kept.model.hiddenLayers);
  const lossChoices = LOSS_IDS.map((id) => LOSS_URL_VALUES[id]);
  const isLossInLink = reader.pairs.has(URL_KEYS.loss);
  const linkLoss = reader.word(
    URL_KEYS.loss,
    LOSS_WORDS,
    lossChoices,
    kept.loss,
    'link.what.loss',
    LOSS_URL_VALUES[kept.loss],
  );
  const { hiddenLayers, loss } = fitModelToData(
    dataset,
    linkLayers,
    linkLoss,
    isLossInLink,
    reader.problems,
    kept.model.hiddenLayers,
  );
  const optimizerId = reader.word(
    URL_KEYS.optimizer,
    OPTIMIZER_WORDS,
    OPTIMIZER_IDS,
    kept.optimizer.id,
    'link.what.optimizer',
  );
  const params = reader.optimizerParams(optimizerId, keptParamsOf(optimizerId));
  const schedule = readSchedule(reader, kept.optimizer.schedule);
  const clipNorm = readClipNorm(reader, kept.optimizer.clipNorm);
  const optimizer: OptimizerConfig = {
    id: optimizerId,
    params,
    ...(schedule === undefined ? {} : { schedule }),
    ...(clipNorm === undefined ? {} : { clipNorm }),
  };
  const trainingNumbers = reader.numbers(TRAINING_URL_FIELDS, kept.training);
  const training = {
    ...kept.training,
    ...Object.fromEntries(trainingNumbers),
  } as TrainingConfig;
  const batchSize = reader.batchSize(
    training.batchSize,
    datasetTrainingSetSize(dataset) ?? Number.POSITIVE_INFINITY,
  );
  for (const key of reader.pairs.keys())
    reader.problems.push({ key: 'link.unknownKey', params: { key: quote(key) } });
  return {
    dataset,
    model: { hiddenLayers },
    loss,
    optimizer,
    training: { ...training, batchSize },
  };
}

/** Reads a query string (with or without '?'); never throws, and lists notices of what it could not use. */
export function decodeExperiment(query: string): DecodedExperiment {
  try {
    const reader = new LinkReader(typeof query === 'string' ? query : '');
    readVersion(reader.take(URL_KEYS.version), reader.problems);
    return { experiment: readExperiment(reader, DEFAULT_EXPERIMENT), problems: reader.problems };
  } catch {
    // Unreachable by the tests; a safety net so that a bad link can never break the page.
    return {
      experiment: DEFAULT_EXPERIMENT,
      problems: [{ key: 'link.unreadable' }],
    };
  }
}
