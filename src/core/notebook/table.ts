import { shortSettingName, variantDifferences } from '../compare/differences';
import { DOCTOR_RULES } from '../doctor/rules';
import type { Experiment } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { t } from '../i18n/translate';
import { decodeExperiment } from '../link';
import { DATASETS } from '../registries/datasets';
import { OPTIMIZERS } from '../registries/optimizers';
import type { NotebookRecord, RecordedFinding } from './record';

/** A column of the notebook's table that it can be sorted by. */
export const NOTEBOOK_COLUMNS = [
  'name',
  'finalAccuracy',
  'bestAccuracy',
  'testLoss',
  'epochs',
  'time',
  'dataset',
  'optimizer',
  'learningRate',
  'batchSize',
  'layers',
  'diagnosis',
] as const;

/** A sortable column, or the start time (the default order, newest first). */
export type NotebookColumn = (typeof NOTEBOOK_COLUMNS)[number] | 'started';

/** How the table is sorted. */
export interface NotebookSort {
  readonly column: NotebookColumn;
  readonly isDescending: boolean;
}

/** The order a notebook opens in: the newest run first. */
export const DEFAULT_NOTEBOOK_SORT: NotebookSort = { column: 'started', isDescending: true };

/** One row of the table: the record and the values its columns show and sort by. */
export interface NotebookRow {
  readonly record: NotebookRecord;
  readonly experiment: Experiment;
  readonly finalAccuracy: number | null;
  readonly bestAccuracy: number | null;
  readonly testLoss: number | null;
  readonly dataset: string;
  readonly optimizer: string;
  readonly learningRate: number | null;
  readonly batchSize: number;
  /** The hidden layers as the link writes them ("16-relu,16-relu"). */
  readonly layers: string;
  readonly layerCount: number;
  /** The doctor's worst finding at the run's last write, or null when it found nothing. */
  readonly worstFinding: RecordedFinding | null;
}

/** Decoded experiments by link: a record's link never changes, and decoding a thousand costs tens of milliseconds. */
const experiments = new Map<string, Experiment>();

/** The experiment a record's link describes (decoded once per link). */
export function experimentOf(record: Pick<NotebookRecord, 'link'>): Experiment {
  let experiment = experiments.get(record.link);
  if (!experiment) {
    experiment = decodeExperiment(record.link).experiment;
    experiments.set(record.link, experiment);
  }
  return experiment;
}

/** The value of a link's key in a query ("lr" in "…&lr=0.01&…"), or '' when absent. */
export function linkValue(link: string, key: string): string {
  return linkPairs(link).get(key) ?? '';
}

/** A link's keys and values, in the order written, unescaped; the version is left out. */
export function linkPairs(link: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of link.split('&')) {
    if (part.length === 0) continue;
    const at = part.indexOf('=');
    const key = decodeURIComponent(at < 0 ? part : part.slice(0, at));
    const value = at < 0 ? '' : decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' '));
    if (key !== 'v') pairs.set(key, value);
  }
  return pairs;
}

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** A data set's name in the page's language (its id for one this version does not know). */
function datasetName(id: string): string {
  const spec = (DATASETS as Readonly<Record<string, { readonly label: MessageKey } | undefined>>)[id];
  return spec ? t(spec.label) : id;
}

/** The worst of a record's findings by the doctor's rank (they are stored worst first; imports may not be). */
function worstOf(findings: readonly RecordedFinding[]): RecordedFinding | null {
  let worst: RecordedFinding | null = null;
  for (const finding of findings)
    if (!worst || DOCTOR_RULES[finding.id].rank < DOCTOR_RULES[worst.id].rank) worst = finding;
  return worst;
}

/** The row of a record: what each column shows. */
export function rowOf(record: NotebookRecord): NotebookRow {
  const experiment = experimentOf(record);
  const learningRate = experiment.optimizer.params.learningRate;
  return {
    record,
    experiment,
    finalAccuracy: finiteOrNull(record.final?.testAccuracy),
    bestAccuracy: finiteOrNull(record.best?.testAccuracy),
    testLoss: finiteOrNull(record.final?.testLoss),
    dataset: datasetName(experiment.dataset.id),
    optimizer: t(OPTIMIZERS[experiment.optimizer.id].label),
    learningRate: typeof learningRate === 'number' ? learningRate : null,
    batchSize: experiment.training.batchSize,
    layers: linkValue(record.link, 'layers'),
    layerCount: experiment.model.hiddenLayers.length,
    worstFinding: worstOf(record.findings),
  };
}

type SortValue = number | string | null;

const sortValue = (row: NotebookRow, column: NotebookColumn): SortValue => {
  switch (column) {
    case 'name':
      return row.record.name;
    case 'finalAccuracy':
      return row.finalAccuracy;
    case 'bestAccuracy':
      return row.bestAccuracy;
    case 'testLoss':
      return row.testLoss;
    case 'epochs':
      return row.record.epochs;
    case 'time':
      return row.record.durationMs;
    case 'dataset':
      return row.dataset;
    case 'optimizer':
      return row.optimizer;
    case 'learningRate':
      return row.learningRate;
    case 'batchSize':
      return row.batchSize;
    case 'layers':
      // Deeper stacks after shallower ones, then by their text.
      return `${String(row.layerCount).padStart(2, '0')} ${row.layers}`;
    case 'diagnosis':
      // Ascending puts the worst first; a run with no finding has no value and sits at the end.
      return row.worstFinding ? DOCTOR_RULES[row.worstFinding.id].rank : null;
    case 'started':
      return row.record.startedAt;
  }
};

/** Orders two values ascending: numbers by size, texts as a person reads them; an empty value always last. */
function compareValues(a: SortValue, b: SortValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** The rows in the order asked for; ties keep the newest run first; runs with no value sit at the end either way. */
export function sortRows(rows: readonly NotebookRow[], sort: NotebookSort): NotebookRow[] {
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.column) }));
  keyed.sort((a, b) => {
    const isMissing = (value: SortValue): boolean => value === null;
    if (isMissing(a.value) !== isMissing(b.value)) return isMissing(a.value) ? 1 : -1;
    const order = compareValues(a.value, b.value);
    if (order !== 0) return sort.isDescending ? -order : order;
    return b.row.record.startedAt - a.row.record.startedAt;
  });
  return keyed.map((entry) => entry.row);
}

/** What the filters ask: words every shown run contains, and whether only starred runs show. */
export interface NotebookFilter {
  readonly text: string;
  readonly isStarredOnly: boolean;
}

/** The rows the filters let through: every word of the text in the run's name, note, settings or link. */
export function filterRows(rows: readonly NotebookRow[], filter: NotebookFilter): NotebookRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.isStarredOnly && !row.record.isStarred) return false;
    if (words.length === 0) return true;
    const haystack = [
      row.record.name,
      row.record.note,
      row.dataset,
      row.optimizer,
      row.layers,
      row.record.link,
      row.record.race?.label ?? '',
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * What a past run changes from the experiment in the panels, in the comparison's short words
 * ("lr 0.1, batch 32"), the data set first when it differs; empty when nothing does.
 */
export function differencesFrom(current: Experiment, past: Experiment): string[] {
  const parts: string[] = [];
  if (current.dataset.id !== past.dataset.id) parts.push(datasetName(past.dataset.id));
  for (const difference of variantDifferences([current, past])) {
    const value = difference.values[1] ?? '';
    const isSelfNamed = difference.path === 'optimizer' || difference.path === 'loss';
    parts.push(isSelfNamed ? value : `${shortSettingName(difference)} ${value}`);
  }
  return parts;
}
