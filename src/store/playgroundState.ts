import type { DatasetSlice } from './datasetSlice';
import type { ExperimentSlice } from './experimentSlice';
import type { RunSlice } from './runSlice';
import type { UiSlice } from './uiSlice';

/** The whole store: the experiment being edited, the run executing it, interface state and the data sets' state. */
export type PlaygroundState = ExperimentSlice & RunSlice & UiSlice & DatasetSlice;
