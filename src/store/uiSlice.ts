import type { StateCreator } from 'zustand';
import type { PlaygroundState } from './playgroundState';

/** Interface state that is not part of the experiment. */
export interface UiSlice {
  /** Messages of fields whose typed text is not a valid value, by field id; the experiment keeps the last valid value. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Problems found in the link the page was opened with. */
  readonly linkProblems: readonly string[];
  /** A short note after an action such as Copy link. */
  readonly notice: string | null;
  setFieldError(fieldId: string, message: string | null): void;
  setLinkProblems(problems: readonly string[]): void;
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
  setLinkProblems: (problems) => set({ linkProblems: [...new Set(problems)] }),
  dismissLinkProblems: () => set({ linkProblems: [] }),
  setNotice: (notice) => set({ notice }),
});
