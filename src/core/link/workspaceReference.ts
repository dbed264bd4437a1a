/** Rows and rules of the link reference for version 2: comparison variants and the whole-link settings. */
import { CHART_X_AXES, DEFAULT_CHART_OPTIONS } from '../chart/chartOptions';
import { DEFAULT_TEACHING, MAX_VARIANTS, TEACHING_TARGETS } from '../compare/workspace';
import type { MessageKey } from '../i18n/catalogue';
import { en } from '../i18n/catalogues/en';
import { LANGUAGES } from '../i18n/languages';
import type { NumberParameterSpec } from '../registries/parameters';
import { formatNumber } from '../util/numberText';
import {
  READABLE_URL_VERSIONS,
  TEACHING_URL_VALUES,
  URL_KEYS,
  URL_VERSION,
  VARIANT_LETTERS,
  WORKSPACE_URL_KEYS,
  X_AXIS_URL_VALUES,
} from './keys';
import { SHARED_DATASET_URL_KEYS } from './variants';
import { SEED_COUNT_SPEC, SMOOTHING_SPEC, TARGET_PERCENT_SPEC } from './workspaceSettings';

const code = (text: string): string => `\`${text}\``;

const range = (spec: NumberParameterSpec): string =>
  `${spec.isInteger ? 'whole number' : 'number'} ${formatNumber(spec.min)} to ${formatNumber(spec.max)}`;

const flag = (isOn: boolean): string => code(isOn ? '1' : '0');

/** A link word, with the chart's English label when it says more ("`time` (wall-clock time)"). */
const xAxisText = (word: string, label: MessageKey): string =>
  en[label].toLowerCase() === word ? code(word) : `${code(word)} (${en[label].toLowerCase()})`;

/** The `v` row: the version written, and the versions read. */
export function versionRow(): string {
  const older = READABLE_URL_VERSIONS.filter((version) => version !== URL_VERSION).map((version) =>
    code(String(version)),
  );
  return `| ${code(URL_KEYS.version)} | Link format version | ${code(String(URL_VERSION))}; ${older.join(', ')} and none read as before | ${code(String(URL_VERSION))} |`;
}

/** Rows of the settings of the whole link: seeds, chart, target accuracy and a teacher's options. */
export function workspaceRows(): string[] {
  const keys = WORKSPACE_URL_KEYS;
  const parts = TEACHING_TARGETS.map((target) => code(TEACHING_URL_VALUES[target])).join(', ');
  const onOff = `${code('1')} or ${code('0')}`;
  return [
    `| ${code(keys.seedCount)} | ${en[SEED_COUNT_SPEC.label]}: each variant trains with seeds ${code('seed')}, +1, … | ${range(SEED_COUNT_SPEC)} | ${code(formatNumber(SEED_COUNT_SPEC.defaultValue))} |`,
    `| ${code(keys.xAxis)} | Chart x-axis | ${CHART_X_AXES.map(({ id, label }) => xAxisText(X_AXIS_URL_VALUES[id], label)).join(', ')} | ${code(X_AXIS_URL_VALUES[DEFAULT_CHART_OPTIONS.xAxis])} |`,
    `| ${code(keys.smoothing)} | Curve smoothing (moving-average weight) | ${range(SMOOTHING_SPEC)} | ${code(formatNumber(SMOOTHING_SPEC.defaultValue))} |`,
    `| ${code(keys.isLogScale)} | Log-scale y-axis | ${onOff} | ${flag(DEFAULT_CHART_OPTIONS.isLogScale)} |`,
    `| ${code(keys.targetAccuracy)} | Summary table's target test accuracy, in percent | ${range(TARGET_PERCENT_SPEC)} | ${code(formatNumber(TARGET_PERCENT_SPEC.defaultValue))} |`,
    `| ${code(keys.hidden)} | Teaching: parts of the page not shown | comma-separated, any of ${parts} | none |`,
    `| ${code(keys.locked)} | Teaching: parts shown but not editable | comma-separated, any of ${parts} | none |`,
    `| ${code(keys.autostart)} | Teaching: start training when the page opens | ${onOff} | ${flag(DEFAULT_TEACHING.autostart)} |`,
    `| ${code(keys.present)} | Teaching: present mode, large type for a projector | ${onOff} | ${flag(DEFAULT_TEACHING.present)} |`,
    `| ${code(keys.language)} | Language of the page; written when not English, or when a teacher locks or hides the switch | ${LANGUAGES.map(({ id }) => code(id)).join(', ')} | the person's own |`,
  ];
}

/** How a link writes comparison variants, and how older and unknown versions read. */
export function variantsNote(): string {
  const letters = VARIANT_LETTERS.map((letter) => letter.toUpperCase());
  const lastLetter = letters[letters.length - 1] ?? 'A';
  const shared = [...SHARED_DATASET_URL_KEYS].map(code).join(', ');
  const secondLetter = VARIANT_LETTERS[1] ?? 'c';
  const thirdLetter = VARIANT_LETTERS[2] ?? 'd';
  return [
    `**Comparisons.** A link holds up to ${MAX_VARIANTS} variants, A to ${lastLetter}. Variant A's keys have no prefix; ` +
      `each later variant writes only what differs from A, every key prefixed with its letter and a dot: ` +
      `${code('b.opt=sgd&b.lr=0.1')}, ${code(`${secondLetter}.layers=8-relu`)}. A variant reads as A's settings with its own laid ` +
      `over them: a setting its optimizer or schedule shares with A's (${code('lr')}, ${code('momentum')}) is A's unless written, ` +
      `one only A's has is dropped, one only its own has takes the default above. A setting A has and the variant lacks is ` +
      `written with an empty value (${code('b.sched=')}, ${code('b.clipnorm=')}); a variant equal to A names its optimizer ` +
      `(${code('b.opt=adam')}). A value a variant cannot use keeps A's, with a notice naming the variant.`,
    '',
    `Every variant uses A's data set, so ${shared} under a prefix are ignored with a notice, as are the keys of the ` +
      `whole link (${code(URL_KEYS.version)}, ${Object.values(WORKSPACE_URL_KEYS).map(code).join(', ')}); its settings ` +
      `are written only when they differ from their default. Letters follow each other: a ${code(`${thirdLetter}.`)} ` +
      `without ${code(`${secondLetter}.`)} becomes the next variant, with a notice; other prefixes are ignored with a notice.`,
    '',
    `**Versions.** Links are written with ${code(`${URL_KEYS.version}=${URL_VERSION}`)}. A version-1 link (one experiment, ` +
      `${code(`${URL_KEYS.version}=1`)} or no ${code(URL_KEYS.version)}) is a version-${URL_VERSION} link without variants ` +
      'and reads exactly as before; an unknown version is read as the current one, with a notice.',
  ].join('\n');
}
