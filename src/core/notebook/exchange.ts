/**
 * The notebook as a file: written as versioned JSON, read back with every problem named. A file is
 * taken whole or not at all, and its runs never replace runs already kept (docs/decisions/notebook.md).
 */
import { DOCTOR_RULES, type FindingId } from '../doctor/rules';
import type { MessageRef } from '../i18n/catalogue';
import { decodeExperiment, type LinkProblem } from '../link';
import { METRIC_KEYS, type MetricKey } from '../run/metricHistory';
import type { BackendName } from '../run/types';
import { messageOf } from '../util/messageOf';
import { migrateRecord } from './migrate';
import {
  type BestMetrics,
  type FinalMetrics,
  MAX_STORED_POINTS,
  NOTEBOOK_SCHEMA_VERSION,
  type NotebookRecord,
  type RaceMembership,
  type RecordedFinding,
  type RecordedStatus,
  type SeedCurves,
  type StoredSeries,
} from './record';

/** What the file says it is: a name no other program's JSON is likely to carry. */
export const NOTEBOOK_FILE_FORMAT = 'training-playground-notebook';

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

/** A problem found in a file: where (the run's place in the file and the field), and what. */
export interface ImportProblem {
  /** 1 for the file's first run; null for the file as a whole. */
  readonly run: number | null;
  /** The field's path in the run ("curves[0].testLoss.values"); '' for the file or the run as a whole. */
  readonly field: string;
  /** What is wrong, put into words when shown (a link's own problems nest messages, hence LinkProblem). */
  readonly message: LinkProblem;
}

/** A file read: its runs, in today's format, when it has no problem; else every problem found. */
export type ParsedNotebookFile =
  | { readonly isValid: true; readonly records: readonly NotebookRecord[] }
  | { readonly isValid: false; readonly problems: readonly ImportProblem[]; readonly problemCount: number };

/** JSON has no NaN or infinity: a diverged run's figures are written as these words and read back. */
const NON_FINITE_WORDS: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

const numberText = (value: number): number | string => (Number.isFinite(value) ? value : String(value));

/** The notebook's records as the text of a file (pretty enough to read, compact enough to mail). */
export function notebookFileText(records: readonly NotebookRecord[], exportedAt: number): string {
  const file = {
    format: NOTEBOOK_FILE_FORMAT,
    version: NOTEBOOK_SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    runs: records,
  };
  return JSON.stringify(file, (_key, value: unknown) =>
    typeof value === 'number' ? numberText(value) : value,
  );
}

const STATUSES: readonly RecordedStatus[] = ['training', 'paused', 'done', 'diverged', 'failed', 'stopped'];
const BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one run's fields, noting each problem with its path; returns null for a field it could not read. */
class RecordReader {
  readonly problems: ImportProblem[] = [];
  constructor(private readonly run: number) {}

  problem(field: string, key: MessageRef['key'], params?: MessageRef['params']): null {
    this.problems.push({ run: this.run, field, message: params ? { key, params } : { key } });
    return null;
  }

  text(source: Record<string, unknown>, field: string, path = field): string | null {
    const value = source[field];
    return typeof value === 'string' ? value : this.problem(path, 'notebook.import.text');
  }

  /** A number, or one of the words a non-finite one is written as when `mayBeNonFinite`. */
  number(
    value: unknown,
    path: string,
    { min = Number.NEGATIVE_INFINITY, mayBeNonFinite = false } = {},
  ): number | null {
    const read = typeof value === 'string' && mayBeNonFinite ? NON_FINITE_WORDS[value] : value;
    if (typeof read !== 'number' || (!mayBeNonFinite && !Number.isFinite(read)))
      return this.problem(path, 'notebook.import.number');
    if (read < min) return this.problem(path, 'notebook.import.atLeast', { min });
    return read;
  }

  wholeNumber(value: unknown, path: string): number | null {
    return Number.isInteger(value) && (value as number) >= 0
      ? (value as number)
      : this.problem(path, 'notebook.import.wholeNumber');
  }

  oneOf<Value extends string | null>(value: unknown, path: string, allowed: readonly Value[]): Value | null {
    if (allowed.includes(value as Value)) return value as Value;
    return this.problem(path, 'notebook.import.oneOf', {
      values: allowed.map((item) => (item === null ? 'null' : item)).join(', '),
    });
  }

  list(value: unknown, path: string): readonly unknown[] | null {
    return Array.isArray(value) ? value : this.problem(path, 'notebook.import.list');
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    return isObject(value) ? value : this.problem(path, 'notebook.import.object');
  }

  numbers(value: unknown, path: string, mayBeNonFinite: boolean): number[] | null {
    const list = this.list(value, path);
    if (!list) return null;
    const numbers: number[] = [];
    for (const [index, item] of list.entries()) {
      const read = this.number(item, `${path}[${index}]`, { mayBeNonFinite });
      // One bad point names the series once: a broken file of a thousand points lists one problem.
      if (read === null) return null;
      numbers.push(read);
    }
    return numbers;
  }

  series(value: unknown, path: string): StoredSeries | null {
    const source = this.object(value, path);
    if (!source) return null;
    const epochs = this.numbers(source.epochs, `${path}.epochs`, false);
    const values = this.numbers(source.values, `${path}.values`, true);
    if (!epochs || !values) return null;
    if (epochs.length !== values.length)
      return this.problem(path, 'notebook.import.lengths', { epochs: epochs.length, values: values.length });
    if (epochs.length > MAX_STORED_POINTS)
      return this.problem(path, 'notebook.import.tooLong', { count: epochs.length, max: MAX_STORED_POINTS });
    return { epochs, values };
  }

  curves(value: unknown): SeedCurves[] | null {
    const list = this.list(value, 'curves');
    if (!list) return null;
    const curves: SeedCurves[] = [];
    for (const [index, item] of list.entries()) {
      const source = this.object(item, `curves[${index}]`);
      if (!source) continue;
      const entries: [MetricKey, StoredSeries][] = [];
      for (const key of METRIC_KEYS) {
        const series = this.series(source[key], `curves[${index}].${key}`);
        if (series) entries.push([key, series]);
      }
      if (entries.length === METRIC_KEYS.length) curves.push(Object.fromEntries(entries) as SeedCurves);
    }
    return curves;
  }

  /** An object of figures with exactly these fields, or null (which is allowed). */
  figures<Fields extends string>(
    value: unknown,
    path: string,
    fields: readonly Fields[],
  ): Record<Fields, number> | null | undefined {
    if (value === null) return null;
    const source = this.object(value, path);
    if (!source) return undefined;
    const figures: Partial<Record<Fields, number>> = {};
    for (const field of fields) {
      const read = this.number(source[field], `${path}.${field}`, { mayBeNonFinite: true });
      if (read === null) return undefined;
      figures[field] = read;
    }
    return figures as Record<Fields, number>;
  }

  race(value: unknown): RaceMembership | null | undefined {
    if (value === null) return null;
    const source = this.object(value, 'race');
    if (!source) return undefined;
    const raceId = this.text(source, 'raceId', 'race.raceId');
    const variant = this.text(source, 'variant', 'race.variant');
    const label = this.text(source, 'label', 'race.label');
    return raceId === null || variant === null || label === null ? undefined : { raceId, variant, label };
  }

  findings(value: unknown): RecordedFinding[] | null {
    const list = this.list(value, 'findings');
    if (!list) return null;
    const findings: RecordedFinding[] = [];
    for (const [index, item] of list.entries()) {
      const path = `findings[${index}]`;
      const source = this.object(item, path);
      if (!source) continue;
      const id = source.id;
      if (typeof id !== 'string' || !Object.hasOwn(DOCTOR_RULES, id)) {
        this.problem(`${path}.id`, 'notebook.import.finding', { id: String(id) });
        continue;
      }
      const epoch = this.number(source.epoch, `${path}.epoch`);
      const evidence = this.object(source.evidence, `${path}.evidence`);
      if (epoch === null || !evidence) continue;
      const isPlain = Object.values(evidence).every(
        (entry) => typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry)),
      );
      if (!isPlain) {
        this.problem(`${path}.evidence`, 'notebook.import.evidence');
        continue;
      }
      findings.push({
        id: id as FindingId,
        epoch,
        evidence: { ...(evidence as Record<string, string | number>) },
      });
    }
    return findings;
  }

  link(source: Record<string, unknown>): string | null {
    const link = this.text(source, 'link');
    if (link === null) return null;
    // The link reader's own words say what is wrong with it.
    const [first] = decodeExperiment(link).problems;
    if (!first) return link;
    this.problems.push({ run: this.run, field: 'link', message: first });
    return null;
  }
}

const FINAL_FIELDS = ['trainLoss', 'trainAccuracy', 'testLoss', 'testAccuracy'] as const;
const BEST_FIELDS = ['testAccuracy', 'testAccuracyEpoch', 'testLoss', 'testLossEpoch'] as const;

/**
 * One run of a file in today's format, built field by field (so that nothing the app does not know
 * is kept), or the problems that stop it. Older versions are upgraded first, as stored ones are.
 */
function readRecord(
  value: unknown,
  run: number,
): { record: NotebookRecord | null; problems: ImportProblem[] } {
  const reader = new RecordReader(run);
  const source = reader.object(value, '');
  if (!source) return { record: null, problems: reader.problems };
  if (source.schemaVersion !== undefined && source.schemaVersion !== NOTEBOOK_SCHEMA_VERSION) {
    const version = source.schemaVersion;
    if (typeof version !== 'number' || version > NOTEBOOK_SCHEMA_VERSION || !Number.isInteger(version))
      reader.problem('schemaVersion', 'notebook.import.version', {
        version: String(version),
        supported: NOTEBOOK_SCHEMA_VERSION,
      });
  }
  const upgraded = reader.problems.length === 0 ? migrateRecord(revived(source)) : null;
  const fields: Record<string, unknown> = upgraded ? { ...upgraded } : source;
  const id = reader.text(fields, 'id');
  if (id !== null && id.length === 0) reader.problem('id', 'notebook.import.emptyId');
  const name = reader.text(fields, 'name');
  const note = reader.text(fields, 'note');
  const isStarred =
    typeof fields.isStarred === 'boolean'
      ? fields.isStarred
      : reader.problem('isStarred', 'notebook.import.boolean');
  const link = reader.link(fields);
  const seeds = reader.numbers(fields.seeds, 'seeds', false);
  const engine = reader.oneOf(fields.engine, 'engine', ['js', 'tfjs', null] as const);
  const backend = reader.oneOf(fields.backend, 'backend', [...BACKENDS, null] as const);
  const startedAt = reader.number(fields.startedAt, 'startedAt');
  const durationMs = reader.number(fields.durationMs, 'durationMs', { min: 0 });
  const epochs = reader.wholeNumber(fields.epochs, 'epochs');
  const status = reader.oneOf(fields.status, 'status', STATUSES);
  const race = reader.race(fields.race);
  const trainingSetSize = reader.wholeNumber(fields.trainingSetSize, 'trainingSetSize');
  const curves = reader.curves(fields.curves);
  const final = reader.figures(fields.final, 'final', FINAL_FIELDS);
  const best = reader.figures(fields.best, 'best', BEST_FIELDS);
  const findings = reader.findings(fields.findings);
  if (reader.problems.length > 0) return { record: null, problems: reader.problems };
  const record: NotebookRecord = {
    schemaVersion: NOTEBOOK_SCHEMA_VERSION,
    id: id as string,
    name: name as string,
    note: note as string,
    isStarred: isStarred as boolean,
    link: link as string,
    seeds: seeds as number[],
    engine,
    backend,
    startedAt: startedAt as number,
    durationMs: durationMs as number,
    epochs: epochs as number,
    status: status as RecordedStatus,
    race: race as RaceMembership | null,
    trainingSetSize: trainingSetSize as number,
    curves: curves as SeedCurves[],
    final: final as FinalMetrics | null,
    best: best as BestMetrics | null,
    findings: findings as RecordedFinding[],
  };
  return { record, problems: [] };
}

/** A version-0 run's curves hold the words of non-finite figures: its migration wants numbers. */
function revived(source: Record<string, unknown>): Record<string, unknown> {
  if (source.schemaVersion !== undefined || !isObject(source.history)) return source;
  const history = Object.fromEntries(
    Object.entries(source.history).map(([key, values]) => [
      key,
      Array.isArray(values)
        ? values.map((item) => (typeof item === 'string' ? (NON_FINITE_WORDS[item] ?? item) : item))
        : values,
    ]),
  );
  return { ...source, history };
}

/** Reads a file's text: its runs when every one is sound, else every problem (the first MAX_LISTED_PROBLEMS). */
export function parseNotebookFile(text: string): ParsedNotebookFile {
  const refuse = (message: MessageRef): ParsedNotebookFile => ({
    isValid: false,
    problems: [{ run: null, field: '', message }],
    problemCount: 1,
  });
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return refuse({ key: 'notebook.import.notJson', params: { detail: messageOf(error) } });
  }
  if (!isObject(file) || file.format !== NOTEBOOK_FILE_FORMAT)
    return refuse({ key: 'notebook.import.foreign' });
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse({
      key: 'notebook.import.version',
      params: { version: String(version), supported: NOTEBOOK_SCHEMA_VERSION },
    });
  if (version > NOTEBOOK_SCHEMA_VERSION)
    return refuse({
      key: 'notebook.import.version',
      params: { version, supported: NOTEBOOK_SCHEMA_VERSION },
    });
  if (!Array.isArray(file.runs)) return refuse({ key: 'notebook.import.noRuns' });
  if (file.runs.length === 0) return refuse({ key: 'notebook.import.empty' });
  const records: NotebookRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const [index, value] of file.runs.entries()) {
    const read = readRecord(value, index + 1);
    if (read.record) records.push(read.record);
    problems.push(...read.problems);
  }
  if (problems.length > 0)
    return {
      isValid: false,
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      problemCount: problems.length,
    };
  return { isValid: true, records };
}

/** The runs of a file that are new to the notebook: a run whose id is already kept (or came earlier in the file) is a duplicate. */
export function newRecordsOf(
  existing: readonly Pick<NotebookRecord, 'id'>[],
  incoming: readonly NotebookRecord[],
): { added: NotebookRecord[]; duplicates: NotebookRecord[] } {
  const ids = new Set(existing.map((record) => record.id));
  const added: NotebookRecord[] = [];
  const duplicates: NotebookRecord[] = [];
  for (const record of incoming) {
    if (ids.has(record.id)) duplicates.push(record);
    else {
      ids.add(record.id);
      added.push(record);
    }
  }
  return { added, duplicates };
}
