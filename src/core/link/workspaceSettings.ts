/**
 * The link settings around the variants: seeds per variant, chart options, the summary table's
 * target accuracy and a teacher's options. Each is written only when it differs from its default,
 * so that a link of one experiment stays as short as a version-1 link.
 */
import {
  CHART_X_AXES,
  type ChartXAxis,
  DEFAULT_CHART_OPTIONS,
  SMOOTHING_LIMITS,
} from '../chart/chartOptions';
import {
  DEFAULT_TARGET_ACCURACY,
  DEFAULT_TEACHING,
  SEED_COUNT_LIMITS,
  TARGET_ACCURACY_LIMITS,
  TEACHING_TARGETS,
  type TeachingTarget,
  type Workspace,
} from '../compare/workspace';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, languageOfWord } from '../i18n/languages';
import type { NumberParameterSpec } from '../registries/parameters';
import { formatNumber } from '../util/numberText';
import { TEACHING_URL_VALUES, WORKSPACE_URL_KEYS, X_AXIS_URL_VALUES } from './keys';
import { quote } from './query';
import type { LinkReader } from './reader';

/** Everything a link holds besides its variants. */
export type WorkspaceSettings = Omit<Workspace, 'variants'>;

/** Seeds each variant trains with. */
export const SEED_COUNT_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'seedCount',
  label: 'link.seedCount.label',
  help: 'link.seedCount.help',
  defaultValue: SEED_COUNT_LIMITS.min,
  min: SEED_COUNT_LIMITS.min,
  max: SEED_COUNT_LIMITS.max,
  isInteger: true,
  scale: 'linear',
};

/** Smoothing weight of the curves. */
export const SMOOTHING_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'smoothing',
  label: 'link.smoothing.label',
  help: 'link.smoothing.help',
  defaultValue: DEFAULT_CHART_OPTIONS.smoothing,
  min: SMOOTHING_LIMITS.min,
  max: SMOOTHING_LIMITS.max,
  isInteger: false,
  scale: 'linear',
};

/** The target accuracy as people write it, in percent (the workspace holds a fraction). */
export const TARGET_PERCENT_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'targetAccuracy',
  label: 'link.targetAccuracy.label',
  help: 'link.targetAccuracy.help',
  defaultValue: DEFAULT_TARGET_ACCURACY * 100,
  min: TARGET_ACCURACY_LIMITS.min * 100,
  max: TARGET_ACCURACY_LIMITS.max * 100,
  isInteger: false,
  scale: 'linear',
};

const X_AXIS_WORDS = new Map(CHART_X_AXES.map(({ id }) => [X_AXIS_URL_VALUES[id], id] as const));

const TEACHING_WORDS = new Map<string, TeachingTarget>(
  TEACHING_TARGETS.flatMap((target) => [
    [TEACHING_URL_VALUES[target], target] as const,
    [target.toLowerCase(), target] as const,
  ]),
);

/** Doubles next to `value` (one and two steps either way), found through its bits. */
function neighbours(value: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigInt64(0);
  return [-2n, -1n, 1n, 2n].map((step) => {
    view.setBigInt64(0, bits + step);
    return view.getFloat64(0);
  });
}

/**
 * The shortest percent text whose value / 100 is exactly `fraction`. A fraction made from a typed
 * percent (p / 100) always has one within two steps of fraction × 100, which may itself be off by
 * a step (0.07 × 100 = 7.000000000000001); any other fraction gets its nearest percent.
 */
export function percentText(fraction: number): string {
  const near = fraction * 100;
  const candidates = [near, ...neighbours(near)].filter(Number.isFinite);
  for (let digits = 1; digits <= 17; digits++) {
    for (const candidate of candidates) {
      const rounded = Number(candidate.toPrecision(digits));
      if (rounded / 100 === fraction) return formatNumber(rounded);
    }
  }
  return formatNumber(near);
}

const listText = (targets: readonly TeachingTarget[]): string =>
  targets.map((target) => TEACHING_URL_VALUES[target]).join(',');

/** Whether a teacher's link locks or hides the language switch: its language is then the class's, even English. */
const fixesLanguage = (teaching: WorkspaceSettings['teaching']): boolean =>
  teaching.hidden.includes('language') || teaching.locked.includes('language');

/** The language a link asks for, or null when it names none (or one the app does not speak, noticed). */
function readLanguage(reader: LinkReader): Language | null {
  const raw = reader.take(WORKSPACE_URL_KEYS.language);
  if (raw === undefined) return null;
  const language = languageOfWord(raw);
  if (language === null) {
    const choices = LANGUAGES.map((entry) => entry.id).join(', ');
    reader.problems.push({
      key: 'link.unknownLanguage',
      params: { name: WORKSPACE_URL_KEYS.language, value: quote(raw), choices },
    });
  }
  return language;
}

/**
 * The link pairs of the settings that differ from their defaults, in reference order. English, the
 * default, is written only when the link fixes it or `namesLanguage` asks (the Share panel's choice).
 */
export function settingsPairs(settings: WorkspaceSettings, namesLanguage = false): [string, string][] {
  const keys = WORKSPACE_URL_KEYS;
  const { chartOptions, teaching } = settings;
  const pairs: [string, string][] = [];
  if (settings.seedCount !== SEED_COUNT_SPEC.defaultValue)
    pairs.push([keys.seedCount, formatNumber(settings.seedCount)]);
  if (chartOptions.xAxis !== DEFAULT_CHART_OPTIONS.xAxis)
    pairs.push([keys.xAxis, X_AXIS_URL_VALUES[chartOptions.xAxis]]);
  if (chartOptions.smoothing !== DEFAULT_CHART_OPTIONS.smoothing)
    pairs.push([keys.smoothing, formatNumber(chartOptions.smoothing)]);
  if (chartOptions.isLogScale) pairs.push([keys.isLogScale, '1']);
  if (settings.targetAccuracy !== DEFAULT_TARGET_ACCURACY)
    pairs.push([keys.targetAccuracy, percentText(settings.targetAccuracy)]);
  if (teaching.hidden.length > 0) pairs.push([keys.hidden, listText(teaching.hidden)]);
  if (teaching.locked.length > 0) pairs.push([keys.locked, listText(teaching.locked)]);
  if (teaching.autostart) pairs.push([keys.autostart, '1']);
  if (teaching.present) pairs.push([keys.present, '1']);
  if (
    settings.language !== null &&
    (namesLanguage || settings.language !== DEFAULT_LANGUAGE || fixesLanguage(teaching))
  )
    pairs.push([keys.language, settings.language]);
  return pairs;
}

/** A comma-separated list of parts of the page, in link order without repeats; unknown words noticed. */
function readTargets(
  reader: LinkReader,
  key: string,
  notice: 'link.notHideable' | 'link.notLockable',
): TeachingTarget[] {
  const raw = reader.take(key);
  if (raw === undefined) return [];
  const targets: TeachingTarget[] = [];
  for (const word of raw.split(',').map((part) => part.trim())) {
    if (word === '') continue;
    const target = TEACHING_WORDS.get(word.toLowerCase());
    if (target === undefined) {
      const choices = TEACHING_TARGETS.map((known) => TEACHING_URL_VALUES[known]).join(', ');
      reader.problems.push({ key: notice, params: { name: key, value: quote(word), choices } });
    } else if (!targets.includes(target)) {
      targets.push(target);
    }
  }
  return targets;
}

/** The settings of a link's whole-link pairs; each one left out or unusable keeps its default. */
export function readSettings(reader: LinkReader): WorkspaceSettings {
  const keys = WORKSPACE_URL_KEYS;
  const number = (key: string, spec: NumberParameterSpec): number =>
    reader.number(key, reader.take(key), spec, spec.defaultValue);
  const seedCount = number(keys.seedCount, SEED_COUNT_SPEC);
  const xAxis = reader.word<ChartXAxis>(
    keys.xAxis,
    X_AXIS_WORDS,
    CHART_X_AXES.map(({ id }) => X_AXIS_URL_VALUES[id]),
    DEFAULT_CHART_OPTIONS.xAxis,
    'link.what.xAxis',
  );
  const smoothing = number(keys.smoothing, SMOOTHING_SPEC);
  const isLogScale = reader.flag(keys.isLogScale, DEFAULT_CHART_OPTIONS.isLogScale);
  const targetAccuracy = number(keys.targetAccuracy, TARGET_PERCENT_SPEC) / 100;
  const hidden = readTargets(reader, keys.hidden, 'link.notHideable');
  const locked = readTargets(reader, keys.locked, 'link.notLockable');
  const autostart = reader.flag(keys.autostart, DEFAULT_TEACHING.autostart);
  const present = reader.flag(keys.present, DEFAULT_TEACHING.present);
  return {
    seedCount,
    chartOptions: { xAxis, smoothing, isLogScale },
    targetAccuracy,
    teaching: { hidden, locked, autostart, present },
    language: readLanguage(reader),
  };
}
