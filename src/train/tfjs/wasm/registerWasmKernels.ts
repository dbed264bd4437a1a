/**
 * Makes tfjs's wasm backend train convolutional networks: adds the filter gradient it lacks and
 * replaces its max-pooling gradient, which is wrong on negative inputs. Call before training on
 * wasm; the worker's tfjs chunk calls it at load, tests before switching to wasm.
 */
import * as tf from '@tensorflow/tfjs';
import { filterGradientKernel } from './filterGradient';
import { maxPoolGradientKernel } from './maxPoolGradient';

const OURS = [filterGradientKernel, maxPoolGradientKernel];

/** Registers the app's wasm training kernels once; a second call changes nothing. */
export function registerWasmTrainingKernels(): void {
  for (const kernel of OURS) {
    const registered = tf.getKernel(kernel.kernelName, 'wasm');
    if (registered === kernel) continue;
    // tfjs warns when a kernel is registered over another: take the backend's own out first.
    if (registered) tf.unregisterKernel(kernel.kernelName, 'wasm');
    tf.registerKernel(kernel);
  }
}
