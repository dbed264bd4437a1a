/** What tfjs passes a kernel function, with the backend left opaque. */
import type * as tf from '@tensorflow/tfjs';

/** A kernel's inputs, backend and attributes (tfjs's KernelFunc parameter). */
export interface KernelArgs {
  readonly inputs: tf.NamedTensorInfoMap;
  readonly backend: object;
  readonly attrs?: tf.NamedAttrMap;
}

/** The few methods of tfjs-backend-wasm's BackendWasm that kernels written in JavaScript use. */
export interface WasmBackendHeap {
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  typedArrayFromHeap(tensor: tf.TensorInfo): Float32Array;
  disposeData(dataId: object): void;
}
