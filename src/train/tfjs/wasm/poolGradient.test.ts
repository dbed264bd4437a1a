import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { onBackend, relativeDifference } from '../../../../test/kits/wasmBackend';
import { createRng } from '../../../core/util/rng';

type Pool = 'max' | 'avg';

interface PoolCase {
  readonly pool: Pool;
  readonly size: number;
  readonly window: number;
  readonly stride: number;
  readonly padding: 'same' | 'valid';
}

/** Odd and even sizes, overlapping windows, both paddings; inputs of both signs. */
const CASES: PoolCase[] = (['max', 'avg'] as const).flatMap((pool) =>
  [
    { size: 3, window: 2, stride: 2, padding: 'valid' },
    { size: 5, window: 2, stride: 2, padding: 'valid' },
    { size: 6, window: 3, stride: 3, padding: 'valid' },
    { size: 7, window: 3, stride: 2, padding: 'same' },
    { size: 4, window: 2, stride: 1, padding: 'valid' },
  ].map((shape) => ({ pool, ...shape }) as PoolCase),
);

/** ∂/∂x of Σ r·pool(x) for random x (negative values too) and random r. */
function poolGradient(c: PoolCase, seed: number): () => tf.Tensor {
  return () => {
    const rng = createRng(seed);
    const shape: [number, number, number, number] = [3, c.size, c.size, 4];
    const x = tf.tensor4d(
      Float32Array.from({ length: tf.util.sizeFromShape(shape) }, () => rng.normal() - 0.5),
      shape,
    );
    const pool = (a: tf.Tensor4D): tf.Tensor4D =>
      c.pool === 'max'
        ? tf.maxPool(a, c.window, c.stride, c.padding)
        : tf.avgPool(a, c.window, c.stride, c.padding);
    const outShape = pool(x).shape;
    const r = tf.tensor(
      Float32Array.from({ length: tf.util.sizeFromShape(outShape) }, () => rng.normal()),
      outShape,
    );
    return tf.grad((a: tf.Tensor) => tf.sum(tf.mul(pool(a as tf.Tensor4D), r)))(x);
  };
}

describe("pooling's gradients on wasm", () => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(CASES.map((c, index) => [index, c] as const))(
    'case %i matches cpu autodiff to 1e-4 relative: %o',
    async (index, c) => {
      const [expected] = await onBackend('cpu', poolGradient(c, index + 1));
      const [actual] = await onBackend('wasm', poolGradient(c, index + 1));
      expect(relativeDifference(actual as Float32Array, expected as Float32Array)).toBeLessThan(1e-4);
    },
  );
});
