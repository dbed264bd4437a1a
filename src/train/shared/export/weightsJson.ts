/**
 * The weights as JSON: per layer, each tensor's shape and its values in row-major order, written so
 * that each float32 reads back exactly. The PyTorch script starts from this file.
 */
import type { TrainedState } from './trainedState';

/** A tensor as the JSON holds it. */
export interface TensorJson {
  readonly shape: readonly number[];
  readonly values: readonly number[];
}

/** One layer of the JSON: its kind and whatever tensors it has. */
export interface LayerWeightsJson {
  readonly index: number;
  readonly kind: string;
  readonly kernel?: TensorJson;
  readonly bias?: TensorJson;
  readonly gamma?: TensorJson;
  readonly beta?: TensorJson;
  readonly movingMean?: TensorJson;
  readonly movingVariance?: TensorJson;
}

/** The whole file. */
export interface WeightsJson {
  readonly format: 'training-playground-weights';
  readonly version: 1;
  readonly epoch: number;
  readonly parameterCount: number;
  readonly layers: readonly LayerWeightsJson[];
}

/** A float32 as the shortest decimal that reads back as the same float32 (9 significant digits suffice). */
export const float32Text = (value: number): string => String(Number(value.toPrecision(9)));

/** The same as a number, for JSON.stringify. */
const float32Number = (value: number): number => Number(value.toPrecision(9));

const tensorJson = (shape: readonly number[], values: Float32Array): TensorJson => ({
  shape,
  values: Array.from(values, float32Number),
});

/** The JSON document of a trained state. */
export function weightsJson(state: TrainedState): WeightsJson {
  let offset = 0;
  const layers = state.layout.layers.map((layer): LayerWeightsJson => {
    const tensors: Record<string, TensorJson> = {};
    for (const part of layer.parts) {
      tensors[part.role] = tensorJson(part.shape, state.params.subarray(offset, offset + part.size));
      offset += part.size;
    }
    const moving = state.movingStatistics.get(layer.index);
    if (moving) {
      tensors.movingMean = tensorJson([moving.mean.length], moving.mean);
      tensors.movingVariance = tensorJson([moving.variance.length], moving.variance);
    }
    return { index: layer.index, kind: layer.kind, ...tensors };
  });
  return {
    format: 'training-playground-weights',
    version: 1,
    epoch: state.epoch,
    parameterCount: state.layout.parameterCount,
    layers,
  };
}
