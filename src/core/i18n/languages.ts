/**
 * The languages the app speaks: one line each. Adding a language is a catalogue file in
 * catalogues/ and a line here (see the README, "Adding a language").
 */
import type { Catalogue } from './catalogue';

/** One language: its link word, its own name, its HTML `lang`, and how its catalogue loads. */
export interface LanguageEntry {
  /** The word in links (`lang=zh`) and the remembered choice. */
  readonly id: string;
  /** Its name in itself, as the language switch shows it. */
  readonly name: string;
  /** The document's `lang` attribute (BCP 47). */
  readonly htmlLang: string;
  /** Browser languages (`navigator.languages`, lower case) that choose it on a first visit, by prefix. */
  readonly browserPrefixes: readonly string[];
  /** Its catalogue; every language but English is its own chunk, fetched only when chosen. */
  readonly load: () => Promise<Catalogue>;
}

export const LANGUAGES = [
  {
    id: 'en',
    name: 'English',
    htmlLang: 'en',
    browserPrefixes: ['en'],
    load: () => import('./catalogues/en').then((module) => module.en),
  },
  {
    id: 'zh',
    name: '简体中文',
    htmlLang: 'zh-CN',
    browserPrefixes: ['zh'],
    load: () => import('./catalogues/zh').then((module) => module.zh),
  },
] as const satisfies readonly LanguageEntry[];

/** A language the app speaks. */
export type Language = (typeof LANGUAGES)[number]['id'];

// Defined beside the built-in catalogue, so that code which only words messages loads no catalogue chunk.
export { DEFAULT_LANGUAGE } from './translate';

/** The entry of a language. */
export const languageEntry = (language: Language): LanguageEntry =>
  LANGUAGES.find((entry) => entry.id === language) ?? LANGUAGES[0];

/** The language a link word names, or null for a word that names none. */
export function languageOfWord(word: string): Language | null {
  const lower = word.trim().toLowerCase();
  return LANGUAGES.find((entry) => entry.id === lower)?.id ?? null;
}

/** The first of the browser's languages that the app speaks, or null (navigator.languages' order is the person's). */
export function languageOfBrowser(browserLanguages: readonly string[]): Language | null {
  for (const browser of browserLanguages) {
    const lower = browser.toLowerCase();
    const found = LANGUAGES.find((entry) => entry.browserPrefixes.some((prefix) => lower.startsWith(prefix)));
    if (found) return found.id;
  }
  return null;
}
