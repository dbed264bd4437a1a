/**
 * fast-check arbitraries of the model and optimizer parts of an experiment, for property tests:
 * layer stacks that work on a data set, optimizers with optional schedules and clipping.
 */
import fc from 'fast-check';
import type { Experiment, HyperParameterValue, LayerConfig, LossId, OptimizerConfig } from './experiment';
import { modelInputOf } from './modelInput';
import { summarizeModel } from './modelSummary';
import { ACTIVATION_IDS } from './registries/activations';
import { INITIALIZER_IDS } from './registries/initializers';
import {
  DROPOUT_RATE_SPEC,
  FILTERS_SPEC,
  KERNEL_SIZE_SPEC,
  LAYER_L1_SPEC,
  LAYER_L2_SPEC,
  POOL_SIZE_SPEC,
  STRIDE_SPEC,
} from './registries/layers';
import { outputLayerFor } from './registries/losses';
import { OPTIMIZER_IDS, OPTIMIZERS } from './registries/optimizers';
import type { NumberParameterSpec } from './registries/parameters';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from './registries/schedules';
import { MODEL_LIMITS } from './registries/training';

/** Any value a spec allows; `+ 0` turns -0 into 0, which is what a link can say. */
export const numberWithin = (numberSpec: NumberParameterSpec, max = numberSpec.max): fc.Arbitrary<number> =>
  numberSpec.isInteger
    ? fc.integer({ min: numberSpec.min, max })
    : fc.double({ min: numberSpec.min, max, noNaN: true }).map((value) => value + 0);

/** A weighted layer's optional parts: an initialiser, its own regularization (each absent or present). */
const weightedOptions = fc.record(
  {
    initializer: fc.constantFrom(...INITIALIZER_IDS),
    regularization: fc.record({ l1: numberWithin(LAYER_L1_SPEC), l2: numberWithin(LAYER_L2_SPEC) }),
  },
  { requiredKeys: [] },
);

const denseArbitrary: fc.Arbitrary<LayerConfig> = fc
  .tuple(
    fc.record({
      kind: fc.constant('dense' as const),
      units: fc.integer({ min: MODEL_LIMITS.minUnits, max: MODEL_LIMITS.maxUnits }),
      activation: fc.constantFrom(...ACTIVATION_IDS),
    }),
    weightedOptions,
  )
  .map(([layer, options]) => ({ ...layer, ...options }));

const convArbitrary: fc.Arbitrary<LayerConfig> = fc
  .tuple(
    fc.record({
      kind: fc.constant('conv2d' as const),
      filters: numberWithin(FILTERS_SPEC),
      kernelSize: numberWithin(KERNEL_SIZE_SPEC),
      stride: numberWithin(STRIDE_SPEC),
      padding: fc.constantFrom('same' as const, 'valid' as const),
      activation: fc.constantFrom(...ACTIVATION_IDS),
    }),
    weightedOptions,
  )
  .map(([layer, options]) => ({ ...layer, ...options }));

/** Layers that keep any shape as it is, or flatten it. */
const anywhereArbitrary: fc.Arbitrary<LayerConfig> = fc.oneof(
  fc.record({ kind: fc.constant('dropout' as const), rate: numberWithin(DROPOUT_RATE_SPEC) }),
  fc.constant({ kind: 'batchNorm' as const }),
  fc.constant({ kind: 'flatten' as const }),
);

const poolArbitrary: fc.Arbitrary<LayerConfig> = fc.record({
  kind: fc.constantFrom('maxPool2d' as const, 'avgPool2d' as const),
  poolSize: numberWithin(POOL_SIZE_SPEC),
});

/** A stack that works on `exampleShape` with output `loss`: images get a 2-D part, a flatten and a dense part. */
export function stackArbitrary(dataset: Experiment['dataset'], loss: LossId): fc.Arbitrary<LayerConfig[]> {
  const input = modelInputOf(dataset);
  const flat = fc.array(fc.oneof(denseArbitrary, anywhereArbitrary), { maxLength: 6 });
  if (!input) return flat;
  const stack =
    input.exampleShape.length === 3
      ? fc
          .tuple(fc.array(fc.oneof(convArbitrary, poolArbitrary, anywhereArbitrary), { maxLength: 6 }), flat)
          .map(([spatial, dense]) => [...spatial, { kind: 'flatten' as const }, ...dense])
      : flat;
  const output = outputLayerFor(input.numClasses, loss, input.task);
  return stack.filter(
    (layers) =>
      layers.length <= MODEL_LIMITS.maxHiddenLayers &&
      summarizeModel(input.exampleShape, layers, output).problems.length === 0,
  );
}

const scheduleArbitrary = fc.constantFrom(...SCHEDULE_IDS.filter((id) => id !== 'constant')).chain((id) => {
  const params: Record<string, fc.Arbitrary<number>> = {};
  for (const parameter of SCHEDULES[id].parameters) params[parameter.key] = numberWithin(parameter);
  return fc.record(params).map((values) => ({ id, params: values }));
});

/** Any optimizer config: its hyper-parameters, and a schedule and a clipping norm each left out or set. */
export const optimizerArbitrary: fc.Arbitrary<OptimizerConfig> = fc
  .tuple(
    fc.constantFrom(...OPTIMIZER_IDS).chain((id) => {
      const params: Record<string, fc.Arbitrary<HyperParameterValue>> = {};
      for (const parameter of OPTIMIZERS[id].parameters) {
        params[parameter.key] = parameter.kind === 'number' ? numberWithin(parameter) : fc.boolean();
      }
      return fc.record(params).map((values) => ({ id, params: values }));
    }),
    fc.record({ schedule: scheduleArbitrary, clipNorm: numberWithin(CLIP_NORM_SPEC) }, { requiredKeys: [] }),
  )
  .map(([optimizer, extras]) => ({ ...optimizer, ...extras }));
