/**
 * A person's CSV as people have it: read into a table of text cells, each column described (number,
 * category, text, empty; missing values; a preview), then turned into a data set with the person's
 * choices of label, features and missing-value handling. Every problem is listed, not only the first.
 */

import type { MessageKey, MessageParams, MessageRef } from '../i18n/catalogue';
import { groupDigits } from '../util/numberText';
import { type CsvDialect, cellNumber, type DecimalMark } from './csvDialect';
import { CsvProblem, records } from './csvRecords';
import type { Dataset } from './types';

/** Problems shown at most; the rest are counted. */
export const PROBLEMS_SHOWN = 20;
/** Most distinct values of a category: more make a text column, ignored by default. */
export const MAX_CATEGORY_VALUES = 20;
/** Share of a column's non-missing cells that must be numbers for it to be a number column. */
const NUMBER_SHARE = 0.9;
/** Distinct values counted per column at most (enough to tell a label from a measurement). */
const DISTINCT_COUNT_CAP = 1000;
/** Values a preview shows. */
const PREVIEW_VALUES = 3;
/** Cells that mean "no value", compared lower-case. */
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-', '#n/a', '.', 'missing']);
const INTEGER_PATTERN = /^[+-]?\d+$/;

/** True when a trimmed cell holds no value (empty, NA, ?, …). */
export const isMissing = (value: string): boolean => MISSING_TOKENS.has(value.toLowerCase());

/** The first PROBLEMS_SHOWN problems of a file and how many there are in all. */
export class ProblemList {
  readonly shown: MessageRef[] = [];
  count = 0;
  add(key: MessageKey, params?: MessageParams): void {
    this.count++;
    if (this.shown.length < PROBLEMS_SHOWN) this.shown.push(params ? { key, params } : { key });
  }
  addAll(other: ProblemList): void {
    for (const ref of other.shown) this.add(ref.key, ref.params);
    this.count += other.count - other.shown.length;
  }
}

/** A file's text cells, trimmed, column by column, with the line number of each row. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly columns: readonly (readonly string[])[];
  readonly rowNumbers: readonly number[];
  /** Rows that could not be read (wrong number of values); the table leaves them out. */
  readonly problems: ProblemList;
}

/** A table, or the problems that kept the file from being read at all. */
export type TableResult =
  | { readonly ok: true; readonly table: CsvTable }
  | { readonly ok: false; readonly problems: ProblemList };

/** Options of readCsvTable. */
export interface ReadOptions {
  readonly maxRows: number;
  /** Called now and then with the characters read so far and in all. */
  readonly onProgress?: (doneChars: number, totalChars: number) => void;
}

const SEPARATOR_NAMES: Record<CsvDialect['separator'], string> = {
  ',': ',',
  ';': ';',
  '\t': 'tab',
  '|': '|',
};

/** Reads text into a table with the given dialect; rows of the wrong length are listed, not fatal. */
export function readCsvTable(text: string, dialect: CsvDialect, options: ReadOptions): TableResult {
  const problems = new ProblemList();
  try {
    const rows = records(text, 1, dialect.separator);
    const first = rows.next();
    if (first.done) {
      problems.add('csvImport.problem.empty');
      return { ok: false, problems };
    }
    const header = first.value.fields.map((name, index) => name.trim() || `column ${index + 1}`);
    if (header.length < 2) {
      problems.add('csvImport.problem.oneColumn', { separator: SEPARATOR_NAMES[dialect.separator] });
      return { ok: false, problems };
    }
    header.forEach((name, index) => {
      const earlier = header.indexOf(name);
      if (earlier !== index) {
        problems.add('dataset.csv.duplicateColumn', { row: 1, name, first: earlier + 1, second: index + 1 });
      }
    });
    const columns: string[][] = header.map(() => []);
    const rowNumbers: number[] = [];
    const progressStepChars = Math.max(1, Math.floor(text.length / 50));
    let nextProgressAt = progressStepChars;
    for (const { fields, row, end } of rows) {
      if (end >= nextProgressAt) {
        options.onProgress?.(end, text.length);
        nextProgressAt = end + progressStepChars;
      }
      if (fields.length !== header.length) {
        problems.add('dataset.csv.rowLength', { row, expected: header.length, found: fields.length });
        continue;
      }
      if (rowNumbers.length >= options.maxRows) {
        problems.add('dataset.csv.tooManyRows', { row, max: groupDigits(options.maxRows) });
        return { ok: false, problems };
      }
      rowNumbers.push(row);
      fields.forEach((value, column) => {
        columns[column]?.push(value.trim());
      });
    }
    if (rowNumbers.length === 0 && problems.count === 0) problems.add('dataset.csv.noRows');
    return { ok: true, table: { header, columns, rowNumbers, problems } };
  } catch (error) {
    if (!(error instanceof CsvProblem)) throw error;
    problems.add(error.ref.key, error.ref.params);
    return { ok: false, problems };
  }
}

/** What a column holds. */
export type ColumnKind = 'number' | 'category' | 'text' | 'empty';

/** A column as the column table shows it. */
export interface ColumnSummary {
  readonly name: string;
  readonly kind: ColumnKind;
  /** Cells with no value (empty, NA, ?, …). */
  readonly missing: number;
  /** Distinct non-missing values, counted up to a little over a thousand. */
  readonly distinctCount: number;
  /** A category's values in class order; empty for other kinds. */
  readonly values: readonly string[];
  /** The first few non-missing values, as written. */
  readonly preview: readonly string[];
  /** A number column's non-missing cells that are not numbers (each a problem if the column is used). */
  readonly notNumbers: number;
  /** A number column whose numbers are all whole. */
  readonly isWhole: boolean;
}

/**
 * Class names in class-index order: numeric order when every label is an integer ('1' < '2' < '10'),
 * otherwise code-unit order, so a reordered file maps the same label to the same class.
 */
export function orderValues(names: Iterable<string>): string[] {
  const distinct = [...names];
  if (distinct.every((name) => INTEGER_PATTERN.test(name))) {
    return distinct.sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  return distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Describes one column: its kind, missing cells, distinct values and a preview. */
function describeColumn(name: string, cells: readonly string[], decimalMark: DecimalMark): ColumnSummary {
  let missing = 0;
  let numbers = 0;
  let isWhole = true;
  const distinct = new Set<string>();
  const preview: string[] = [];
  for (const value of cells) {
    if (isMissing(value)) {
      missing++;
      continue;
    }
    if (preview.length < PREVIEW_VALUES) preview.push(value);
    if (distinct.size <= DISTINCT_COUNT_CAP) distinct.add(value);
    const number = cellNumber(value, decimalMark);
    if (!Number.isNaN(number)) {
      numbers++;
      if (!Number.isInteger(number)) isWhole = false;
    }
  }
  const present = cells.length - missing;
  const kind: ColumnKind =
    present === 0
      ? 'empty'
      : numbers >= NUMBER_SHARE * present
        ? 'number'
        : distinct.size <= MAX_CATEGORY_VALUES
          ? 'category'
          : 'text';
  return {
    name,
    kind,
    missing,
    distinctCount: distinct.size,
    values: kind === 'category' ? orderValues(distinct) : [],
    preview,
    notNumbers: kind === 'number' ? present - numbers : 0,
    isWhole: kind === 'number' && isWhole,
  };
}

/** Describes every column of a table. */
export function describeColumns(table: CsvTable, decimalMark: DecimalMark): ColumnSummary[] {
  return table.header.map((name, index) => describeColumn(name, table.columns[index] ?? [], decimalMark));
}

/** What a column is used as besides the label. */
export type ColumnUse = 'feature' | 'ignore';
/** What happens to a row with a missing feature value: dropped, or the value filled in. */
export type MissingPolicy = 'drop' | 'fill';

/** A person's choices for a file. */
export interface CsvSettings {
  readonly labelColumn: number;
  /** Per column; the label column's entry is not read. */
  readonly uses: readonly ColumnUse[];
  readonly missing: MissingPolicy;
}

/** Header names a label column is likely to have, lower-case. */
const LABEL_LIKE_NAMES = new Set([
  'label',
  'labels',
  'class',
  'classes',
  'target',
  'species',
  'category',
  'y',
]);

/** Why `column` cannot be the label, or null when it can. */
export function labelProblem(
  columns: readonly ColumnSummary[],
  column: number,
  maxClasses: number,
): MessageRef | null {
  const summary = columns[column];
  if (!summary) return { key: 'csvImport.label.noSuchColumn', params: { index: column + 1 } };
  const name = `'${summary.name}'`;
  if (summary.kind === 'empty') return { key: 'csvImport.label.empty', params: { column: name } };
  if (summary.kind === 'number' && !summary.isWhole) {
    return { key: 'csvImport.label.fractions', params: { column: name } };
  }
  if (summary.distinctCount > maxClasses) {
    const count =
      summary.distinctCount > DISTINCT_COUNT_CAP
        ? `${groupDigits(DISTINCT_COUNT_CAP)}+`
        : summary.distinctCount;
    return { key: 'csvImport.label.tooManyValues', params: { column: name, count, max: maxClasses } };
  }
  if (summary.distinctCount < 2) return { key: 'csvImport.label.single', params: { column: name } };
  return null;
}

/** Distinct whole numbers a number column may hold to be taken as the label without being chosen. */
const FEW_WHOLE_NUMBERS = 10;

/**
 * The choices a file starts with: the label a column named like one, else the last category, else
 * the last column of few whole numbers; numbers and categories as features; text and empty columns
 * ignored; rows with missing values dropped.
 */
export function defaultSettings(columns: readonly ColumnSummary[], maxClasses: number): CsvSettings {
  const canLabel = (index: number): boolean => labelProblem(columns, index, maxClasses) === null;
  const lastWhere = (fits: (column: ColumnSummary, index: number) => boolean): number => {
    for (let index = columns.length - 1; index >= 0; index--) {
      const column = columns[index];
      if (column && fits(column, index)) return index;
    }
    return -1;
  };
  const candidates = [
    lastWhere((column, index) => LABEL_LIKE_NAMES.has(column.name.toLowerCase()) && canLabel(index)),
    lastWhere((column, index) => column.kind === 'category' && canLabel(index)),
    lastWhere((column, index) => column.distinctCount <= FEW_WHOLE_NUMBERS && canLabel(index)),
    Math.max(0, columns.length - 1),
  ];
  const labelColumn = candidates.find((index) => index >= 0) ?? 0;
  const uses = columns.map(
    (column): ColumnUse => (column.kind === 'number' || column.kind === 'category' ? 'feature' : 'ignore'),
  );
  return { labelColumn, uses, missing: 'drop' };
}

/** Why a column is ignored by default, or null when it is used. */
export function ignoredReason(column: ColumnSummary): MessageRef | null {
  if (column.kind === 'empty') return { key: 'csvImport.reason.empty' };
  if (column.kind === 'text') {
    return {
      key: 'csvImport.reason.text',
      params: { count: column.distinctCount, max: MAX_CATEGORY_VALUES },
    };
  }
  return null;
}

/** What building did to the file's rows and columns, for the person to see. */
export interface BuildReport {
  readonly rowsRead: number;
  readonly rowsUsed: number;
  /** Rows left out because their label was missing. */
  readonly rowsWithoutLabel: number;
  /** Rows left out for a missing feature value (policy 'drop'). */
  readonly rowsDropped: number;
  /** Rows with at least one value filled in (policy 'fill'), and the cells filled. */
  readonly rowsFilled: number;
  readonly cellsFilled: number;
  /** Category columns turned into one feature per value. */
  readonly oneHot: readonly { readonly column: string; readonly added: number }[];
}

/** A data set from a file, with the names of its features and classes. */
export interface TableDataset extends Dataset {
  readonly featureNames: string[];
  readonly classNames: string[];
}

/** A data set and what building did, or every problem found. */
export type BuildResult =
  | { readonly ok: true; readonly dataset: TableDataset; readonly report: BuildReport }
  | { readonly ok: false; readonly problems: ProblemList };

/** A feature column as built: a number, or one-hot over its values. */
type FeatureColumn =
  | { readonly index: number; readonly kind: 'number' }
  | { readonly index: number; readonly kind: 'oneHot'; readonly values: readonly string[] };

/** Turns a table into a data set with a person's settings, or lists every problem at once. */
export function buildCsvDataset(
  table: CsvTable,
  columns: readonly ColumnSummary[],
  decimalMark: DecimalMark,
  settings: CsvSettings,
  maxClasses: number,
): BuildResult {
  const problems = new ProblemList();
  problems.addAll(table.problems);
  const label = settings.labelColumn;
  const labelRef = labelProblem(columns, label, maxClasses);
  if (labelRef) problems.add(labelRef.key, labelRef.params);
  const features: FeatureColumn[] = [];
  columns.forEach((column, index) => {
    if (index === label || settings.uses[index] !== 'feature' || column.kind === 'empty') return;
    if (column.kind === 'number') {
      features.push({ index, kind: 'number' });
    } else if (column.distinctCount > MAX_CATEGORY_VALUES) {
      problems.add('csvImport.problem.tooManyCategories', {
        column: `'${column.name}'`,
        count: column.distinctCount,
        max: MAX_CATEGORY_VALUES,
      });
    } else {
      const cells = table.columns[index] ?? [];
      features.push({
        index,
        kind: 'oneHot',
        values: orderValues(new Set(cells.filter((v) => !isMissing(v)))),
      });
    }
  });
  if (features.length === 0 && problems.count === 0) problems.add('csvImport.problem.noFeatures');

  const rowCount = table.rowNumbers.length;
  const labelCells = table.columns[label] ?? [];
  const isKept = new Uint8Array(rowCount).fill(1);
  const hasMissingFeature = new Uint8Array(rowCount);
  let rowsWithoutLabel = 0;
  for (let row = 0; row < rowCount; row++) {
    if (isMissing(labelCells[row] ?? '')) {
      isKept[row] = 0;
      rowsWithoutLabel++;
    }
  }
  // Numbers read once; a cell that is neither a number nor missing is a problem naming its row.
  const numbers = new Map<number, Float64Array>();
  for (const feature of features) {
    const cells = table.columns[feature.index] ?? [];
    if (feature.kind === 'number') {
      const values = new Float64Array(rowCount);
      const name = `'${columns[feature.index]?.name ?? ''}'`;
      for (let row = 0; row < rowCount; row++) {
        const cell = cells[row] ?? '';
        if (isMissing(cell)) {
          values[row] = Number.NaN;
          hasMissingFeature[row] = 1;
          continue;
        }
        const value = cellNumber(cell, decimalMark);
        values[row] = value;
        if (Number.isNaN(value)) {
          problems.add('dataset.csv.notNumber', {
            row: table.rowNumbers[row] ?? 0,
            column: name,
            value: cell,
          });
        }
      }
      numbers.set(feature.index, values);
    } else {
      for (let row = 0; row < rowCount; row++) if (isMissing(cells[row] ?? '')) hasMissingFeature[row] = 1;
    }
  }
  let rowsDropped = 0;
  let rowsFilled = 0;
  for (let row = 0; row < rowCount; row++) {
    if (!isKept[row] || !hasMissingFeature[row]) continue;
    if (settings.missing === 'drop') {
      isKept[row] = 0;
      rowsDropped++;
    } else {
      rowsFilled++;
    }
  }
  const keptRows: number[] = [];
  for (let row = 0; row < rowCount; row++) if (isKept[row]) keptRows.push(row);
  if (problems.count === 0 && keptRows.length < 2) {
    problems.add('csvImport.problem.tooFewRows', { rows: keptRows.length, read: rowCount });
  }
  const classNames = orderValues(new Set(keptRows.map((row) => labelCells[row] ?? '')));
  if (problems.count === 0 && classNames.length < 2) {
    problems.add('csvImport.label.single', { column: `'${columns[label]?.name ?? ''}'` });
  }
  if (problems.count > 0) return { ok: false, problems };

  // Fill-ins come from the rows kept: a number column's mean, a category's most frequent value.
  const fills = new Map<number, number | string>();
  let cellsFilled = 0;
  for (const feature of features) {
    const cells = table.columns[feature.index] ?? [];
    if (feature.kind === 'number') {
      const values = numbers.get(feature.index) ?? new Float64Array(rowCount);
      let sum = 0;
      let present = 0;
      for (const row of keptRows) {
        const value = values[row] ?? Number.NaN;
        if (!Number.isNaN(value)) {
          sum += value;
          present++;
        }
      }
      fills.set(feature.index, present > 0 ? sum / present : 0);
    } else {
      const counts = new Map<string, number>();
      for (const row of keptRows) {
        const cell = cells[row] ?? '';
        if (!isMissing(cell)) counts.set(cell, (counts.get(cell) ?? 0) + 1);
      }
      let mode = feature.values[0] ?? '';
      for (const value of feature.values)
        if ((counts.get(value) ?? 0) > (counts.get(mode) ?? 0)) mode = value;
      fills.set(feature.index, mode);
    }
  }

  const featureNames = features.flatMap((feature) => {
    const name = columns[feature.index]?.name ?? '';
    return feature.kind === 'number' ? [name] : feature.values.map((value) => `${name}=${value}`);
  });
  const numFeatures = featureNames.length;
  const out = new Float32Array(keptRows.length * numFeatures);
  const classIndex = new Map(classNames.map((name, index) => [name, index]));
  const labels = new Uint8Array(keptRows.length);
  keptRows.forEach((row, i) => {
    let offset = i * numFeatures;
    labels[i] = classIndex.get(labelCells[row] ?? '') ?? 0;
    for (const feature of features) {
      if (feature.kind === 'number') {
        const value = numbers.get(feature.index)?.[row] ?? Number.NaN;
        if (Number.isNaN(value)) cellsFilled++;
        out[offset++] = Number.isNaN(value) ? Number(fills.get(feature.index) ?? 0) : value;
      } else {
        let cell = table.columns[feature.index]?.[row] ?? '';
        if (isMissing(cell)) {
          cellsFilled++;
          cell = String(fills.get(feature.index) ?? '');
        }
        const hot = feature.values.indexOf(cell);
        if (hot >= 0) out[offset + hot] = 1;
        offset += feature.values.length;
      }
    }
  });
  const report: BuildReport = {
    rowsRead: rowCount,
    rowsUsed: keptRows.length,
    rowsWithoutLabel,
    rowsDropped,
    rowsFilled,
    cellsFilled,
    oneHot: features.flatMap((feature) =>
      feature.kind === 'oneHot'
        ? [{ column: columns[feature.index]?.name ?? '', added: feature.values.length }]
        : [],
    ),
  };
  const dataset: TableDataset = {
    features: out,
    labels,
    count: keptRows.length,
    numFeatures,
    numClasses: classNames.length,
    exampleShape: [numFeatures],
    task: 'classification',
    featureNames,
    classNames,
  };
  return { ok: true, dataset, report };
}
