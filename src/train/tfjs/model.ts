/**
 * The network's parameters as tensors. All trainable weights live in ONE flat parameter vector
 * (layer by layer: kernel, bias; or batch norm's γ, β): raw ops skip tf.layers' per-call
 * bookkeeping, and a single vector lets an optimizer, clipping and regularization treat every
 * weight with a handful of ops per step instead of a handful per tensor, which is most of the step
 * time of a small network. The layout and the initial values are tf-free, in networkLayout.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { initialParameters, type NetworkLayout } from '../shared/networkLayout';

// The tfjs side keeps importing the layout from here; tf-free modules import networkLayout.ts.
export {
  initialParameters,
  type LayerLayout,
  type NetworkLayout,
  networkLayout,
  type ParameterPart,
  type ParameterRole,
  regularizationStrengths,
} from '../shared/networkLayout';

/** A layer's tensors as views of the flat vector. */
export interface LayerWeights {
  readonly kernel?: tf.Tensor;
  readonly bias?: tf.Tensor1D;
  readonly gamma?: tf.Tensor1D;
  readonly beta?: tf.Tensor1D;
}

/**
 * `params` cut into pieces of `sizes`, peeled off the front one at a time: wasm's Slice copies its
 * whole input before taking its piece, so cutting every piece from the whole vector copies it once
 * per piece, while peeling copies the vector twice and then only the shrinking tail (see
 * docs/decisions/engines.md).
 */
function splitPieces(params: tf.Tensor1D, sizes: readonly number[]): tf.Tensor[] {
  const pieces: tf.Tensor[] = [];
  let rest: tf.Tensor1D = params;
  sizes.forEach((size, index) => {
    if (index === sizes.length - 1) {
      pieces.push(rest);
      return;
    }
    const [piece, tail] = tf.split(rest, [size, rest.size - size]);
    pieces.push(piece as tf.Tensor);
    rest = tail as tf.Tensor1D;
  });
  return pieces;
}

/** Every layer's tensors as pieces of `params` (one reshape per kernel). Call inside tf.tidy. */
export function unpackParameters(layout: NetworkLayout, params: tf.Tensor1D): LayerWeights[] {
  const pieces = splitPieces(params, layout.partSizes);
  let next = 0;
  return layout.layers.map((layer) => {
    const weights: Record<string, tf.Tensor> = {};
    for (const entry of layer.parts) {
      const piece = pieces[next++] as tf.Tensor;
      weights[entry.role] = entry.role === 'kernel' ? tf.reshape(piece, entry.shape as number[]) : piece;
    }
    return weights as LayerWeights;
  });
}

/** A trainable flat parameter vector holding the seeded initial weights. */
export function createParameters(layout: NetworkLayout, seed: number): tf.Variable<tf.Rank.R1> {
  // Not through tf.tidy: a Variable returned from a nested tidy is tracked by the outer one and leaks.
  const initial = tf.tensor1d(initialParameters(layout, seed));
  const params = tf.variable(initial, true);
  initial.dispose();
  return params;
}
