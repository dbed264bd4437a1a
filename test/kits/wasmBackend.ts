/** Runs tfjs's wasm backend in Node tests, with the app's filter gradient registered. */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmTrainingKernels } from '../../src/train/tfjs/wasm/registerWasmKernels';

/** Computes `f` on `backend` and reads its tensors back as plain arrays (disposing them). */
export async function onBackend(
  backend: 'cpu' | 'wasm',
  f: () => tf.Tensor | tf.Tensor[],
): Promise<Float32Array[]> {
  if (backend === 'wasm') {
    // The threaded build needs a worker pool that Node tests do not have.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    registerWasmTrainingKernels();
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs's ${backend} backend did not start`);
  const result = tf.tidy(f);
  const tensors = Array.isArray(result) ? result : [result];
  const values = tensors.map((tensor) => tensor.dataSync() as Float32Array);
  tf.dispose(tensors);
  return values;
}

/** Largest |a − b| over the largest |b| (1 when b is all zeros): a scale-free distance. */
export function relativeDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let difference = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    difference = Math.max(difference, Math.abs((a[i] as number) - (b[i] as number)));
    scale = Math.max(scale, Math.abs(b[i] as number));
  }
  return difference / (scale || 1);
}
