/** Reading CSV text into records (RFC 4180), the layer under the parsers in csv.ts. */

import type { MessageKey, MessageParams, MessageRef } from '../i18n/catalogue';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A problem found while reading; caught at the top and returned as { ok: false } with its reference. */
export class CsvProblem extends Error {
  readonly ref: MessageRef;
  constructor(key: MessageKey, params?: MessageParams) {
    super(key);
    this.ref = params ? { key, params } : { key };
  }
}

/** One record and its row: the line number the record starts on (the header is row 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly row: number;
  /** Index in the text just after the record, for progress. */
  readonly end: number;
}

/** Index of `search` in text at or after `from`, or text.length when absent. */
const indexOrEnd = (text: string, search: string, from: number): number => {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
};

/** One record read character by character, for lines with quotes or lone CRs; `lines` it spans. */
function quotedRecord(
  text: string,
  start: number,
  row: number,
  separator: number,
): { fields: string[]; next: number; lines: number } {
  const n = text.length;
  const fields: string[] = [];
  let i = start;
  let lines = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) throw new CsvProblem('dataset.csv.unclosedQuote', { row, column: fields.length + 1 });
        value += text.slice(from, close);
        i = close + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        value += '"';
        from = i + 1;
      }
      lines += value.split(/\r\n|\r|\n/).length - 1;
      fields.push(value);
      const next = text.charCodeAt(i);
      if (i < n && next !== separator && next !== LF && next !== CR) {
        throw new CsvProblem('dataset.csv.textAfterQuote', { row, column: fields.length });
      }
    } else {
      let end = i;
      for (
        let c = text.charCodeAt(end);
        end < n && c !== separator && c !== LF && c !== CR;
        c = text.charCodeAt(++end)
      );
      const value = text.slice(i, end);
      if (value.includes('"')) {
        throw new CsvProblem('dataset.csv.strayQuote', { row, column: fields.length + 1 });
      }
      fields.push(value);
      i = end;
    }
    if (i >= n) return { fields, next: n, lines };
    if (text.charCodeAt(i) !== separator) break;
    i++;
  }
  const next = i + (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1);
  return { fields, next, lines: lines + 1 };
}

/**
 * Splits text into records (RFC 4180: "quoted" fields with "" escapes, CRLF, LF or CR) of fields
 * cut at `separator` (one character); blank lines skipped. Lines without quotes or lone CRs, nearly
 * all of them, take the faster native split (see docs/decisions/csv.md).
 */
export function* records(text: string, firstLine: number, separator = ','): Generator<CsvRecord> {
  const n = text.length;
  const separatorCode = separator.charCodeAt(0);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  // The next quote, CR and LF, each searched for once per occurrence so that the scan stays linear.
  let nextQuote = -1;
  let nextCr = -1;
  let nextLf = -1;
  while (i < n) {
    if (nextQuote < i) nextQuote = indexOrEnd(text, '"', i);
    if (nextCr < i) nextCr = indexOrEnd(text, '\r', i);
    if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);
    const row = line;
    let fields: string[];
    if (nextQuote > nextLf && nextCr >= nextLf - 1) {
      fields = text.slice(i, nextCr === nextLf - 1 ? nextCr : nextLf).split(separator);
      i = nextLf + 1;
      line++;
    } else {
      const record = quotedRecord(text, i, row, separatorCode);
      fields = record.fields;
      i = record.next;
      line += record.lines;
    }
    if (fields.length > 1 || (fields[0] ?? '').trim() !== '') yield { fields, row, end: Math.min(i, n) };
  }
}
