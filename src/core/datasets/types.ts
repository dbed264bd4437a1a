/** Labelled examples, features row-major (example i occupies features[i*numFeatures ...]). */
export interface LabeledData {
  readonly features: Float32Array;
  /** Class index of each example, 0..numClasses-1. */
  readonly labels: Uint8Array;
  readonly count: number;
}

/** A generated data set before the split. */
export interface Dataset extends LabeledData {
  readonly numFeatures: number;
  readonly numClasses: number;
}

/** A data set split into training and test parts. */
export interface SplitDataset {
  readonly train: LabeledData;
  readonly test: LabeledData;
  readonly numFeatures: number;
  readonly numClasses: number;
}
