/** What the page's notices read: problems with the opening link and the note after an action. */
import type { PlaygroundState } from './playgroundState';

/** Problems with the link the page was opened with. */
export const selectLinkProblems = (state: PlaygroundState) => state.linkProblems;
/** A short note after an action. */
export const selectNotice = (state: PlaygroundState) => state.notice;
