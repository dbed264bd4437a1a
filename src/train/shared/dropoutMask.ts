/**
 * Inverted dropout's keep-mask, drawn in JavaScript from the step's seed, so that every backend and
 * both engines drop the same units at the same step.
 */
import { createRng } from '../../core/util/rng';
import { deriveSeed, SEED_STREAM } from './seeds';

/**
 * Fills the first `count` values of `mask` for dropout layer `layerIndex` at the step whose dropout
 * seed is `stepSeed`: 1/(1 − rate) (as float32) where a unit is kept, 0 where it is dropped.
 */
export function fillDropoutMask(
  mask: Float32Array,
  count: number,
  rate: number,
  stepSeed: number,
  layerIndex: number,
): void {
  const rng = createRng(deriveSeed(stepSeed, SEED_STREAM.dropout, layerIndex));
  const scale = 1 / (1 - rate);
  for (let i = 0; i < count; i++) mask[i] = rng.next() >= rate ? scale : 0;
}
