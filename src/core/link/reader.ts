/** Reading one link's settings into experiment parts, with a plain-words notice for anything not used as written. */
import type { HyperParameterValue, LayerConfig, OptimizerId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { DATASET_IDS } from '../registries/datasets';
import { LOSS_IDS } from '../registries/losses';
import { defaultOptimizerParams, OPTIMIZER_IDS, OPTIMIZERS } from '../registries/optimizers';
import type { NumberParameterSpec } from '../registries/parameters';
import { formatNumber, parseNumberText } from '../util/numberText';
import { readLayers } from './ingredients';
import { LOSS_URL_VALUES, optimizerParamUrlKey, optimizerParamUrlKeys, type UrlNumberField } from './keys';
import type { LinkProblem } from './problems';
import { quote, readQueryPairs } from './query';

/** A field of an experiment section by its registry key, read as an own property only. */
export const fieldValue = (section: object, key: string): unknown =>
  new Map(Object.entries(section)).get(key);

/** Known words of a kind, matched case-insensitively. */
const lookup = <T extends string>(entries: readonly (readonly [string, T])[]): Map<string, T> =>
  new Map(entries.map(([word, id]) => [word.toLowerCase(), id]));

/** Link words of each dataset id. */
export const DATASET_WORDS = lookup(DATASET_IDS.map((id) => [id, id] as const));
/** Link words of each optimizer id. */
export const OPTIMIZER_WORDS = lookup(OPTIMIZER_IDS.map((id) => [id, id] as const));
/** Link words of each loss id. */
export const LOSS_WORDS = lookup(
  LOSS_IDS.flatMap((id) => [[LOSS_URL_VALUES[id], id] as const, [id, id] as const]),
);
const BOOLEAN_WORDS = lookup<'true' | 'false'>([
  ['true', 'true'],
  ['false', 'false'],
  ['1', 'true'],
  ['0', 'false'],
  ['yes', 'true'],
  ['no', 'false'],
  ['on', 'true'],
  ['off', 'false'],
]);

/** What a notice calls a setting: its link key (`lr`), or words of their own ("layer 1 units"). */
export type SettingName = string | LinkProblem;

/** Reads the settings of one link, collecting notices; every read consumes its key from `pairs`. */
export class LinkReader {
  readonly problems: LinkProblem[] = [];
  readonly pairs: Map<string, string>;

  /** A reader of a query string, or of pairs already read from one (a comparison variant's). */
  constructor(query: string | Map<string, string>) {
    this.pairs = typeof query === 'string' ? readQueryPairs(query, this.problems) : new Map(query);
  }

  /** The value of `key`, removed from the pairs so that what remains at the end is unknown. */
  take(key: string): string | undefined {
    const value = this.pairs.get(key);
    this.pairs.delete(key);
    return value;
  }

  /** A number within the spec's bounds (rounded and clamped with a notice), or `kept` when the text is no number. */
  number(name: SettingName, raw: string | undefined, spec: NumberParameterSpec, kept: number): number {
    if (raw === undefined) return kept;
    const parsed = parseNumberText(raw);
    const keptText = formatNumber(kept);
    switch (parsed.kind) {
      case 'empty':
        this.problems.push({ key: 'link.empty', params: { name, kept: keptText } });
        return kept;
      case 'notNumber':
        this.problems.push({ key: 'link.notNumber', params: { name, value: quote(raw), kept: keptText } });
        return kept;
      case 'notFinite':
        this.problems.push({ key: 'link.notFinite', params: { name, value: quote(raw), kept: keptText } });
        return kept;
      case 'number':
        return this.bounded(name, parsed.value, spec);
    }
  }

  /** `value` made whole (if the spec asks) and clamped into the spec's bounds, each change noticed. */
  private bounded(name: SettingName, parsedValue: number, spec: NumberParameterSpec): number {
    let value = parsedValue;
    if (spec.isInteger && !Number.isInteger(value)) {
      const rounded = Math.round(value);
      this.problems.push({
        key: 'link.notWhole',
        params: { name, value: formatNumber(value), rounded: formatNumber(rounded) },
      });
      value = rounded;
    }
    if (value < spec.min) {
      this.problems.push({
        key: 'link.belowMin',
        params: { name, value: formatNumber(value), min: formatNumber(spec.min) },
      });
      return spec.min;
    }
    if (value > spec.max) {
      this.problems.push({
        key: 'link.aboveMax',
        params: { name, value: formatNumber(value), max: formatNumber(spec.max) },
      });
      return spec.max;
    }
    return value;
  }

  /** One of the known words, or `kept` (shown as `keptText`) with a notice naming `what` it is and listing the choices. */
  word<T extends string>(
    name: string,
    words: Map<string, T>,
    choices: readonly string[],
    kept: T,
    what: MessageKey,
    keptText: string = kept,
  ): T {
    const raw = this.take(name);
    if (raw === undefined) return kept;
    const id = words.get(raw.toLowerCase());
    if (id !== undefined) return id;
    this.problems.push({
      key: 'link.unknownWord',
      params: { name, value: quote(raw), what: { key: what }, choices: choices.join(', '), kept: keptText },
    });
    return kept;
  }

  /** The numeric fields of a section, each kept at its value in `defaults` unless the link says otherwise. */
  numbers(fields: readonly UrlNumberField[], defaults: object): Map<string, number> {
    const values = new Map<string, number>();
    for (const { urlKey, spec } of fields) {
      const kept = fieldValue(defaults, spec.key);
      values.set(
        spec.key,
        this.number(urlKey, this.take(urlKey), spec, typeof kept === 'number' ? kept : spec.defaultValue),
      );
    }
    return values;
  }

  /** The hidden layers (syntax in ingredients.ts); `fallback` when the link has no `layers`. */
  layers(fallback: readonly LayerConfig[]): readonly LayerConfig[] {
    return readLayers(this, fallback);
  }

  /** On or off, written 1 or 0 (true/false, yes/no, on/off also read); `kept` when the text is neither. */
  flag(name: string, kept: boolean): boolean {
    const raw = this.take(name);
    if (raw === undefined) return kept;
    const word = BOOLEAN_WORDS.get(raw.toLowerCase());
    if (word !== undefined) return word === 'true';
    this.problems.push({ key: 'link.notFlag', params: { name, value: quote(raw), kept: kept ? 1 : 0 } });
    return kept;
  }

  /**
   * Every hyper-parameter of optimizer `id`; settings of other optimizers are ignored with a notice.
   * A setting left out, or whose value cannot be used, keeps its value in `kept` (Keras's when absent).
   */
  optimizerParams(
    id: OptimizerId,
    kept: Readonly<Record<string, HyperParameterValue>>,
  ): Record<string, HyperParameterValue> {
    const base = { ...defaultOptimizerParams(id), ...kept };
    const params: Record<string, HyperParameterValue> = {};
    for (const spec of OPTIMIZERS[id].parameters) {
      const urlKey = optimizerParamUrlKey(spec.key);
      const raw = this.take(urlKey);
      const kept = fieldValue(base, spec.key);
      if (spec.kind === 'number') {
        params[spec.key] = this.number(
          urlKey,
          raw,
          spec,
          typeof kept === 'number' ? kept : spec.defaultValue,
        );
        continue;
      }
      const keptFlag = typeof kept === 'boolean' ? kept : spec.defaultValue;
      const word = raw === undefined ? undefined : BOOLEAN_WORDS.get(raw.toLowerCase());
      if (raw !== undefined && word === undefined) {
        this.problems.push({
          key: 'link.notBoolean',
          params: { name: urlKey, value: quote(raw), kept: String(keptFlag) },
        });
      }
      params[spec.key] = word === undefined ? keptFlag : word === 'true';
    }
    // This optimizer's keys are taken above, so any left belong to other optimizers.
    for (const urlKey of optimizerParamUrlKeys().keys()) {
      if (this.pairs.has(urlKey)) {
        this.take(urlKey);
        this.problems.push({
          key: 'link.notApplicable',
          params: { name: urlKey, owner: { key: OPTIMIZERS[id].label } },
        });
      }
    }
    return params;
  }

  /** The batch size may not exceed the training set, whatever its source (link or default). */
  batchSize(batchSize: number, limit: number): number {
    if (batchSize <= limit) return batchSize;
    this.problems.push({
      key: 'link.batchAboveTrainingSet',
      params: { name: 'batch', value: formatNumber(batchSize), limit: formatNumber(limit) },
    });
    return limit;
  }
}
