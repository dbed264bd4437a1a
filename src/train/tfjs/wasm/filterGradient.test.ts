import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { onBackend, relativeDifference } from '../../../../test/kits/wasmBackend';
import { createRng } from '../../../core/util/rng';

interface ConvCase {
  readonly batch: number;
  readonly height: number;
  readonly width: number;
  readonly inChannels: number;
  readonly outChannels: number;
  readonly kernel: number;
  readonly stride: number;
  readonly padding: 'same' | 'valid';
}

/** Seeded random shapes: every stride 1 to 3 with both paddings, odd and even sizes. */
function randomCases(count: number): ConvCase[] {
  const rng = createRng(23);
  return Array.from({ length: count }, (_, index) => {
    const kernel = 1 + rng.nextInt(5);
    return {
      batch: 1 + rng.nextInt(4),
      height: kernel + rng.nextInt(8),
      width: kernel + rng.nextInt(8),
      inChannels: 1 + rng.nextInt(4),
      outChannels: 1 + rng.nextInt(5),
      kernel,
      stride: 1 + (index % 3),
      padding: index % 2 === 0 ? 'same' : 'valid',
    };
  });
}

const randomValues = (size: number, seed: number): Float32Array => {
  const rng = createRng(seed);
  return Float32Array.from({ length: size }, () => rng.normal());
};

/** ∂/∂x and ∂/∂w of Σ r·conv2d(x, w), with r random so that the output gradient is random too. */
function convGradients(c: ConvCase, seed: number): () => tf.Tensor[] {
  const xShape: [number, number, number, number] = [c.batch, c.height, c.width, c.inChannels];
  const wShape: [number, number, number, number] = [c.kernel, c.kernel, c.inChannels, c.outChannels];
  return () => {
    const x = tf.tensor4d(randomValues(tf.util.sizeFromShape(xShape), seed), xShape);
    const w = tf.tensor4d(randomValues(tf.util.sizeFromShape(wShape), seed + 1), wShape);
    const probe = tf.conv2d(x, w, c.stride, c.padding);
    const r = tf.tensor(randomValues(probe.size, seed + 2), probe.shape);
    return tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.padding), r)),
    )([x, w]);
  };
}

describe("Conv2D's gradients on wasm", () => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(randomCases(18).map((c, index) => [index, c] as const))(
    'case %i matches cpu autodiff to 1e-4 relative: %o',
    async (index, c) => {
      const expected = await onBackend('cpu', convGradients(c, 100 * index));
      const actual = await onBackend('wasm', convGradients(c, 100 * index));
      expect(actual).toHaveLength(2);
      actual.forEach((values, which) => {
        expect(relativeDifference(values, expected[which] as Float32Array)).toBeLessThan(1e-4);
      });
    },
  );

  it('leaves no tensor or wasm buffer behind', async () => {
    const c = randomCases(3)[1] as ConvCase;
    await onBackend('wasm', convGradients(c, 7));
    const before = tf.memory().numTensors;
    const dataBefore = tf.engine().backend.numDataIds();
    await onBackend('wasm', convGradients(c, 7));
    expect(tf.memory().numTensors).toBe(before);
    expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
  });
});
