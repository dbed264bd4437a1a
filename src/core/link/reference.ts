/**
 * The link format's reference table, generated from the registries so that the README cannot drift.
 * The README is English documentation: labels come from the English catalogue, whatever the page's language.
 */
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { en } from '../i18n/catalogues/en';
import { DATASET_IDS, DATASETS } from '../registries/datasets';
import { LOSS_IDS, LOSSES } from '../registries/losses';
import { defaultOptimizerParams, OPTIMIZER_IDS } from '../registries/optimizers';
import type { ParameterSpec } from '../registries/parameters';
import { formatNumber } from '../util/numberText';
import { layersRow, modelFitNote, scheduleAndClippingRows } from './ingredientsReference';
import {
  DATASET_URL_FIELDS,
  LOSS_URL_VALUES,
  type OptimizerParamUse,
  optimizerParamUrlKey,
  optimizerParamUrlKeys,
  TRAINING_URL_FIELDS,
  URL_KEYS,
  type UrlNumberField,
} from './keys';
import { variantsNote, versionRow, workspaceRows } from './workspaceReference';

const code = (text: string): string => `\`${text}\``;

const valueText = (value: unknown): string =>
  typeof value === 'number' ? formatNumber(value) : String(value);

const fieldValue = (section: object, key: string): unknown => new Map(Object.entries(section)).get(key);

function allowedText(spec: ParameterSpec): string {
  if (spec.kind === 'boolean') return `${code('true')} or ${code('false')}`;
  const kind = spec.isInteger ? 'whole number' : 'number';
  return `${kind} ${formatNumber(spec.min)} to ${formatNumber(spec.max)}`;
}

/** Texts shared by several optimizers said once: "`0.01` (sgd); `0.001` (rmsprop, adam)". */
function grouped(uses: readonly OptimizerParamUse[], textOf: (use: OptimizerParamUse) => string): string {
  const groups = new Map<string, string[]>();
  for (const use of uses) {
    const text = textOf(use);
    groups.set(text, [...(groups.get(text) ?? []), use.id]);
  }
  if (groups.size === 1) return [...groups.keys()].join('');
  return [...groups].map(([text, ids]) => `${text} (${ids.join(', ')})`).join('; ');
}

function numberRow(field: UrlNumberField, section: object): string {
  const defaultValue = fieldValue(section, field.spec.key) ?? field.spec.defaultValue;
  return `| ${code(field.urlKey)} | ${en[field.spec.label]} | ${allowedText(field.spec)} | ${code(valueText(defaultValue))} |`;
}

function optimizerRow(urlKey: string, uses: readonly OptimizerParamUse[]): string {
  const spec = uses[0]?.spec;
  const label = spec ? en[spec.label] : urlKey;
  const users = uses.map((use) => use.id).join(', ');
  const values = grouped(uses, (use) => allowedText(use.spec));
  const defaults = grouped(uses, (use) =>
    code(valueText(fieldValue(defaultOptimizerParams(use.id), use.spec.key))),
  );
  return `| ${code(urlKey)} | ${label} (${users}) | ${values} | ${defaults} |`;
}

/** Settings of the default experiment's optimizer that differ from Keras's, as link pairs. */
function defaultExperimentOverrides(): string[] {
  const { id, params } = DEFAULT_EXPERIMENT.optimizer;
  const keras = defaultOptimizerParams(id);
  return Object.entries(params)
    .filter(([key, value]) => fieldValue(keras, key) !== value)
    .map(([key, value]) => code(`${optimizerParamUrlKey(key)}=${valueText(value)}`));
}

/** The link format as a Markdown table (key, setting, values, default) with its rules below it, comparisons and versions last. */
export function urlReferenceMarkdown(): string {
  // Own data never goes into a link.
  const linkableDatasets = DATASET_IDS.filter((id) => id !== 'custom');
  const chosenCounts = DATASET_IDS.flatMap((id) => {
    const range = DATASETS[id].classCount;
    return range ? [{ id, range }] : [];
  });
  const losses = LOSS_IDS.map((id) => `${code(LOSS_URL_VALUES[id])} (${en[LOSSES[id].label]})`);
  const rows = [
    '| Key | Setting | Values | Default |',
    '| --- | --- | --- | --- |',
    versionRow(),
    `| ${code(URL_KEYS.dataset)} | Data set | ${linkableDatasets.map(code).join(', ')} | ${code(DEFAULT_EXPERIMENT.dataset.id)} |`,
    `| ${code(URL_KEYS.classes)} | Classes (${chosenCounts.map(({ id }) => id).join(', ')}) | ${chosenCounts.map(({ id, range }) => `whole number ${range.min} to ${range.max} (${id})`).join('; ')} | ${code(valueText(DEFAULT_EXPERIMENT.dataset.numClasses))} |`,
    ...DATASET_URL_FIELDS.map((field) => numberRow(field, DEFAULT_EXPERIMENT.dataset)),
    layersRow(),
    `| ${code(URL_KEYS.loss)} | Loss | ${losses.join(', ')} | ${code(LOSS_URL_VALUES[DEFAULT_EXPERIMENT.loss])} |`,
    `| ${code(URL_KEYS.optimizer)} | Optimizer | ${OPTIMIZER_IDS.map(code).join(', ')} | ${code(DEFAULT_EXPERIMENT.optimizer.id)} |`,
    ...[...optimizerParamUrlKeys()].map(([urlKey, uses]) => optimizerRow(urlKey, uses)),
    ...scheduleAndClippingRows(),
    ...TRAINING_URL_FIELDS.map((field) => numberRow(field, DEFAULT_EXPERIMENT.training)),
    ...workspaceRows(),
  ];
  const overrides = defaultExperimentOverrides();
  const defaultOptimizer = code(`${URL_KEYS.optimizer}=${DEFAULT_EXPERIMENT.optimizer.id}`);
  const exception =
    overrides.length === 0
      ? ''
      : `, except that with ${defaultOptimizer} (or no ${code(URL_KEYS.optimizer)}) ` +
        `the default experiment's ${overrides.join(', ')} applies`;
  const datasetKey = (specKey: string): string =>
    code(DATASET_URL_FIELDS.find((field) => field.spec.key === specKey)?.urlKey ?? specKey);
  return [
    ...rows,
    '',
    `Any other left-out key keeps the default shown. An optimizer setting left out takes Keras's default${exception}.`,
    '',
    `The batch size is also at most the training-set size: round(${datasetKey('numPoints')} × ${datasetKey('trainFraction')}) ` +
      `for generated sets, round(examples × ${datasetKey('trainFraction')}) or the fixed split for real ones. ` +
      `${code(URL_KEYS.classes)} is written for ${chosenCounts.map(({ id }) => id).join(' and ')} only; ` +
      `${datasetKey('noise')} and ${datasetKey('numPoints')} matter for generated sets only.`,
    '',
    'Your own data (an uploaded CSV or points drawn on the plane) is never put in a link: a link made ' +
      'while it was chosen opens the default data set.',
    '',
    modelFitNote(),
    '',
    variantsNote(),
    '',
    'Keys and words are read case-insensitively; a value the link cannot use is clamped or replaced by the ' +
      'default, with a notice.',
  ].join('\n');
}
