/** Bounded, prototype-safe reading of a query string into key/value pairs, and safe quoting for notices. */
import type { LinkProblem } from './problems';

/**
 * Longest query read at all, in characters; a longer one is ignored as a whole. The longest link
 * the app writes, four variants that differ in every setting, each with 16 layers whose own
 * regularization is written to full precision, is about 6,700 characters (a test builds it). The
 * bound leaves room for a registry to grow and stays within the 8 KB request line that common
 * static servers accept, while a pasted megabyte is refused before any work.
 */
export const MAX_QUERY_CHARS = 8000;

/**
 * Longest key or value read, in characters (after percent-decoding); longer ones are ignored. A
 * stack of 16 layers, each with its own regularization written to full precision, fits.
 */
export const MAX_VALUE_CHARS = 1600;

/** Longest piece of URL text repeated in a notice, in characters. */
const MAX_QUOTED_CHARS = 40;

/**
 * URL text made safe to show inside a notice: invisible and direction-changing characters
 * (Unicode category C) become U+FFFD so a link cannot disguise its notice, and long text is cut.
 */
export function quote(text: string): string {
  const characters = Array.from(text);
  const shown = characters.slice(0, MAX_QUOTED_CHARS).join('').replace(/\p{C}/gu, '\uFFFD');
  return `'${shown}${characters.length > MAX_QUOTED_CHARS ? '…' : ''}'`;
}

/** Percent-decodes one part; '+' stays a plus (no value of ours contains a space). Null when malformed. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * The pairs of a query (with or without its leading '?'), keys lower-cased, in a Map so that no URL
 * text ever becomes a property name. Problems (too long, malformed, repeated) go to `problems`.
 */
export function readQueryPairs(query: string, problems: LinkProblem[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text.length > MAX_QUERY_CHARS) {
    problems.push({ key: 'link.tooLong', params: { length: text.length, max: MAX_QUERY_CHARS } });
    return pairs;
  }
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const rawKey = equals < 0 ? piece : piece.slice(0, equals);
    const rawValue = equals < 0 ? '' : piece.slice(equals + 1);
    const key = decodePart(rawKey);
    const value = decodePart(rawValue);
    if (key === null || value === null) {
      problems.push({ key: 'link.brokenEscape', params: { piece: quote(piece) } });
      continue;
    }
    if (key.length > MAX_VALUE_CHARS) {
      problems.push({ key: 'link.keyTooLong', params: { length: key.length, max: MAX_VALUE_CHARS } });
      continue;
    }
    const normalisedKey = key.trim().toLowerCase();
    if (value.length > MAX_VALUE_CHARS) {
      problems.push({
        key: 'link.valueTooLong',
        params: { key: quote(normalisedKey), length: value.length, max: MAX_VALUE_CHARS },
      });
      continue;
    }
    if (pairs.has(normalisedKey))
      problems.push({ key: 'link.repeated', params: { key: quote(normalisedKey) } });
    pairs.set(normalisedKey, value.trim());
  }
  return pairs;
}
