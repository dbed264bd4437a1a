import type { ExperimentSlice } from './experimentSlice';
import type { RunSlice } from './runSlice';
import type { UiSlice } from './uiSlice';

/** The whole store: the experiment being edited, the run executing it, and interface state. */
export type PlaygroundState = ExperimentSlice & RunSlice & UiSlice;
