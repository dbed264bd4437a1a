/**
 * The link syntax of the model and of the optimizer's extras (schedule, clipping). A layer is one
 * comma-separated entry of `layers`, its parts joined by '-':
 *
 *   16-relu                     dense: units-activation (version 1 links), then options
 *   16-relu-he-l1_0-l2_0.01     options: initialiser (glorot, he, lecun), own L1 and L2 strengths
 *   conv8k3s1same-relu-he       Conv2D: filters, kernel size, stride, padding; activation, options
 *   maxpool2, avgpool2          pooling with its window (also the stride)
 *   flatten, dropout0.25, batchnorm
 *
 * A '-' inside a number's exponent (1e-7) belongs to the number.
 */
import type {
  ActivationId,
  InitializerId,
  KernelRegularization,
  LayerConfig,
  ScheduleConfig,
  ScheduleId,
} from '../experiment/experiment';
import { ACTIVATION_IDS } from '../registries/activations';
import { INITIALIZER_IDS } from '../registries/initializers';
import {
  DROPOUT_RATE_SPEC,
  FILTERS_SPEC,
  KERNEL_SIZE_SPEC,
  LAYER_L1_SPEC,
  LAYER_L2_SPEC,
  POOL_SIZE_SPEC,
  STRIDE_SPEC,
  UNITS_SPEC,
} from '../registries/layers';
import type { NumberParameterSpec } from '../registries/parameters';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from '../registries/schedules';
import { MODEL_LIMITS } from '../registries/training';
import { formatNumber } from '../util/numberText';
import { NO_LAYERS, SCHEDULE_URL_VALUES, scheduleParamUrlKey, scheduleParamUrlKeys, URL_KEYS } from './keys';
import type { LinkProblem } from './problems';
import { quote } from './query';
import type { LinkReader } from './reader';

const ACTIVATION_WORDS = new Map(ACTIVATION_IDS.map((id) => [id.toLowerCase(), id]));
const INITIALIZER_WORDS = new Map<string, InitializerId>(INITIALIZER_IDS.map((id) => [id, id]));
/** Link words of each schedule (its short value and its id), lower-case. */
export const SCHEDULE_WORDS: ReadonlyMap<string, ScheduleId> = new Map(
  SCHEDULE_IDS.flatMap((id) => [[SCHEDULE_URL_VALUES[id], id] as const, [id.toLowerCase(), id] as const]),
);
const OFF_WORDS = new Set(['off', 'none', 'false', 'no']);

/** A layer's options after its activation: initialiser and own regularization, when set. */
function optionsText(initializer: InitializerId | undefined, regularization?: KernelRegularization): string {
  const parts: string[] = [];
  if (initializer !== undefined) parts.push(initializer);
  if (regularization !== undefined)
    parts.push(`l1_${formatNumber(regularization.l1)}`, `l2_${formatNumber(regularization.l2)}`);
  return parts.map((part) => `-${part}`).join('');
}

/** One layer as its link entry. */
export function layerText(layer: LayerConfig): string {
  switch (layer.kind) {
    case 'dense':
      return `${formatNumber(layer.units)}-${layer.activation.toLowerCase()}${optionsText(layer.initializer, layer.regularization)}`;
    case 'conv2d': {
      const head = `conv${formatNumber(layer.filters)}k${formatNumber(layer.kernelSize)}s${formatNumber(layer.stride)}${layer.padding}`;
      return `${head}-${layer.activation.toLowerCase()}${optionsText(layer.initializer, layer.regularization)}`;
    }
    case 'maxPool2d':
      return `maxpool${formatNumber(layer.poolSize)}`;
    case 'avgPool2d':
      return `avgpool${formatNumber(layer.poolSize)}`;
    case 'flatten':
      return 'flatten';
    case 'dropout':
      return `dropout${formatNumber(layer.rate)}`;
    case 'batchNorm':
      return 'batchnorm';
    default:
      throw new Error(`Unknown layer kind: ${String(layer satisfies never)}`);
  }
}

/** The value of `layers` for a stack. */
export const layersText = (layers: readonly LayerConfig[]): string =>
  layers.length === 0 ? NO_LAYERS : layers.map(layerText).join(',');

/** Splits an entry at '-', except a '-' in a number's exponent ("1e-7"). */
export function splitLayerEntry(entry: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < entry.length; i++) {
    const char = entry.charAt(i);
    const isExponentSign =
      /[eE]/.test(entry.charAt(i - 1)) && /[\d.]/.test(entry.charAt(i - 2)) && /\d/.test(entry.charAt(i + 1));
    if (char === '-' && !isExponentSign) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

const CONV_HEAD = /^conv(\d+)?(?:k(\d+))?(?:s(\d+))?(same|valid)?$/;
const POOL_HEAD = /^(max|avg)pool(.*)$/;

/** Reads the layers of a link into a stack, one notice per part it could not use as written. */
class LayerEntryReader {
  constructor(
    private readonly reader: LinkReader,
    /** The layer's number in the link, from 1. */
    private readonly number: number,
  ) {}

  /** What a notice calls one of this layer's settings: "layer 2 filters". */
  private settingName(setting: LinkProblem | string): LinkProblem {
    return { key: 'link.layerSetting', params: { number: this.number, setting } };
  }

  private setting(
    setting: LinkProblem | string,
    text: string | undefined,
    spec: NumberParameterSpec,
  ): number {
    if (text === undefined || text === '') return spec.defaultValue;
    return this.reader.number(this.settingName(setting), text, spec, spec.defaultValue);
  }

  /** A notice about this layer. */
  private notice(key: LinkProblem['key'], params: Readonly<Record<string, string>> = {}): void {
    this.reader.problems.push({ key, params: { number: this.number, ...params } });
  }

  /** Activation, then initialiser and regularization options, of a weighted layer. */
  private weighted(rest: readonly string[]): {
    activation: ActivationId;
    initializer?: InitializerId;
    regularization?: KernelRegularization;
  } {
    const [activationText, ...options] = rest;
    const fallback: ActivationId = 'relu';
    let activation: ActivationId = fallback;
    if (activationText === undefined) {
      this.notice('link.noActivation', { fallback });
    } else {
      const known = ACTIVATION_WORDS.get(activationText.toLowerCase());
      if (known) activation = known;
      else
        this.notice('link.unknownActivation', {
          value: quote(activationText),
          choices: ACTIVATION_IDS.map((id) => id.toLowerCase()).join(', '),
          fallback,
        });
    }
    let initializer: InitializerId | undefined;
    let l1: number | undefined;
    let l2: number | undefined;
    for (const option of options) {
      const lower = option.toLowerCase();
      const knownInitializer = INITIALIZER_WORDS.get(lower);
      if (knownInitializer) initializer = knownInitializer;
      else if (lower.startsWith('l1_')) l1 = this.setting('l1', option.slice(3), LAYER_L1_SPEC);
      else if (lower.startsWith('l2_')) l2 = this.setting('l2', option.slice(3), LAYER_L2_SPEC);
      else this.notice('link.unknownOption', { value: quote(option) });
    }
    return {
      activation,
      ...(initializer === undefined ? {} : { initializer }),
      ...(l1 === undefined && l2 === undefined ? {} : { regularization: { l1: l1 ?? 0, l2: l2 ?? 0 } }),
    };
  }

  /** The layer of one entry, or null (with a notice) when it names no layer. */
  read(entry: string): LayerConfig | null {
    const [head = '', ...rest] = splitLayerEntry(entry);
    const word = head.toLowerCase();
    const conv = CONV_HEAD.exec(word);
    if (conv) {
      const [, filters, kernelSize, stride, padding] = conv;
      return {
        kind: 'conv2d',
        filters: this.setting({ key: 'link.setting.filters' }, filters, FILTERS_SPEC),
        kernelSize: this.setting({ key: 'link.setting.kernelSize' }, kernelSize, KERNEL_SIZE_SPEC),
        stride: this.setting({ key: 'link.setting.stride' }, stride, STRIDE_SPEC),
        padding: padding === 'valid' ? 'valid' : 'same',
        ...this.weighted(rest),
      };
    }
    const pool = POOL_HEAD.exec(word);
    if (pool) {
      const poolSize = this.setting({ key: 'link.setting.poolSize' }, pool[2], POOL_SIZE_SPEC);
      return { kind: pool[1] === 'max' ? 'maxPool2d' : 'avgPool2d', poolSize };
    }
    if (word === 'flatten' || word === 'batchnorm') {
      if (rest.length > 0) this.notice('link.noOptions', { value: quote(entry) });
      return word === 'flatten' ? { kind: 'flatten' } : { kind: 'batchNorm' };
    }
    if (word.startsWith('dropout'))
      return {
        kind: 'dropout',
        rate: this.setting({ key: 'link.setting.rate' }, entry.slice(7).trim(), DROPOUT_RATE_SPEC),
      };
    if (/^[a-z]/.test(word) && !word.startsWith('dense')) {
      this.notice('link.unknownLayer', { value: quote(entry) });
      return null;
    }
    const unitsText = word.startsWith('dense') ? head.slice(5) : head;
    const fallbackUnits = UNITS_SPEC.defaultValue;
    const units = this.reader.number(
      this.settingName({ key: 'link.setting.units' }),
      unitsText,
      UNITS_SPEC,
      fallbackUnits,
    );
    return { kind: 'dense', units, ...this.weighted(rest) };
  }
}

/** The hidden layers of a link: `fallback` when it has no `layers`, none for `none`. */
export function readLayers(reader: LinkReader, fallback: readonly LayerConfig[]): readonly LayerConfig[] {
  const raw = reader.take(URL_KEYS.layers);
  if (raw === undefined) return fallback;
  if (raw === '' || raw.toLowerCase() === NO_LAYERS) return [];
  const entries = raw.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => entry === ''))
    reader.problems.push({ key: 'link.emptyLayer', params: { name: URL_KEYS.layers } });
  const filled = entries.filter((entry) => entry !== '');
  if (filled.length > MODEL_LIMITS.maxHiddenLayers) {
    reader.problems.push({
      key: 'link.tooManyLayers',
      params: { name: URL_KEYS.layers, count: filled.length, max: MODEL_LIMITS.maxHiddenLayers },
    });
  }
  return filled
    .slice(0, MODEL_LIMITS.maxHiddenLayers)
    .flatMap((entry, index) => new LayerEntryReader(reader, index + 1).read(entry) ?? []);
}

/**
 * The schedule of a link, or undefined for a constant rate; settings of other schedules are ignored
 * with a notice. A setting left out or unusable keeps `kept`'s value of it, else the schedule's default.
 */
export function readSchedule(
  reader: LinkReader,
  kept: ScheduleConfig | undefined,
): ScheduleConfig | undefined {
  const raw = reader.take(URL_KEYS.schedule);
  let id: ScheduleId = 'constant';
  if (raw !== undefined) {
    const known = SCHEDULE_WORDS.get(raw.toLowerCase());
    if (known) id = known;
    else
      reader.problems.push({
        key: 'link.unknownWord',
        params: {
          name: URL_KEYS.schedule,
          value: quote(raw),
          what: { key: 'link.what.schedule' },
          choices: SCHEDULE_IDS.map((known) => SCHEDULE_URL_VALUES[known]).join(', '),
          kept: SCHEDULE_URL_VALUES.constant,
        },
      });
  }
  const params: Record<string, number> = {};
  for (const spec of SCHEDULES[id].parameters) {
    const urlKey = scheduleParamUrlKey(spec.key);
    const keptValue = kept === undefined ? undefined : new Map(Object.entries(kept.params)).get(spec.key);
    params[spec.key] = reader.number(urlKey, reader.take(urlKey), spec, keptValue ?? spec.defaultValue);
  }
  for (const urlKey of scheduleParamUrlKeys().keys()) {
    if (reader.pairs.has(urlKey)) {
      reader.take(urlKey);
      reader.problems.push({
        key: 'link.notApplicable',
        params: { name: urlKey, owner: { key: SCHEDULES[id].label } },
      });
    }
  }
  return id === 'constant' ? undefined : { id, params };
}

/** The gradient-clipping norm of a link, or undefined when it does not clip ('off' or left out); unusable keeps `kept`'s. */
export function readClipNorm(reader: LinkReader, kept: number | undefined): number | undefined {
  const raw = reader.take(URL_KEYS.clipNorm);
  if (raw === undefined || OFF_WORDS.has(raw.trim().toLowerCase())) return undefined;
  return reader.number(URL_KEYS.clipNorm, raw, CLIP_NORM_SPEC, kept ?? CLIP_NORM_SPEC.defaultValue);
}

/** Link pairs of a schedule and a clipping norm, when set. */
export function scheduleAndClippingPairs(
  schedule: ScheduleConfig | undefined,
  clipNorm: number | undefined,
): [string, string][] {
  const pairs: [string, string][] = [];
  if (schedule && SCHEDULES[schedule.id]) {
    pairs.push([URL_KEYS.schedule, SCHEDULE_URL_VALUES[schedule.id]]);
    for (const spec of SCHEDULES[schedule.id].parameters) {
      const value = new Map(Object.entries(schedule.params)).get(spec.key);
      if (typeof value === 'number') pairs.push([scheduleParamUrlKey(spec.key), formatNumber(value)]);
    }
  }
  if (typeof clipNorm === 'number') pairs.push([URL_KEYS.clipNorm, formatNumber(clipNorm)]);
  return pairs;
}
