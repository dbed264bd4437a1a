/** Pure edits of a layer stack, used by the store's actions: patch a layer's fields, move, add, remove. */
import type {
  ActivationId,
  InitializerId,
  KernelRegularization,
  LayerConfig,
  LayerKind,
  PaddingId,
} from '../experiment/experiment';
import { LAYER_KINDS } from '../registries/layers';
import { MODEL_LIMITS } from '../registries/training';

/** Fields a layer edit may change; only those the layer's kind has are applied. */
export interface LayerFieldsPatch {
  readonly units?: number;
  readonly filters?: number;
  readonly kernelSize?: number;
  readonly stride?: number;
  readonly padding?: PaddingId;
  readonly poolSize?: number;
  readonly rate?: number;
  readonly activation?: ActivationId;
  readonly initializer?: InitializerId;
}

/** `layer` with the fields of `patch` its kind has (others are ignored). */
export function patchLayer(layer: LayerConfig, patch: LayerFieldsPatch): LayerConfig {
  switch (layer.kind) {
    case 'dense':
      return {
        ...layer,
        ...(patch.units === undefined ? {} : { units: patch.units }),
        ...(patch.activation === undefined ? {} : { activation: patch.activation }),
        ...(patch.initializer === undefined ? {} : { initializer: patch.initializer }),
      };
    case 'conv2d':
      return {
        ...layer,
        ...(patch.filters === undefined ? {} : { filters: patch.filters }),
        ...(patch.kernelSize === undefined ? {} : { kernelSize: patch.kernelSize }),
        ...(patch.stride === undefined ? {} : { stride: patch.stride }),
        ...(patch.padding === undefined ? {} : { padding: patch.padding }),
        ...(patch.activation === undefined ? {} : { activation: patch.activation }),
        ...(patch.initializer === undefined ? {} : { initializer: patch.initializer }),
      };
    case 'maxPool2d':
    case 'avgPool2d':
      return patch.poolSize === undefined ? layer : { ...layer, poolSize: patch.poolSize };
    case 'dropout':
      return patch.rate === undefined ? layer : { ...layer, rate: patch.rate };
    case 'flatten':
    case 'batchNorm':
      return layer;
    default:
      throw new Error(`Unknown layer kind: ${String(layer satisfies never)}`);
  }
}

/** `layer` with its own regularization set, or removed (null: the global strengths apply). */
export function withRegularization(
  layer: LayerConfig,
  regularization: KernelRegularization | null,
): LayerConfig {
  if (layer.kind !== 'dense' && layer.kind !== 'conv2d') return layer;
  if (regularization) return { ...layer, regularization };
  const { regularization: _removed, ...rest } = layer;
  return rest;
}

/** The stack with a new layer of `kind` at the end: a dense layer copies the last dense layer's settings. */
export function addLayer(layers: readonly LayerConfig[], kind: LayerKind): readonly LayerConfig[] {
  if (layers.length >= MODEL_LIMITS.maxHiddenLayers) return layers;
  const lastDense = [...layers].reverse().find((layer) => layer.kind === 'dense');
  const added = kind === 'dense' && lastDense ? { ...lastDense } : LAYER_KINDS[kind].create();
  return [...layers, added];
}

/** The stack without layer `index`. */
export const removeLayer = (layers: readonly LayerConfig[], index: number): readonly LayerConfig[] =>
  layers.filter((_, i) => i !== index);

/** The stack with layer `index` moved by `offset` places (unchanged when that leaves the stack). */
export function moveLayer(
  layers: readonly LayerConfig[],
  index: number,
  offset: number,
): readonly LayerConfig[] {
  const target = index + offset;
  if (index < 0 || index >= layers.length || target < 0 || target >= layers.length) return layers;
  const moved = [...layers];
  const [layer] = moved.splice(index, 1);
  if (layer) moved.splice(target, 0, layer);
  return moved;
}
