/**
 * MaxPoolGrad for wasm in JavaScript, replacing tfjs-backend-wasm 4.22's, which starts each
 * window's maximum at the smallest positive float (std::numeric_limits<float>::min()): a window of
 * negative values (after tanh, ELU or batch norm) sends its gradient to the wrong pixel. Like
 * tfjs's cpu backend, the first largest value of a window takes the gradient. One pass over the
 * input, about as cheap as the forward pooling (docs/decisions/wasm-convolutions.md).
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelArgs, WasmBackendHeap } from './kernelArgs';

/** The attributes tfjs-core passes to MaxPoolGrad (MaxPoolGradAttrs). */
interface MaxPoolGradAttrs {
  readonly filterSize: [number, number] | number;
  readonly strides: [number, number] | number;
  readonly pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  readonly dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/** dx: each window's output gradient added at the position of the window's first maximum. */
function maxPoolGrad(args: KernelArgs): tf.TensorInfo {
  const backend = args.backend as WasmBackendHeap;
  const attrs = args.attrs as unknown as MaxPoolGradAttrs;
  const input = args.inputs.input as tf.TensorInfo;
  const dy = args.inputs.dy as tf.TensorInfo;
  const info = tf.backend_util.computePool2DInfo(
    input.shape as [number, number, number, number],
    attrs.filterSize,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const output = backend.makeOutput(input.shape, 'float32');
  // Views after makeOutput: allocating may grow the wasm heap, which detaches older views.
  const dx = backend.typedArrayFromHeap(output);
  const x = backend.typedArrayFromHeap(input);
  const gradient = backend.typedArrayFromHeap(dy);
  dx.fill(0);
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
  const { strideHeight, strideWidth, dilationHeight, dilationWidth } = info;
  const { effectiveFilterHeight, effectiveFilterWidth } = info;
  const { top, left } = info.padInfo;
  let dyIndex = 0;
  for (let b = 0; b < batchSize; b++) {
    const imageStart = b * inHeight * inWidth * channels;
    for (let row = 0; row < outHeight; row++) {
      const rowStart = row * strideHeight - top;
      for (let column = 0; column < outWidth; column++) {
        const columnStart = column * strideWidth - left;
        for (let channel = 0; channel < channels; channel++, dyIndex++) {
          let best = Number.NEGATIVE_INFINITY;
          let bestIndex = -1;
          for (let dr = 0; dr < effectiveFilterHeight; dr += dilationHeight) {
            const r = rowStart + dr;
            if (r < 0 || r >= inHeight) continue;
            for (let dc = 0; dc < effectiveFilterWidth; dc += dilationWidth) {
              const c = columnStart + dc;
              if (c < 0 || c >= inWidth) continue;
              const index = imageStart + (r * inWidth + c) * channels + channel;
              const value = x[index] as number;
              if (value > best) {
                best = value;
                bestIndex = index;
              }
            }
          }
          if (bestIndex >= 0) dx[bestIndex] = (dx[bestIndex] as number) + (gradient[dyIndex] as number);
        }
      }
    }
  }
  return output;
}

/** MaxPoolGrad for wasm, to register over the backend's own. */
export const maxPoolGradientKernel: tf.KernelConfig = {
  kernelName: 'MaxPoolGrad',
  backendName: 'wasm',
  kernelFunc: maxPoolGrad as tf.KernelFunc,
};
