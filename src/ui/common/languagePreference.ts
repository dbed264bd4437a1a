/**
 * The language a person chose with the switch, remembered in this browser. A first visit follows
 * the browser's languages; a link's `lang` wins over both for the page it opens, without being remembered.
 */
import {
  DEFAULT_LANGUAGE,
  type Language,
  languageOfBrowser,
  languageOfWord,
} from '../../core/i18n/languages';

const STORAGE_KEY = 'training-playground.language';

/** The remembered choice, or null (none yet, or storage that cannot be read). */
function rememberedLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === null ? null : languageOfWord(stored);
  } catch {
    return null;
  }
}

/** Remembers a choice made with the switch; storage that is full or forbidden only loses the memory. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Nothing to lose but the memory: the page keeps the language for this visit.
  }
}

/** The language of a page opened without `lang` in its link: remembered, else the browser's, else English. */
export const ownLanguage = (): Language =>
  rememberedLanguage() ?? languageOfBrowser(navigator.languages ?? [navigator.language]) ?? DEFAULT_LANGUAGE;
