/**
 * The mini-batches of an epoch, shared by both engines so that they see the same examples in the
 * same order for the same seed: how many batches of which size, and the seeded shuffle. No tfjs
 * here, so the JavaScript engine runs without loading it.
 */
import { createRng, permutation } from '../../core/util/rng';
import { deriveSeed, SEED_STREAM } from './seeds';

/** Sizes of the mini-batches of an epoch: full batches, then the remainder (as Keras does). */
export function batchSizes(exampleCount: number, batchSize: number): number[] {
  const size = Math.max(1, Math.min(Math.floor(batchSize), exampleCount));
  const sizes = new Array<number>(Math.floor(exampleCount / size)).fill(size);
  if (exampleCount % size > 0) sizes.push(exampleCount % size);
  return sizes;
}

/** The order of the training examples in epoch `epoch` (1 for the first), from the training seed. */
export function epochOrder(exampleCount: number, seed: number, epoch: number): Uint32Array {
  return permutation(exampleCount, createRng(deriveSeed(seed, SEED_STREAM.shuffle, epoch)));
}
