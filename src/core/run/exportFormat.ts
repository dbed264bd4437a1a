/** What a person can take away from a run, shared by the training worker, the store and the UI. */

/** The four downloads: the tfjs Layers model, the weights as JSON, the data split as CSV, a PyTorch script. */
export type ExportFormat = 'model' | 'weights' | 'data' | 'pytorch';

/** The formats in the order the page offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['model', 'weights', 'data', 'pytorch'];

/** One downloadable file, its bytes transferred from the worker. */
export interface ExportFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: ArrayBuffer;
}

/** The file names of each format: a PyTorch script and model.json name the others by these. */
export const EXPORT_FILE_NAMES = {
  modelJson: 'model.json',
  modelWeights: 'model.weights.bin',
  weightsJson: 'weights.json',
  dataCsv: 'data.csv',
  pytorchScript: 'train.py',
} as const;

/**
 * Largest file the worker builds, in bytes: a larger one (MNIST's whole split as text) would take
 * hundreds of megabytes of memory twice, in the worker and in the page's Blob.
 */
export const EXPORT_MAX_BYTES = 128 * 1024 * 1024;
