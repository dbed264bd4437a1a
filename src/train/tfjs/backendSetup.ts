/**
 * Browser-only backend setup, imported by the worker's tfjs chunk alone (tfjsWorkerEntry.ts, loaded
 * the first time a run needs tfjs): registers the wasm backend and
 * points it at the three .wasm files that Vite ships next to the app (`?url` imports give
 * relative, hashed asset paths; no CDN). Node tests never import this module, since Node cannot
 * resolve `?url`.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerWasmTrainingKernels } from './wasm/registerWasmKernels';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});
// Multi-threaded wasm hung in a minified production build and gained nothing on two cores.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
// wasm lacks Conv2DBackpropFilter and miscomputes MaxPoolGrad on negative inputs: ours replace them.
registerWasmTrainingKernels();
