/**
 * How a person's CSV is written: the character between fields and the decimal mark, detected from
 * the start of the file (see docs/decisions/csv-import.md for the rules).
 */

import { CsvProblem, records } from './csvRecords';

/** Characters accepted between fields. */
export const CSV_SEPARATORS = [',', ';', '\t', '|'] as const;
/** A character between fields. */
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
/** Decimal marks accepted. */
export const DECIMAL_MARKS = ['.', ','] as const;
/** The character before a number's fraction. */
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/** A file's separator and decimal mark. */
export interface CsvDialect {
  readonly separator: CsvSeparator;
  readonly decimalMark: DecimalMark;
}

/** Characters of the file's start read to detect its dialect. */
export const DIALECT_SAMPLE_CHARS = 64 * 1024;
/** Records of the sample compared. */
const SAMPLE_RECORDS = 200;

const DOT_DECIMAL = /^[+-]?\d*\.\d+(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d*,\d+(?:[eE][+-]?\d+)?$/;
const DOT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
/** Largest magnitude a float32 holds; beyond it a value would silently become Infinity. */
const FLOAT32_MAX = 3.4028234663852886e38;

/** The sample's records with `separator`, or none when its quotes do not close within the sample. */
function sampleRecords(sample: string, separator: CsvSeparator): string[][] {
  const found: string[][] = [];
  try {
    for (const record of records(sample, 1, separator)) {
      found.push(record.fields);
      if (found.length >= SAMPLE_RECORDS) break;
    }
  } catch (error) {
    if (!(error instanceof CsvProblem)) throw error;
  }
  return found;
}

/**
 * Rows of the sample that have the header's field count, when the header has at least two fields:
 * the separator that splits the most rows like the header is the file's.
 */
function separatorScore(rows: readonly string[][]): number {
  const width = rows[0]?.length ?? 0;
  if (width < 2) return 0;
  return rows.filter((fields) => fields.length === width).length * width;
}

/** Detects separator and decimal mark from the start of a file; a comma and a dot when unsure. */
export function detectDialect(text: string): CsvDialect {
  // A record cut by the sample's end counts as one row among up to SAMPLE_RECORDS: it cannot swing the vote.
  const sample = text.slice(0, DIALECT_SAMPLE_CHARS);
  let best: { separator: CsvSeparator; score: number; rows: string[][] } = {
    separator: ',',
    score: 0,
    rows: sampleRecords(sample, ','),
  };
  best.score = separatorScore(best.rows);
  for (const separator of CSV_SEPARATORS.slice(1)) {
    const rows = sampleRecords(sample, separator);
    const score = separatorScore(rows);
    if (score > best.score) best = { separator, score, rows };
  }
  let commaDecimals = 0;
  let dotDecimals = 0;
  for (const fields of best.rows.slice(1)) {
    for (const raw of fields) {
      const value = raw.trim();
      if (COMMA_DECIMAL.test(value)) commaDecimals++;
      else if (DOT_DECIMAL.test(value)) dotDecimals++;
    }
  }
  return { separator: best.separator, decimalMark: commaDecimals > dotDecimals ? ',' : '.' };
}

/** The number a trimmed cell holds with `decimalMark`, or NaN when it holds none a float32 can keep. */
export function cellNumber(value: string, decimalMark: DecimalMark): number {
  if (decimalMark === ',') {
    if (!COMMA_NUMBER.test(value)) return Number.NaN;
    const number = Number(value.replace(',', '.'));
    return Math.abs(number) <= FLOAT32_MAX ? number : Number.NaN;
  }
  if (!DOT_NUMBER.test(value)) return Number.NaN;
  const number = Number(value);
  return Math.abs(number) <= FLOAT32_MAX ? number : Number.NaN;
}
