import type { Experiment } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { inSentence } from '../i18n/inSentence';
import { t } from '../i18n/translate';
import { LOSSES } from '../registries/losses';
import { OPTIMIZERS } from '../registries/optimizers';
import { CLIP_NORM_SPEC, SCHEDULES } from '../registries/schedules';
import { TRAINING_PARAMETERS } from '../registries/training';

/** One setting that is not the same in every variant, with each variant's value in words. */
export interface VariantDifference {
  /** Which setting differs, as the experiment names it ("optimizer", "optimizer.learningRate", "layers"). */
  readonly path: string;
  /** What differs, in words ("optimizer", "learning rate", "layers"). */
  readonly setting: string;
  /** The value of each variant, in variant order. */
  readonly values: readonly string[];
}

/** Variant names, in order: A, B, C, D. */
export const VARIANT_NAMES = ['A', 'B', 'C', 'D'] as const;

const parameterLabel = (key: string): string => {
  for (const spec of Object.values(OPTIMIZERS)) {
    const parameter = spec.parameters.find((candidate) => candidate.key === key);
    if (parameter) return inSentence(t(parameter.label));
  }
  return key;
};

const formatValue = (value: unknown): string => {
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  if (typeof value === 'boolean') return t(value ? 'compare.on' : 'compare.off');
  return String(value);
};

/** A layer in a few words: its kind and its settings' values ("dense 16 relu"). */
const layerText = (layer: object): string =>
  Object.entries(layer)
    .map(([key, value]) => (key === 'kind' ? String(value) : formatValue(value)))
    .join(' ');

/** The settings of an experiment that a comparison can vary, as (setting, value) in words. */
function comparableSettings(experiment: Experiment): Map<string, string> {
  const settings = new Map<string, string>();
  settings.set('layers', experiment.model.hiddenLayers.map(layerText).join(' → ') || 'none');
  settings.set('loss', t(LOSSES[experiment.loss].label));
  settings.set('optimizer', t(OPTIMIZERS[experiment.optimizer.id].label));
  for (const [key, value] of Object.entries(experiment.optimizer.params)) {
    settings.set(`optimizer.${key}`, formatValue(value));
  }
  const { schedule, clipNorm } = experiment.optimizer;
  settings.set('schedule', t(SCHEDULES[schedule?.id ?? 'constant'].label));
  for (const [key, value] of Object.entries(schedule?.params ?? {})) {
    settings.set(`schedule.${key}`, formatValue(value));
  }
  settings.set('clipNorm', clipNorm === undefined ? t('compare.off') : formatValue(clipNorm));
  for (const spec of TRAINING_PARAMETERS) {
    const value = (experiment.training as unknown as Record<string, unknown>)[spec.key];
    if (value !== undefined) settings.set(`training.${spec.key}`, formatValue(value));
  }
  return settings;
}

/** Words for the settings that are not a registry's parameter. */
const OWN_SETTING_WORDS: Readonly<Record<string, MessageKey>> = {
  layers: 'compare.setting.layers',
  loss: 'compare.setting.loss',
  optimizer: 'compare.setting.optimizer',
  schedule: 'optimizer.schedule',
  clipNorm: CLIP_NORM_SPEC.label,
};

/** A schedule's setting in words ("decay epochs"); the same key has the same label in every schedule. */
const scheduleParameterLabel = (key: string): string => {
  for (const spec of Object.values(SCHEDULES)) {
    const parameter = spec.parameters.find((candidate) => candidate.key === key);
    if (parameter) return inSentence(t(parameter.label));
  }
  return key;
};

const settingLabel = (path: string): string => {
  if (path.startsWith('optimizer.')) return parameterLabel(path.slice('optimizer.'.length));
  if (path.startsWith('schedule.')) return scheduleParameterLabel(path.slice('schedule.'.length));
  if (path.startsWith('training.')) {
    const key = path.slice('training.'.length);
    const spec = TRAINING_PARAMETERS.find((candidate) => candidate.key === key);
    return spec ? inSentence(t(spec.label)) : key;
  }
  const words = OWN_SETTING_WORDS[path];
  return words ? inSentence(t(words)) : path;
};

/** A setting's value as shown: a stack without hidden layers ("none" above) in the page's words. */
const shownValue = (path: string, value: string | undefined): string =>
  path === 'layers' && value === 'none' ? t('compare.noLayers') : (value ?? '');

/**
 * Exactly what differs between variants. A hyper-parameter only one optimizer has (Nesterov when
 * the other is Adam) is not listed: the optimizer itself already differs.
 */
export function variantDifferences(variants: readonly Experiment[]): VariantDifference[] {
  const settings = variants.map(comparableSettings);
  const paths = new Set(settings.flatMap((entries) => [...entries.keys()]));
  const differences: VariantDifference[] = [];
  for (const path of paths) {
    const values = settings.map((entries) => entries.get(path));
    if (values.some((value) => value === undefined)) continue;
    if (new Set(values).size > 1) {
      differences.push({
        path,
        setting: settingLabel(path),
        values: values.map((value) => shownValue(path, value)),
      });
    }
  }
  return differences;
}

/** One line naming what differs, e.g. "Differs in optimizer (A SGD · B Adam)"; or that nothing does. */
export function describeDifferences(variants: readonly Experiment[]): string {
  const differences = variantDifferences(variants);
  if (differences.length === 0) return t('compare.identical');
  const parts = differences.map((difference) =>
    t('compare.difference', {
      setting: difference.setting,
      values: difference.values.map((value, i) => `${VARIANT_NAMES[i] ?? i + 1} ${value}`).join(' · '),
    }),
  );
  return t('compare.differsIn', { differences: parts.join(t('compare.differenceSeparator')) });
}

/** Settings whose values are names that need no label ("SGD", not "optimizer SGD"), by path. */
const SELF_NAMED_SETTINGS: ReadonlySet<string> = new Set(['optimizer', 'loss']);

/** Settings that together make an optimizer's name ("SGD", "Momentum", "Nesterov"), by path. */
const OPTIMIZER_NAME_SETTINGS: ReadonlySet<string> = new Set([
  'optimizer',
  'optimizer.momentum',
  'optimizer.nesterov',
]);

/** Symbols for long setting names, the same in every language. */
const SHORT_SYMBOLS: Readonly<Record<string, string>> = {
  'optimizer.learningRate': 'lr',
  'training.l1': 'L1',
  'training.l2': 'L2',
};

/** Shorter words for other long setting names. */
const SHORT_WORDS: Readonly<Record<string, MessageKey>> = {
  'training.batchSize': 'compare.short.batch',
  'training.seed': 'compare.short.seed',
};

/** A setting's shortest name, so that a label fits under a small boundary view ("lr", "batch"). */
export function shortSettingName(difference: VariantDifference): string {
  const words = SHORT_WORDS[difference.path];
  return SHORT_SYMBOLS[difference.path] ?? (words ? t(words) : difference.setting);
}

/** Longest name after the letter, in Latin characters (a CJK one counts two), before it is cut with an ellipsis. */
const MAX_NAME_CHARS = 16;

/** Characters of East Asian scripts, which take about two Latin characters' width. */
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** SGD's name says whether it has momentum and whether it is Nesterov's, as textbooks name them. */
function optimizerName(experiment: Experiment): string {
  const { id, params } = experiment.optimizer;
  if (id !== 'sgd') return t(OPTIMIZERS[id].label);
  const momentum = typeof params.momentum === 'number' ? params.momentum : 0;
  if (momentum > 0 && params.nesterov === true) return 'Nesterov';
  return momentum > 0 ? t('compare.momentum') : 'SGD';
}

const valueText = (difference: VariantDifference, index: number): string => {
  const value = difference.values[index] ?? '';
  if (SELF_NAMED_SETTINGS.has(difference.path)) return value;
  return `${shortSettingName(difference)} ${value}`;
};

/** The text cut to MAX_NAME_CHARS Latin widths, the last one an ellipsis when cut. */
function cut(text: string): string {
  const characters = [...text];
  let width = 0;
  for (const [index, character] of characters.entries()) {
    width += WIDE_CHARACTER.test(character) ? 2 : 1;
    if (width > MAX_NAME_CHARS) return `${characters.slice(0, index - 1).join('')}…`;
  }
  return text;
}

/**
 * A short name for each variant: its letter and, when the variants differ, a name of a few words
 * ("A · SGD", "B · Momentum", "C · Nesterov"; "A · lr 0.001"), short enough for a caption under a
 * small boundary view and a one-line legend; the line above the charts says in full what differs.
 * Variants that differ only in their optimizer are named by it; others by their first difference.
 */
export function variantLabels(variants: readonly Experiment[]): string[] {
  const differences = variants.length > 1 ? variantDifferences(variants) : [];
  const letter = (index: number): string => VARIANT_NAMES[index] ?? String(index + 1);
  if (differences.length === 0) return variants.map((_, index) => letter(index));
  const byOptimizer = differences.every((difference) => OPTIMIZER_NAME_SETTINGS.has(difference.path))
    ? variants.map(optimizerName)
    : null;
  const names =
    byOptimizer && new Set(byOptimizer).size === variants.length
      ? byOptimizer
      : variants.map((_, index) =>
          differences.map((difference) => valueText(difference, index)).join(t('compare.listSeparator')),
        );
  return names.map((name, index) => `${letter(index)} · ${cut(name)}`);
}
