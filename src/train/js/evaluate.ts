/**
 * End-of-epoch evaluation and the decision boundary for the plain-JavaScript engine, with the
 * tfjs engine's definitions (its evaluate.ts): the sums epochMetrics.ts turns into metrics, and the
 * boundary's class and confidence per cell.
 */
import { BOUNDARY_GRID_SIZE, boundaryGridPoints } from '../../core/datasets/plane';
import type { LossId, OutputLayerSpec } from '../../core/experiment/experiment';
import type { BoundaryGrid } from '../../core/run/types';
import { EPOCH_SUMS_LENGTH } from '../shared/epochMetrics';
import type { JsRunData } from './data';
import { exampleLoss, predictedClass } from './losses';
import type { DenseNetwork } from './model';

/** An epoch's evaluation sums (epochMetrics.ts), float32 values in float64. */
export type EpochSums = Float64Array;

/**
 * Runs the first `count` rows of `features` through `network` in inference mode, a chunk of at
 * most its capacity at a time (copied into `input`), and hands each chunk's outputs to `visit`.
 */
export function forEachOutputChunk(
  network: DenseNetwork,
  params: Float32Array,
  features: Float32Array,
  numFeatures: number,
  count: number,
  input: Float64Array,
  visit: (outputs: Float64Array, firstRow: number, rows: number) => void,
): void {
  for (let first = 0; first < count; first += network.capacity) {
    const rows = Math.min(network.capacity, count - first);
    for (let i = 0; i < rows * numFeatures; i++) input[i] = features[first * numFeatures + i] as number;
    network.forward(params, input, rows, null);
    visit(network.output, first, rows);
  }
}

/** Σ_k (output − target)² of one example. */
function squaredError(
  targets: Float32Array,
  targetOffset: number,
  outputs: Float64Array,
  outputOffset: number,
  units: number,
): number {
  let total = 0;
  for (let k = 0; k < units; k++)
    total += ((outputs[outputOffset + k] as number) - (targets[targetOffset + k] as number)) ** 2;
  return total;
}

/**
 * The epoch's sums, each rounded to float32 as the tfjs path's evaluation tensor holds them (so a
 * sum past float32's range reads as infinite there and here). The score is the count of correct
 * predictions, or the sum of squared errors for regression.
 */
export function epochSums(
  network: DenseNetwork,
  lossId: LossId,
  output: OutputLayerSpec,
  params: Float32Array,
  data: JsRunData,
  input: Float64Array,
): EpochSums {
  const sums = new Float64Array(EPOCH_SUMS_LENGTH);
  const { units } = output;
  const isRegression = output.targetEncoding === 'real';
  const evaluated = data.evaluation;
  const total = evaluated.trainCount + evaluated.testCount;
  forEachOutputChunk(
    network,
    params,
    evaluated.features,
    data.numFeatures,
    total,
    input,
    (outputs, first, rows) => {
      for (let row = 0; row < rows; row++) {
        const example = first + row;
        const offset = row * units;
        // The tfjs path's outputs are float32: rounding here keeps saturated cross-entropy the same.
        for (let k = offset; k < offset + units; k++) outputs[k] = Math.fround(outputs[k] as number);
        const part = example < evaluated.trainCount ? 0 : 1;
        const loss = exampleLoss(lossId, evaluated.targets, example * units, outputs, offset, units);
        const score = isRegression
          ? squaredError(evaluated.targets, example * units, outputs, offset, units)
          : Number(predictedClass(output, outputs, offset) === evaluated.labels[example]);
        sums[part] = (sums[part] as number) + loss;
        sums[2 + part] = (sums[2 + part] as number) + score;
      }
    },
  );
  let parameterSum = 0;
  for (let i = 0; i < params.length; i++) parameterSum += params[i] as number;
  sums[4] = parameterSum;
  for (let i = 0; i < sums.length; i++) sums[i] = Math.fround(sums[i] as number);
  return sums;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The plane's boundary grid points, made once: every 2-D run predicts on the same cells. */
let gridPoints: Float32Array | null = null;

/**
 * Predicted class and confidence per cell of the plane's grid, as tfjs/evaluate.ts's predictBoundary:
 * the class's probability; a linear score squashed (sigmoid(|score|) for one unit, softmax for
 * several); regression shows class 0 with the prediction squashed by a sigmoid.
 */
export function boundaryGrid(
  network: DenseNetwork,
  output: OutputLayerSpec,
  params: Float32Array,
  input: Float64Array,
): BoundaryGrid {
  gridPoints ??= boundaryGridPoints(BOUNDARY_GRID_SIZE);
  const cells = BOUNDARY_GRID_SIZE * BOUNDARY_GRID_SIZE;
  const classIndex = new Uint8Array(cells);
  const confidence = new Float32Array(cells);
  const { units, activation } = output;
  forEachOutputChunk(network, params, gridPoints, 2, cells, input, (outputs, first, rows) => {
    for (let row = 0; row < rows; row++) {
      const cell = first + row;
      const offset = row * units;
      const score = outputs[offset] as number;
      if (output.targetEncoding === 'real') {
        confidence[cell] = sigmoid(score);
      } else if (units === 1) {
        classIndex[cell] = predictedClass(output, outputs, offset);
        confidence[cell] = activation === 'linear' ? sigmoid(Math.abs(score)) : Math.max(score, 1 - score);
      } else {
        const best = predictedClass(output, outputs, offset);
        const bestValue = outputs[offset + best] as number;
        classIndex[cell] = best;
        if (activation === 'linear') {
          let total = 0;
          for (let k = 0; k < units; k++) total += Math.exp((outputs[offset + k] as number) - bestValue);
          confidence[cell] = 1 / total;
        } else {
          confidence[cell] = bestValue;
        }
      }
    }
  });
  return { size: BOUNDARY_GRID_SIZE, classIndex, confidence };
}
