/**
 * Puts messages into words in the page's language. The catalogue in use is module state: every
 * text is made at the moment it is shown, and a language switch redraws the whole page, so no
 * text made in the old language survives it. Caches of text must key on languageVersion().
 */
import type { Catalogue, MessageKey, MessageParams, MessageRef } from './catalogue';
import { en } from './catalogues/en';
import type { Language } from './languages';

/** What the page speaks when nothing else decides: English, whose catalogue is built in. */
export const DEFAULT_LANGUAGE: Language = 'en';

let catalogue: Catalogue = en;
let language: Language = DEFAULT_LANGUAGE;
let version = 0;

/** Uses this catalogue for every text from now on. */
export function switchCatalogue(next: Language, nextCatalogue: Catalogue): void {
  if (next === language && nextCatalogue === catalogue) return;
  language = next;
  catalogue = nextCatalogue;
  version += 1;
}

/** The language texts are made in now. */
export const currentLanguage = (): Language => language;

/** Changes whenever the language does: a cache of made text keys on it. */
export const languageVersion = (): number => version;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; a missing value leaves its placeholder visible rather than failing. */
export function fill(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A message in the page's language, its placeholders filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  return fill(catalogue[key], params);
}

/**
 * A message whose words follow a count: its forms are separated by "|", singular first ("1 seed|{count}
 * seeds"). English uses the first form for exactly 1; a language with one form (Chinese) writes one.
 */
export function plural(key: MessageKey, count: number, params?: MessageParams): string {
  const forms = catalogue[key].split('|');
  const form = count === 1 || forms.length === 1 ? forms[0] : forms[forms.length - 1];
  return fill(form ?? '', { count, ...params });
}

/** A message sent as a reference (by the worker, or by code that does not translate), in words. */
export const textOf = (message: MessageRef): string => t(message.key, message.params);
