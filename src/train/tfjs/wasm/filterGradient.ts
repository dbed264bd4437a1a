/**
 * The one kernel that training a convolutional network lacks on tfjs's wasm backend,
 * Conv2DBackpropFilter, built from kernels wasm has (Transpose, Conv2D, Slice): the filter gradient
 * of a convolution is itself a convolution, of the input seen as [inChannels, H, W, batch] with the
 * output gradient seen as a [outH, outW, batch, outChannels] filter, dilated by the stride.
 * Registered as a kernel, not a custom gradient, so that any tfjs code (the app's tf.grads, a bare
 * model.fit) trains on wasm. See docs/decisions/wasm-convolutions.md.
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelArgs } from './kernelArgs';

/** The kernels this one is made of, called directly as wasm's own kernels call each other. */
type Kernel = (args: KernelArgs) => tf.TensorInfo;

/** A registered kernel of the wasm backend, or an error naming it. */
function wasmKernel(name: string): Kernel {
  const config = tf.getKernel(name, 'wasm');
  if (!config) throw new Error(`The wasm backend has no ${name} kernel.`);
  return config.kernelFunc as Kernel;
}

/** The attributes tfjs-core passes to Conv2DBackpropFilter (Conv2DBackpropFilterAttrs). */
interface FilterGradientAttrs {
  readonly strides: [number, number] | number;
  readonly pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  readonly dataFormat: 'NHWC' | 'NCHW';
  readonly dimRoundingMode?: 'floor' | 'round' | 'ceil';
  readonly filterShape: [number, number, number, number];
}

/** dW = conv(xᵀ, dyᵀ) with dilation = stride: dW[i,j,c,o] = Σ_b,y,x x[b, y·s + i, x·s + j, c]·dy[b,y,x,o]. */
function conv2dBackpropFilter(args: KernelArgs): tf.TensorInfo {
  const { inputs, backend } = args;
  const attrs = args.attrs as unknown as FilterGradientAttrs;
  const x = inputs.x as tf.TensorInfo;
  const dy = inputs.dy as tf.TensorInfo;
  if (attrs.dataFormat !== 'NHWC') throw new Error('Conv2DBackpropFilter on wasm supports NHWC only.');
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const { top, bottom, left, right } = info.padInfo;
  const [filterHeight, filterWidth, inChannels, outChannels] = attrs.filterShape;
  const transpose = wasmKernel('Transpose');
  const temporaries: tf.TensorInfo[] = [];
  const keep = (tensor: tf.TensorInfo): tf.TensorInfo => {
    temporaries.push(tensor);
    return tensor;
  };
  try {
    const images = keep(transpose({ inputs: { x }, backend, attrs: { perm: [3, 1, 2, 0] } }));
    const filter = keep(transpose({ inputs: { x: dy }, backend, attrs: { perm: [1, 2, 0, 3] } }));
    const explicitPadding: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [top, bottom],
      [left, right],
      [0, 0],
    ];
    const convolved = keep(
      wasmKernel('Conv2D')({
        inputs: { x: images, filter },
        backend,
        attrs: {
          strides: [1, 1],
          pad: explicitPadding,
          dataFormat: 'NHWC',
          dilations: [info.strideHeight, info.strideWidth],
          dimRoundingMode: 'floor',
        } as unknown as tf.NamedAttrMap,
      }),
    );
    // The padded input may reach past the last filter row when the stride does not divide it.
    const [, rows = 0, columns = 0] = convolved.shape;
    const cropped =
      rows === filterHeight && columns === filterWidth
        ? convolved
        : keep(
            wasmKernel('Slice')({
              inputs: { x: convolved },
              backend,
              attrs: { begin: [0, 0, 0, 0], size: [inChannels, filterHeight, filterWidth, outChannels] },
            }),
          );
    return transpose({ inputs: { x: cropped }, backend, attrs: { perm: [1, 2, 0, 3] } });
  } finally {
    const data = backend as { disposeData(dataId: object): void };
    for (const tensor of temporaries) data.disposeData(tensor.dataId);
  }
}

/** Conv2DBackpropFilter for wasm, which tfjs-backend-wasm 4.22 lacks. */
export const filterGradientKernel: tf.KernelConfig = {
  kernelName: 'Conv2DBackpropFilter',
  backendName: 'wasm',
  kernelFunc: conv2dBackpropFilter as tf.KernelFunc,
};
