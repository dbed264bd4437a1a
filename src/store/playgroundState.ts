import type { ComparisonSlice } from './comparisonSlice';
import type { DatasetSlice } from './datasetSlice';
import type { DoctorSlice } from './doctorSlice';
import type { ExperimentSlice } from './experimentSlice';
import type { ExportSlice } from './exportSlice';
import type { LearningRateSlice } from './learningRateSlice';
import type { NotebookSlice } from './notebookSlice';
import type { RunSlice } from './runSlice';
import type { UiSlice } from './uiSlice';

/** The whole store: the experiment being edited, the variants of a comparison, the runs executing them, interface state, the data sets' state, the doctor's findings and the run notebook. */
export type PlaygroundState = ExperimentSlice &
  ComparisonSlice &
  RunSlice &
  UiSlice &
  DatasetSlice &
  DoctorSlice &
  NotebookSlice &
  ExportSlice &
  LearningRateSlice;
