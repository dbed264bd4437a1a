/** Strict reading of numbers typed by a person or found in a link. */

/** What a piece of text says as a number. */
export type NumberText =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'notNumber' }
  | { readonly kind: 'notFinite' };

/**
 * Plain decimal notation with an optional exponent. Stricter than Number(), which also accepts
 * '' (as 0), '0x1f', '0b1' and 'Infinity', none of which a person means as a setting.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Words for non-finite numbers that deserve a more precise message than "not a number". */
const NON_FINITE_WORD = /^[+-]?(inf|infinity|nan)$/i;

/** Reads decimal text (surrounding spaces allowed); -0 reads as 0 so that it prints and compares as 0. */
export function parseNumberText(text: string): NumberText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (NON_FINITE_WORD.test(trimmed)) return { kind: 'notFinite' };
  if (!DECIMAL.test(trimmed)) return { kind: 'notNumber' };
  const value = Number(trimmed);
  // Decimal text can still overflow, e.g. 1e999.
  if (!Number.isFinite(value)) return { kind: 'notFinite' };
  return { kind: 'number', value: value + 0 };
}

/** The shortest text that reads back to exactly `value`, without the '+' of 'e+' (a space in some URL readers). */
export function formatNumber(value: number): string {
  return String(value).replace('e+', 'e');
}

/**
 * `value` with its thousands grouped by commas, as `toLocaleString('en-US')` writes it (at most
 * three decimals, rounded; "∞", "NaN"), without asking Intl: the first call to Intl loads the
 * locale data in the task that first draws the page (see docs/decisions/startup.md).
 */
export function groupDigits(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
