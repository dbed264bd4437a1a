/** What a catalogue lacks against the English source: for the tests and for a translator's check (npm run i18n:missing). */
import type { Catalogue } from './catalogue';
import { en } from './catalogues/en';

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholders of a text, sorted and without repeats. */
export const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();

/** English keys the catalogue does not give. */
export function missingKeys(catalogue: Partial<Record<string, string>>): string[] {
  return Object.keys(en).filter((key) => typeof catalogue[key] !== 'string');
}

/** Keys whose text has other placeholders than the English one, with both lists. */
export function placeholderMismatches(catalogue: Partial<Catalogue>): string[] {
  return Object.entries(en).flatMap(([key, english]) => {
    const text = (catalogue as Partial<Record<string, string>>)[key];
    if (typeof text !== 'string') return [];
    const [want, got] = [placeholdersOf(english), placeholdersOf(text)];
    return want.join() === got.join()
      ? []
      : [`${key}: English has {${want.join('}, {')}}, this has {${got.join('}, {')}}`];
  });
}
