/**
 * The losses on plain arrays: the gradient training follows (from the logits for cross-entropy on
 * its matching output, as tfjs/gradients.ts's outputGradient) and the per-example values and
 * scores the metrics report (as tfjs/losses.ts and tfjs/evaluate.ts define them). Rows are `units`
 * wide, row-major.
 */
import type { LossId, OutputLayerSpec } from '../../core/experiment/experiment';
import { HUBER_DELTA } from '../../core/registries/losses';
import { assertNever } from '../../core/util/assert';
import { classThreshold, PROBABILITY_EPSILON } from '../shared/lossPrimitives';

/**
 * Keras's probability clip as the tfjs path applies it: bounds and probabilities are float32 there,
 * so 1 − ε is 0.99999988 and log(1 − p) bottoms out at log(1.19e-7), not log(1e-7).
 */
const LOWEST_PROBABILITY = Math.fround(PROBABILITY_EPSILON);
const HIGHEST_PROBABILITY = Math.fround(1 - PROBABILITY_EPSILON);

const clipProbability = (p: number): number =>
  Math.min(Math.max(Math.fround(p), LOWEST_PROBABILITY), HIGHEST_PROBABILITY);

/** Throws, in the tfjs path's words, for a loss whose gradient through this output layer is not written. */
export function assertTrainable(loss: LossId, activation: OutputLayerSpec['activation']): void {
  const isCrossEntropy = loss === 'binaryCrossentropy' || loss === 'categoricalCrossentropy';
  const hasItsOutput =
    (loss === 'binaryCrossentropy' && activation === 'sigmoid') ||
    (loss === 'categoricalCrossentropy' && activation === 'softmax');
  if (isCrossEntropy && !hasItsOutput)
    throw new Error(`No hand-written gradient for ${loss} on this output layer.`);
}

/** ∂(mean loss)/∂h at one output value, before the output activation's derivative. */
function outputValueGradient(loss: LossId, target: number, output: number, perElement: number): number {
  switch (loss) {
    case 'meanSquaredError':
      return (output - target) * 2 * perElement;
    case 'meanAbsoluteError':
      return Math.sign(output - target) * perElement;
    case 'huber':
      return Math.min(Math.max(output - target, -HUBER_DELTA), HUBER_DELTA) * perElement;
    case 'hinge':
      return target * output <= 1 ? -target * perElement : 0;
    case 'squaredHinge':
      return -2 * perElement * target * Math.max(1 - target * output, 0);
    case 'binaryCrossentropy':
    case 'categoricalCrossentropy':
      throw new Error(`No hand-written gradient for ${loss} on this output layer.`);
    default:
      return assertNever(loss);
  }
}

/**
 * ∂(mean batch loss)/∂z of the output layer into `delta`, for `rows` rows of outputs h and targets:
 * (p − y)/n for sigmoid + binary and softmax + categorical cross-entropy; otherwise ∂L/∂h chained
 * through the output activation. Keras averages over units too, except categorical cross-entropy.
 */
export function outputDelta(
  loss: LossId,
  output: OutputLayerSpec,
  targets: Float64Array,
  outputs: Float64Array,
  rows: number,
  delta: Float64Array,
): void {
  const { units, activation } = output;
  const count = rows * units;
  const perElement = 1 / count;
  if (loss === 'binaryCrossentropy' && activation === 'sigmoid') {
    for (let i = 0; i < count; i++) delta[i] = ((outputs[i] as number) - (targets[i] as number)) * perElement;
    return;
  }
  if (loss === 'categoricalCrossentropy' && activation === 'softmax') {
    for (let i = 0; i < count; i++) delta[i] = ((outputs[i] as number) - (targets[i] as number)) / rows;
    return;
  }
  for (let i = 0; i < count; i++)
    delta[i] = outputValueGradient(loss, targets[i] as number, outputs[i] as number, perElement);
  if (activation === 'sigmoid') {
    for (let i = 0; i < count; i++) {
      const p = outputs[i] as number;
      delta[i] = (delta[i] as number) * p * (1 - p);
    }
  } else if (activation === 'softmax') {
    for (let row = 0; row < count; row += units) {
      let weighted = 0;
      for (let k = row; k < row + units; k++) weighted += (delta[k] as number) * (outputs[k] as number);
      for (let k = row; k < row + units; k++)
        delta[k] = (outputs[k] as number) * ((delta[k] as number) - weighted);
    }
  }
}

/** One example's loss as tfjs/losses.ts's perExampleLoss defines it (mean over units; sum for categorical). */
export function exampleLoss(
  loss: LossId,
  targets: Float32Array,
  targetOffset: number,
  outputs: Float64Array,
  outputOffset: number,
  units: number,
): number {
  let total = 0;
  for (let k = 0; k < units; k++) {
    const y = targets[targetOffset + k] as number;
    const output = outputs[outputOffset + k] as number;
    switch (loss) {
      case 'binaryCrossentropy': {
        const p = clipProbability(output);
        total -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        break;
      }
      case 'categoricalCrossentropy':
        total -= y * Math.log(clipProbability(output));
        break;
      case 'meanSquaredError':
        total += (y - output) ** 2;
        break;
      case 'meanAbsoluteError':
        total += Math.abs(y - output);
        break;
      case 'hinge':
        total += Math.max(1 - y * output, 0);
        break;
      case 'squaredHinge':
        total += Math.max(1 - y * output, 0) ** 2;
        break;
      case 'huber': {
        const absolute = Math.abs(y - output);
        const quadratic = Math.min(absolute, HUBER_DELTA);
        total += 0.5 * quadratic * quadratic + HUBER_DELTA * (absolute - quadratic);
        break;
      }
      default:
        return assertNever(loss);
    }
  }
  return loss === 'categoricalCrossentropy' ? total : total / units;
}

/**
 * The class an output row predicts, as the tfjs engine's correctPredictions reads it: one unit
 * predicts class 1 above its threshold; several units their first argmax.
 */
export function predictedClass(output: OutputLayerSpec, outputs: Float64Array, offset: number): number {
  if (output.units === 1) return (outputs[offset] as number) > classThreshold(output) ? 1 : 0;
  let best = 0;
  for (let k = 1; k < output.units; k++)
    if ((outputs[offset + k] as number) > (outputs[offset + best] as number)) best = k;
  return best;
}
