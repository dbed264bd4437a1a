/**
 * Comparison variants in a link (format version 2). Variant A is written as a version-1 experiment;
 * each later variant writes only what differs from A, its keys prefixed with its letter
 * (`b.opt=sgd&b.lr=0.1`), and an empty value for a setting A has and it lacks (`b.sched=`).
 * Reading a variant lays its pairs over A's and reads the result like any experiment.
 */
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { OptimizerId, ScheduleId } from '../experiment/experiment';
import { formatNumber } from '../util/numberText';
import { SCHEDULE_WORDS } from './ingredients';
import {
  DATASET_URL_FIELDS,
  optimizerParamUrlKeys,
  scheduleParamUrlKeys,
  URL_KEYS,
  VARIANT_LETTERS,
  WORKSPACE_URL_KEYS,
} from './keys';
import type { LinkProblem } from './problems';
import { quote } from './query';
import { OPTIMIZER_WORDS } from './reader';

/** Keys of the data set, which every variant shares with variant A. */
export const SHARED_DATASET_URL_KEYS: ReadonlySet<string> = new Set([
  URL_KEYS.dataset,
  URL_KEYS.classes,
  ...DATASET_URL_FIELDS.map((field) => field.urlKey),
]);

const OPTIMIZER_PARAM_KEYS = optimizerParamUrlKeys();
const SCHEDULE_PARAM_KEYS = scheduleParamUrlKeys();

/** Keys that belong to the whole link: the version and the settings around the variants. */
const WHOLE_LINK_KEYS: ReadonlySet<string> = new Set([
  URL_KEYS.version,
  ...Object.values(WORKSPACE_URL_KEYS),
]);

const SETTINGS_KEYS: ReadonlySet<string> = new Set(Object.values(WORKSPACE_URL_KEYS));

/** A one-letter prefix and the key after its dot; `s` because a key may hold any character. */
const PREFIXED_KEY = /^([a-z])\.(.*)$/s;

/** One variant's pairs as the link writes them, prefix removed. */
export interface WrittenVariant {
  /** Its prefix letter in the link ('b', 'c' or 'd'). */
  readonly letter: string;
  readonly pairs: Map<string, string>;
}

/** A link's pairs sorted by what they describe. */
export interface LinkParts {
  readonly version: string | undefined;
  /** Variant A's pairs, with any key nobody knows, which A's reader reports. */
  readonly experiment: Map<string, string>;
  /** The settings of the whole link (seeds, chart, target, teaching). */
  readonly settings: Map<string, string>;
  /** The variants after A the link writes, in letter order. */
  readonly variants: readonly WrittenVariant[];
  /** Notices about prefixed keys that name no variant. */
  readonly problems: LinkProblem[];
}

/** Sorts a link's pairs into version, variant A, whole-link settings and the prefixed variants. */
export function splitLinkPairs(pairs: ReadonlyMap<string, string>): LinkParts {
  const experiment = new Map<string, string>();
  const settings = new Map<string, string>();
  const byLetter = new Map<string, Map<string, string>>();
  const problems: LinkProblem[] = [];
  const lastLetter = VARIANT_LETTERS[VARIANT_LETTERS.length - 1] ?? 'a';
  for (const [key, value] of pairs) {
    if (key === URL_KEYS.version) continue;
    if (SETTINGS_KEYS.has(key)) {
      settings.set(key, value);
      continue;
    }
    const prefixed = PREFIXED_KEY.exec(key);
    if (!prefixed) {
      experiment.set(key, value);
      continue;
    }
    const [, letter = '', rest = ''] = prefixed;
    if (VARIANT_LETTERS.includes(letter)) {
      const own = byLetter.get(letter) ?? new Map<string, string>();
      own.set(rest, value);
      byLetter.set(letter, own);
    } else if (letter === 'a') {
      problems.push({ key: 'link.prefixA', params: { key: quote(key) } });
    } else {
      problems.push({
        key: 'link.tooManyVariants',
        params: { key: quote(key), count: VARIANT_LETTERS.length + 1, last: lastLetter.toUpperCase() },
      });
    }
  }
  const variants = VARIANT_LETTERS.flatMap((letter) => {
    const own = byLetter.get(letter);
    return own ? [{ letter, pairs: own }] : [];
  });
  return { version: pairs.get(URL_KEYS.version), experiment, settings, variants, problems };
}

/** What a variant may set itself: its pairs without the shared data set and the whole-link settings, each noticed. */
export function variantOwnPairs(own: ReadonlyMap<string, string>): {
  pairs: Map<string, string>;
  problems: LinkProblem[];
} {
  const pairs = new Map<string, string>();
  const sharedData: string[] = [];
  const wholeLink: string[] = [];
  for (const [key, value] of own) {
    if (SHARED_DATASET_URL_KEYS.has(key)) sharedData.push(key);
    else if (WHOLE_LINK_KEYS.has(key)) wholeLink.push(key);
    else pairs.set(key, value);
  }
  const problems: LinkProblem[] = [];
  if (sharedData.length > 0)
    problems.push({ key: 'link.sharedData', params: { keys: sharedData.join(', ') } });
  if (wholeLink.length > 0) problems.push({ key: 'link.wholeLink', params: { keys: wholeLink.join(', ') } });
  return { pairs, problems };
}

/** The optimizer a variant's reader will use: the written one when known, else the one it keeps (A's). */
function effectiveOptimizer(
  merged: ReadonlyMap<string, string>,
  base: ReadonlyMap<string, string>,
): OptimizerId {
  const known = (word: string | undefined): OptimizerId | undefined =>
    word === undefined ? undefined : OPTIMIZER_WORDS.get(word.toLowerCase());
  return (
    known(merged.get(URL_KEYS.optimizer)) ??
    known(base.get(URL_KEYS.optimizer)) ??
    DEFAULT_EXPERIMENT.optimizer.id
  );
}

/** The schedule a variant's reader will use: an unknown or absent one reads as constant. */
function effectiveSchedule(merged: ReadonlyMap<string, string>): ScheduleId {
  return SCHEDULE_WORDS.get((merged.get(URL_KEYS.schedule) ?? '').toLowerCase()) ?? 'constant';
}

/**
 * A variant's pairs: A's `base` pairs overlaid with its `own`, where an empty value removes the
 * key. Settings inherited from A that the variant's optimizer or schedule does not have (A's
 * beta1 under `b.opt=sgd`) are dropped quietly: the variant never wrote them.
 */
export function overlayVariantPairs(
  base: ReadonlyMap<string, string>,
  own: ReadonlyMap<string, string>,
): Map<string, string> {
  const merged = new Map(base);
  for (const [key, value] of own) {
    if (value === '') merged.delete(key);
    else merged.set(key, value);
  }
  const optimizer = effectiveOptimizer(merged, base);
  for (const [key, uses] of OPTIMIZER_PARAM_KEYS) {
    if (!own.has(key) && !uses.some((use) => use.id === optimizer)) merged.delete(key);
  }
  const schedule = effectiveSchedule(merged);
  for (const [key, uses] of SCHEDULE_PARAM_KEYS) {
    if (!own.has(key) && !uses.some((use) => use.id === schedule)) merged.delete(key);
  }
  return merged;
}

/**
 * The text the reader gives an optimizer or schedule setting that a variant's pairs leave out and
 * A's do not provide: the registry's default for the variant's optimizer or schedule.
 */
function registryDefaultText(key: string, wanted: ReadonlyMap<string, string>): string | undefined {
  const optimizer = OPTIMIZER_WORDS.get((wanted.get(URL_KEYS.optimizer) ?? '').toLowerCase());
  const schedule = SCHEDULE_WORDS.get((wanted.get(URL_KEYS.schedule) ?? '').toLowerCase());
  const use =
    OPTIMIZER_PARAM_KEYS.get(key)?.find((candidate) => candidate.id === optimizer) ??
    SCHEDULE_PARAM_KEYS.get(key)?.find((candidate) => candidate.id === schedule);
  if (use === undefined) return undefined;
  const value = use.spec.defaultValue;
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/**
 * The fewest pairs that turn A's complete pairs into the variant's under overlayVariantPairs:
 * what differs (less the settings of a new optimizer or schedule at their defaults, which the
 * reader fills in), then an empty value for what A has and the variant lacks. A variant equal to
 * A still names its optimizer, so that the link keeps it.
 */
export function variantDiffPairs(
  aPairs: readonly (readonly [string, string])[],
  variantPairs: readonly (readonly [string, string])[],
): [string, string][] {
  const base = new Map(aPairs);
  const wanted = new Map(variantPairs);
  const differing: [string, string][] = variantPairs
    .filter(([key, value]) => !SHARED_DATASET_URL_KEYS.has(key) && base.get(key) !== value)
    .map(([key, value]) => [key, value]);
  const lacking = [...base.keys()].filter((key) => !SHARED_DATASET_URL_KEYS.has(key) && !wanted.has(key));
  const isDroppedQuietly = (key: string): boolean =>
    OPTIMIZER_PARAM_KEYS.has(key) || SCHEDULE_PARAM_KEYS.has(key);
  // Settings of an optimizer or schedule are dropped with it, once the rest is written.
  const removed: [string, string][] = lacking.filter((key) => !isDroppedQuietly(key)).map((key) => [key, '']);
  const merged = overlayVariantPairs(base, new Map([...differing, ...removed]));
  // A setting A lacks is read at its default when left out (a new optimizer's momentum=0).
  const written = differing.filter(
    ([key, value]) => base.has(key) || registryDefaultText(key, wanted) !== value,
  );
  for (const key of lacking) if (isDroppedQuietly(key) && merged.has(key)) removed.push([key, '']);
  const pairs = [...written, ...removed];
  if (pairs.length > 0) return pairs;
  return [[URL_KEYS.optimizer, wanted.get(URL_KEYS.optimizer) ?? base.get(URL_KEYS.optimizer) ?? '']];
}
