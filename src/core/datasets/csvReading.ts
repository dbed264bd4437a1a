/** A person's CSV file from text to the answer the panel shows: dialect, column table, data set or problems. */

import type { MessageRef } from '../i18n/catalogue';
import { type CsvDialect, detectDialect } from './csvDialect';
import {
  type BuildReport,
  buildCsvDataset,
  type ColumnSummary,
  type CsvSettings,
  defaultSettings,
  describeColumns,
  readCsvTable,
  type TableResult,
} from './csvTable';
import type { CustomDataset } from './custom';

/** A file read with one dialect: its table (or why not) and its columns described. */
export interface ParsedFile {
  readonly detected: CsvDialect;
  readonly dialect: CsvDialect;
  readonly table: TableResult;
  readonly columns: readonly ColumnSummary[];
}

/** The outcome of a file with some settings: a data set and what was done to it, or every problem. */
export type CsvOutcome =
  | { readonly ok: true; readonly dataset: CustomDataset; readonly report: BuildReport }
  | { readonly ok: false; readonly problems: readonly MessageRef[]; readonly problemCount: number };

/** What the panel shows of a file: the dialect detected and used, its columns, the settings tried, the outcome. */
export interface CsvReading {
  readonly detected: CsvDialect;
  readonly dialect: CsvDialect;
  readonly columns: readonly ColumnSummary[];
  readonly rowCount: number;
  readonly settings: CsvSettings;
  readonly outcome: CsvOutcome;
}

/** Limits of a person's file. */
export interface CsvLimits {
  readonly maxRows: number;
  readonly maxClasses: number;
}

/** Reads text with a dialect (detected when absent); `onProgress` hears the characters read. */
export function parseFile(
  text: string,
  dialect: CsvDialect | undefined,
  limits: CsvLimits,
  onProgress?: (doneChars: number, totalChars: number) => void,
): ParsedFile {
  const detected = detectDialect(text);
  const used = dialect ?? detected;
  const table = readCsvTable(text, used, { maxRows: limits.maxRows, ...(onProgress ? { onProgress } : {}) });
  const columns = table.ok ? describeColumns(table.table, used.decimalMark) : [];
  return { detected, dialect: used, table, columns };
}

/** True when settings fit a file's columns (same count, label inside). */
const fitsColumns = (settings: CsvSettings, columns: readonly ColumnSummary[]): boolean =>
  settings.uses.length === columns.length &&
  settings.labelColumn >= 0 &&
  settings.labelColumn < columns.length;

/** The answer for a parsed file and settings (the defaults when absent or not fitting its columns). */
export function readingOf(
  parsed: ParsedFile,
  fileName: string,
  settings: CsvSettings | undefined,
  limits: CsvLimits,
): CsvReading {
  const { detected, dialect, table, columns } = parsed;
  const used =
    settings && fitsColumns(settings, columns) ? settings : defaultSettings(columns, limits.maxClasses);
  const base = { detected, dialect, columns, settings: used };
  if (!table.ok) {
    const outcome = {
      ok: false as const,
      problems: table.problems.shown,
      problemCount: table.problems.count,
    };
    return { ...base, rowCount: 0, outcome };
  }
  const built = buildCsvDataset(table.table, columns, dialect.decimalMark, used, limits.maxClasses);
  const rowCount = table.table.rowNumbers.length;
  if (!built.ok) {
    const outcome = {
      ok: false as const,
      problems: built.problems.shown,
      problemCount: built.problems.count,
    };
    return { ...base, rowCount, outcome };
  }
  const dataset: CustomDataset = { ...built.dataset, source: 'csv', name: fileName };
  return { ...base, rowCount, outcome: { ok: true, dataset, report: built.report } };
}
