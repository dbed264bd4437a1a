/** Parsers of comma-separated data: a person's own CSV and the scikit-learn exports the app ships. */

import type { MessageKey, MessageParams, MessageRef } from '../i18n/catalogue';
import { groupDigits } from '../util/numberText';
import { CsvProblem, records } from './csvRecords';
import type { Dataset } from './types';

/** A data set read from CSV, with the names of its feature columns and of its classes. */
export interface CsvDataset extends Dataset {
  readonly featureNames: string[];
  /** Class names by class index. */
  readonly classNames: string[];
}

/**
 * Outcome of a parse: the data set, or one message for a learner naming the row and column at fault
 * (a reference: the parser runs in the data worker, which does not know the page's language).
 */
export type CsvResult =
  | { readonly ok: true; readonly dataset: CsvDataset }
  | { readonly ok: false; readonly error: MessageRef };

/** Options of parseCsv. */
export interface CsvOptions {
  /** The label column: its header name, or its 0-based index. The last column when absent. */
  readonly label?: string | number;
  /** Most data rows accepted (the header not counted). */
  readonly maxRows?: number;
  /** Most characters accepted (about bytes for the ASCII of numeric data). */
  readonly maxChars?: number;
  /** Most distinct labels accepted; more suggests the wrong column was chosen as the label. */
  readonly maxClasses?: number;
}

/** Default most data rows of a person's CSV. */
export const CSV_MAX_ROWS = 50_000;
/** Default most characters of a person's CSV (20 MB). */
export const CSV_MAX_CHARS = 20 * 1024 * 1024;
/** Default most classes of a person's CSV. */
export const CSV_MAX_CLASSES = 50;

/** Labels are stored as bytes. */
const HARD_MAX_CLASSES = 256;
/** Largest magnitude a float32 holds; beyond it a value would silently become Infinity. */
const FLOAT32_MAX = 3.4028234663852886e38;
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER_PATTERN = /^[+-]?\d+$/;

/** A growable float32 buffer, so rows need not be counted before they are stored. */
class FloatBuffer {
  private data = new Float32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  toArray(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

/** The number in a cell, or a CsvProblem naming the cell (its name built only on failure, for speed). */
function cellNumber(raw: string, row: number, column: string): number {
  const value = raw.trim();
  const number = Number(value);
  const isNumber = NUMBER_PATTERN.test(value);
  if (isNumber && Math.abs(number) <= FLOAT32_MAX) return number;
  if (value === '') throw new CsvProblem('dataset.csv.cellEmpty', { row, column });
  if (!isNumber) throw new CsvProblem('dataset.csv.notNumber', { row, column, value });
  throw new CsvProblem('dataset.csv.tooLargeNumber', { row, column, value });
}

/** How messages name a column: its header name in quotes, or its number when the header cell is empty. */
const columnName = (header: readonly string[], index: number): string =>
  header[index] ? `'${header[index]}'` : String(index + 1);

/** The index of the label column, or a CsvProblem saying why the choice does not fit the header. */
function labelColumn(header: readonly string[], label: string | number | undefined): number {
  if (label === undefined) return header.length - 1;
  if (typeof label === 'number') {
    if (Number.isInteger(label) && label >= 0 && label < header.length) return label;
    throw new CsvProblem('dataset.csv.labelIndex', { max: header.length - 1, found: label });
  }
  const index = header.indexOf(label.trim());
  if (index < 0) throw new CsvProblem('dataset.csv.labelName', { name: label, columns: header.join(', ') });
  return index;
}

/**
 * Class names in class-index order: numeric order when every label is an integer ('1' < '2' < '10'),
 * otherwise code-unit order, so a reordered file maps the same label to the same class.
 */
function orderClasses(names: Iterable<string>): string[] {
  const distinct = [...names];
  if (distinct.every((name) => INTEGER_PATTERN.test(name))) {
    return distinct.sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  return distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const fail = (key: MessageKey, params?: MessageParams): CsvResult => ({
  ok: false,
  error: params ? { key, params } : { key },
});

/** Runs a parse in which any CsvProblem thrown becomes { ok: false } with its message. */
function withProblems(
  parse: () => Pick<CsvDataset, 'features' | 'labels' | 'featureNames' | 'classNames'>,
): CsvResult {
  try {
    const { features, labels, featureNames, classNames } = parse();
    const shape = {
      count: labels.length,
      numFeatures: featureNames.length,
      numClasses: classNames.length,
      exampleShape: [featureNames.length],
      task: 'classification' as const,
    };
    return { ok: true, dataset: { features, labels, featureNames, classNames, ...shape } };
  } catch (error) {
    if (error instanceof CsvProblem) return { ok: false, error: error.ref };
    throw error;
  }
}

/**
 * Parses a person's CSV: a header row, numeric feature columns and one label column (text or
 * integers; see orderClasses for the class order). Errors name the row (the line number, the
 * header being row 1) and the column, e.g. "row 17, column 'petal_width': 'abc' is not a number".
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  return parseTable(text, options, 1);
}

/** parseCsv with the header on line `headerLine`: 0 when a caller puts a header before a headerless file. */
function parseTable(text: string, options: CsvOptions, headerLine: number): CsvResult {
  const maxRows = options.maxRows ?? CSV_MAX_ROWS;
  const maxChars = options.maxChars ?? CSV_MAX_CHARS;
  const maxClasses = Math.min(options.maxClasses ?? CSV_MAX_CLASSES, HARD_MAX_CLASSES);
  if (text.length > maxChars) {
    return fail('dataset.csv.textTooLarge', { max: (maxChars / 1024 / 1024).toFixed(0) });
  }
  return withProblems(() => {
    const rows = records(text, headerLine);
    const next = rows.next();
    if (next.done) throw new CsvProblem('dataset.csv.empty');
    const first = next.value;
    const header = first.fields.map((name) => name.trim());
    if (header.length < 2) {
      const key: MessageKey = header[0]?.includes(';')
        ? 'dataset.csv.oneColumnSemicolons'
        : header[0]?.includes('\t')
          ? 'dataset.csv.oneColumnTabs'
          : 'dataset.csv.oneColumn';
      throw new CsvProblem(key, { row: first.row });
    }
    header.forEach((name, index) => {
      const earlier = header.indexOf(name);
      if (name !== '' && earlier !== index) {
        throw new CsvProblem('dataset.csv.duplicateColumn', {
          row: first.row,
          name,
          first: earlier + 1,
          second: index + 1,
        });
      }
    });
    const labelIndex = labelColumn(header, options.label);
    const columnNames = header.map((_, column) => columnName(header, column));
    const labelName = columnNames[labelIndex] as string;
    const features = new FloatBuffer();
    const labelTexts: string[] = [];
    for (const { fields, row } of rows) {
      if (labelTexts.length >= maxRows) {
        throw new CsvProblem('dataset.csv.tooManyRows', { row, max: groupDigits(maxRows) });
      }
      if (fields.length !== header.length) {
        throw new CsvProblem('dataset.csv.rowLength', { row, expected: header.length, found: fields.length });
      }
      fields.forEach((raw, column) => {
        if (column !== labelIndex) features.push(cellNumber(raw, row, columnNames[column] as string));
      });
      const label = (fields[labelIndex] ?? '').trim();
      if (label === '') throw new CsvProblem('dataset.csv.labelEmpty', { row, column: labelName });
      labelTexts.push(label);
    }
    if (labelTexts.length === 0) throw new CsvProblem('dataset.csv.noRows');
    const classNames = orderClasses(new Set(labelTexts));
    if (classNames.length < 2) {
      throw new CsvProblem('dataset.csv.singleClass', { column: labelName, name: classNames[0] ?? '' });
    }
    if (classNames.length > maxClasses) {
      throw new CsvProblem('dataset.csv.tooManyClasses', {
        column: labelName,
        count: classNames.length,
        max: maxClasses,
      });
    }
    const classIndex = new Map(classNames.map((name, index) => [name, index]));
    return {
      features: features.toArray(),
      labels: Uint8Array.from(labelTexts, (name) => classIndex.get(name) ?? 0),
      featureNames: header
        .filter((_, column) => column !== labelIndex)
        .map((name, i) => name || `feature ${i + 1}`),
      classNames,
    };
  });
}

/** Shape of a headerless scikit-learn export (the digits file): features per row and number of classes. */
export interface SklearnLayout {
  readonly numFeatures: number;
  readonly numClasses: number;
}

const wholeNumber = (raw: string | undefined): number =>
  raw !== undefined && /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;

/**
 * Parses a scikit-learn export: each row holds the features then an integer class index. Without a
 * layout the first line is the header `rows,features,class names...` (iris, wine, breast cancer);
 * with a layout the file has no header (digits). Feature names are 'feature 1', 'feature 2'...
 */
export function parseSklearnCsv(text: string, layout?: SklearnLayout): CsvResult {
  let body = text;
  let shape = layout ?? { numFeatures: 0, numClasses: 0 };
  let classNames = Array.from({ length: shape.numClasses }, (_, index) => String(index));
  let expectedRows: number | undefined;
  if (!layout) {
    const headerEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
    const [rowsText, featuresText, ...names] = text.slice(0, headerEnd).trim().split(',');
    expectedRows = wholeNumber(rowsText);
    shape = { numFeatures: wholeNumber(featuresText), numClasses: names.length };
    if (!(expectedRows > 0) || !(shape.numFeatures > 0) || names.length < 2) {
      return fail('dataset.csv.sklearnHeader', { found: text.slice(0, headerEnd).trim() });
    }
    classNames = names.map((name) => name.trim());
    body = text.slice(headerEnd + 1);
  }
  const columns = Array.from({ length: shape.numFeatures }, (_, index) => `feature ${index + 1}`);
  // The made-up header takes the file's own line (or line 0 of a headerless file): rows keep their line numbers.
  const limits = {
    maxRows: Number.POSITIVE_INFINITY,
    maxChars: Number.POSITIVE_INFINITY,
    maxClasses: HARD_MAX_CLASSES,
  };
  const parsed = parseTable(`${[...columns, 'class index'].join(',')}\n${body}`, limits, layout ? 0 : 1);
  if (!parsed.ok) return parsed;
  const { dataset } = parsed;
  const outOfRange = dataset.classNames.find((name) => !(wholeNumber(name) < classNames.length));
  if (outOfRange !== undefined) {
    return fail('dataset.csv.sklearnClassIndex', { max: classNames.length - 1, found: outOfRange });
  }
  if (expectedRows !== undefined && dataset.count !== expectedRows) {
    return fail('dataset.csv.sklearnRowCount', { expected: expectedRows, found: dataset.count });
  }
  // parseCsv numbered the classes present; the file's own indices are the class names it found.
  const labels = dataset.labels.map((index) => Number(dataset.classNames[index]));
  return { ok: true, dataset: { ...dataset, labels, numClasses: classNames.length, classNames } };
}
