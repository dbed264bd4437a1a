/**
 * The data a plain-JavaScript run keeps for its whole life, laid out as the tfjs engine's data.ts
 * lays it out: the training then test rows in one block, and the rows the epoch metrics are
 * computed on; and the copy of a mini-batch into the network's input buffers.
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { OutputLayerSpec } from '../../core/experiment/experiment';
import { evaluatedSplit } from '../shared/evaluationSample';
import { type SplitRows, splitRows } from '../shared/splitRows';

/** A split data set as plain arrays, ready to train and evaluate on. */
export interface JsRunData extends SplitRows {
  readonly numFeatures: number;
  /** Values per target row: the output layer's units. */
  readonly targetWidth: number;
  /** The rows the epoch metrics are computed on: a large training set's fixed sample (evaluationSample.ts), then the test set. */
  readonly evaluation: SplitRows;
}

/** A split data set as one block of rows, its targets encoded for `output`. */
export function createJsRunData(dataset: SplitDataset, output: OutputLayerSpec): JsRunData {
  const rows = splitRows(dataset, output);
  const evaluated = evaluatedSplit(dataset);
  return {
    ...rows,
    numFeatures: dataset.numFeatures,
    targetWidth: output.units,
    evaluation: evaluated === dataset ? rows : splitRows(evaluated, output),
  };
}

/**
 * Copies the `count` training examples at `order[start…]`, in that order, into `input`
 * ([count, features]) and `targets` ([count, units]) row-major.
 */
export function copyBatch(
  data: JsRunData,
  order: Uint32Array,
  start: number,
  count: number,
  input: Float64Array,
  targets: Float64Array,
): void {
  const { numFeatures, targetWidth: units } = data;
  for (let row = 0; row < count; row++) {
    const example = order[start + row] as number;
    for (let i = 0; i < numFeatures; i++)
      input[row * numFeatures + i] = data.features[example * numFeatures + i] as number;
    for (let k = 0; k < units; k++) targets[row * units + k] = data.targets[example * units + k] as number;
  }
}
