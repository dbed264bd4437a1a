/**
 * The pieces of the losses that need no tfjs, shared by both engines: Keras's probability clip,
 * the threshold of a one-unit output and the encoding of the targets for the output layer. Kept
 * apart from tfjs/losses.ts so that the JavaScript engine runs without loading tfjs.
 */
import type { OutputLayerSpec, TargetEncoding } from '../../core/experiment/experiment';

/** Keras's fuzz factor: probabilities are clipped to [ε, 1 − ε] before a logarithm. */
export const PROBABILITY_EPSILON = 1e-7;

/** Where one output unit predicts class 1: above 0.5 for a sigmoid probability, above 0 for a linear score. */
export function classThreshold(output: OutputLayerSpec): number {
  return output.activation === 'linear' ? 0 : 0.5;
}

/**
 * Targets for the output layer, row-major [count, units]: from class indices, or the real targets
 * themselves for regression ('real', one unit).
 */
export function encodeTargets(
  encoding: TargetEncoding,
  labels: Uint8Array,
  numClasses: number,
  realTargets?: Float32Array,
): Float32Array {
  if (encoding === 'real') {
    if (!realTargets) throw new Error('A regression data set needs its targets.');
    return Float32Array.from(realTargets.subarray(0, labels.length));
  }
  const isSigned = encoding === 'signedBinary' || encoding === 'signedOneHot';
  const off = isSigned ? -1 : 0;
  if (encoding === 'binary01' || encoding === 'signedBinary') {
    return Float32Array.from(labels, (label) => (label === 1 ? 1 : off));
  }
  const targets = new Float32Array(labels.length * numClasses).fill(off);
  labels.forEach((label, i) => {
    targets[i * numClasses + label] = 1;
  });
  return targets;
}
