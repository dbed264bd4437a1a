import type { Experiment } from '../experiment/experiment';
import { LOSSES } from '../registries/losses';
import { OPTIMIZERS } from '../registries/optimizers';
import { TRAINING_PARAMETERS } from '../registries/training';

/** One setting that is not the same in every variant, with each variant's value in words. */
export interface VariantDifference {
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
    if (parameter) return parameter.label.toLowerCase();
  }
  return key;
};

const formatValue = (value: unknown): string => {
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  if (typeof value === 'boolean') return value ? 'on' : 'off';
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
  settings.set('loss', LOSSES[experiment.loss].label);
  settings.set('optimizer', OPTIMIZERS[experiment.optimizer.id].label);
  for (const [key, value] of Object.entries(experiment.optimizer.params)) {
    settings.set(`optimizer.${key}`, formatValue(value));
  }
  for (const spec of TRAINING_PARAMETERS) {
    const value = (experiment.training as unknown as Record<string, unknown>)[spec.key];
    if (value !== undefined) settings.set(`training.${spec.key}`, formatValue(value));
  }
  return settings;
}

const settingLabel = (path: string): string => {
  if (path.startsWith('optimizer.')) return parameterLabel(path.slice('optimizer.'.length));
  if (path.startsWith('training.')) {
    const key = path.slice('training.'.length);
    return TRAINING_PARAMETERS.find((spec) => spec.key === key)?.label.toLowerCase() ?? key;
  }
  return path;
};

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
      differences.push({ setting: settingLabel(path), values: values.map((value) => value ?? '') });
    }
  }
  return differences;
}

/** One line naming what differs, e.g. "Differs in optimizer (A SGD · B Adam)"; or that nothing does. */
export function describeDifferences(variants: readonly Experiment[]): string {
  const differences = variantDifferences(variants);
  if (differences.length === 0) return 'The variants are identical: their curves should match exactly.';
  const parts = differences.map(
    (difference) =>
      `${difference.setting} (${difference.values.map((value, i) => `${VARIANT_NAMES[i] ?? i + 1} ${value}`).join(' · ')})`,
  );
  return `Differs in ${parts.join('; ')}`;
}

/** Settings whose values are names that need no label ("SGD", not "optimizer SGD"). */
const SELF_NAMED_SETTINGS: ReadonlySet<string> = new Set(['optimizer', 'loss']);

/** Longest variant label, in characters, before it is cut with an ellipsis (legends stay one line). */
const MAX_LABEL_CHARS = 32;

/**
 * A short name for each variant: its letter and its values of what differs ("A · SGD", "B · Adam";
 * "C · momentum 0.9, nesterov on"), or the letter alone when nothing differs. An optimizer's or a
 * loss's name speaks for itself; other values are named by their setting.
 */
export function variantLabels(variants: readonly Experiment[]): string[] {
  const differences = variants.length > 1 ? variantDifferences(variants) : [];
  return variants.map((_, index) => {
    const name = VARIANT_NAMES[index] ?? String(index + 1);
    const values = differences
      .map((difference) => {
        const value = difference.values[index] ?? '';
        return SELF_NAMED_SETTINGS.has(difference.setting) ? value : `${difference.setting} ${value}`;
      })
      .join(', ');
    if (values === '') return name;
    const label = `${name} · ${values}`;
    return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
  });
}
