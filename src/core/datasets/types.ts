/** What a data set asks of a model: a class per example, or a real number per example. */
export type DatasetTask = 'classification' | 'regression';

/** Labelled examples, features row-major (example i occupies features[i*numFeatures ...]). */
export interface LabeledData {
  readonly features: Float32Array;
  /** Class index of each example, 0..numClasses-1; all zeros for regression. */
  readonly labels: Uint8Array;
  /** Regression only: one real target per example. */
  readonly targets?: Float32Array;
  readonly count: number;
}

/** Shape facts shared by a data set and its split. */
export interface DatasetShape {
  /** Product of exampleShape. */
  readonly numFeatures: number;
  /** Classes of a classification set; 1 for regression. */
  readonly numClasses: number;
  /** Shape of one example: [2] for points, [f] for tabular rows, [height, width, 1] for images. */
  readonly exampleShape: readonly number[];
  readonly task: DatasetTask;
}

/** A data set before the split. */
export interface Dataset extends LabeledData, DatasetShape {}

/** A data set split into training and test parts. */
export interface SplitDataset extends DatasetShape {
  readonly train: LabeledData;
  readonly test: LabeledData;
}
