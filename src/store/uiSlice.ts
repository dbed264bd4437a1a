import type { StateCreator } from 'zustand';
import { DEFAULT_LANGUAGE, type Language, languageEntry } from '../core/i18n/languages';
import { switchCatalogue, t } from '../core/i18n/translate';
import type { LinkProblem } from '../core/link';
import { messageOf } from '../core/util/messageOf';
import type { PlaygroundState } from './playgroundState';

/** Interface state that is not part of the experiment. */
export interface UiSlice {
  /** Messages of fields whose typed text is not a valid value, by field id; the experiment keeps the last valid value. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Problems found in the link the page was opened with, as messages: the banner words them in the language of the moment. */
  readonly linkProblems: readonly LinkProblem[];
  /** A short note after an action such as Copy link. */
  readonly notice: string | null;
  /** The language every text is in; a switch redraws the page and keeps the experiment and its runs. */
  readonly language: Language;
  /** Loads the language's catalogue (its own chunk) and speaks it; on failure the page stays as it is, with a notice. */
  setLanguage(language: Language): Promise<void>;
  setFieldError(fieldId: string, message: string | null): void;
  setLinkProblems(problems: readonly LinkProblem[]): void;
  dismissLinkProblems(): void;
  setNotice(notice: string | null): void;
}

/** Creates the UI slice. */
export const createUiSlice: StateCreator<PlaygroundState, [], [], UiSlice> = (set) => ({
  fieldErrors: {},
  linkProblems: [],
  notice: null,
  setFieldError: (fieldId, message) =>
    set((state) => {
      const hasError = fieldId in state.fieldErrors;
      if (message === null && !hasError) return state;
      const fieldErrors = { ...state.fieldErrors };
      if (message === null) delete fieldErrors[fieldId];
      else fieldErrors[fieldId] = message;
      return { fieldErrors };
    }),
  // A key repeated in a link repeats its notice: each is listed once.
  setLinkProblems: (problems) =>
    set({
      linkProblems: [...new Map(problems.map((problem) => [JSON.stringify(problem), problem])).values()],
    }),
  dismissLinkProblems: () => set({ linkProblems: [] }),
  setNotice: (notice) => set({ notice }),
  language: DEFAULT_LANGUAGE,
  setLanguage: async (language) => {
    const entry = languageEntry(language);
    try {
      switchCatalogue(language, await entry.load());
      // A note after an action was worded in the old language; it belongs to that moment.
      set({ language, notice: null });
    } catch (error) {
      set({ notice: t('shell.languageLoadFailed', { language: entry.name, detail: messageOf(error) }) });
    }
  },
});
