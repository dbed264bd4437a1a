/**
 * fast-check arbitraries of workspaces, experiments and their parts, for property tests: data sets
 * a link can name, layer stacks that work on a data set, optimizers with optional schedules and
 * clipping, comparisons and the settings around them.
 */
import fc from 'fast-check';
import { CHART_X_AXES, DEFAULT_CHART_OPTIONS } from '../../src/core/chart/chartOptions';
import {
  DEFAULT_TARGET_ACCURACY,
  MAX_VARIANTS,
  SEED_COUNT_LIMITS,
  TEACHING_TARGETS,
  type Workspace,
} from '../../src/core/compare/workspace';
import { datasetTrainingSetSize } from '../../src/core/datasets/generate';
import type {
  DatasetConfig,
  Experiment,
  HyperParameterValue,
  LayerConfig,
  LossId,
  OptimizerConfig,
} from '../../src/core/experiment/experiment';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../src/core/i18n/languages';
import { SMOOTHING_SPEC } from '../../src/core/link';
import { modelInputOf } from '../../src/core/model/modelInput';
import { summarizeModel } from '../../src/core/model/modelSummary';
import { ACTIVATION_IDS } from '../../src/core/registries/activations';
import { DATASET_IDS, DATASET_PARAMETERS, DATASETS } from '../../src/core/registries/datasets';
import { INITIALIZER_IDS } from '../../src/core/registries/initializers';
import {
  DROPOUT_RATE_SPEC,
  FILTERS_SPEC,
  KERNEL_SIZE_SPEC,
  LAYER_L1_SPEC,
  LAYER_L2_SPEC,
  POOL_SIZE_SPEC,
  STRIDE_SPEC,
} from '../../src/core/registries/layers';
import { LOSS_IDS, LOSSES, outputLayerFor } from '../../src/core/registries/losses';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../../src/core/registries/optimizers';
import type { NumberParameterSpec } from '../../src/core/registries/parameters';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from '../../src/core/registries/schedules';
import { MODEL_LIMITS, TRAINING_PARAMETERS } from '../../src/core/registries/training';

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

const specOf = (specs: readonly NumberParameterSpec[], key: string): NumberParameterSpec => {
  const found = specs.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no spec ${key}`);
  return found;
};

/** Data sets a link can name: own data never goes into one. */
const LINKABLE_DATASET_IDS = DATASET_IDS.filter((id) => id !== 'custom');

/** Any data set config the registries allow a link to hold, with a class count that fits the set. */
export const datasetArbitrary: fc.Arbitrary<DatasetConfig> = fc
  .constantFrom(...LINKABLE_DATASET_IDS)
  .chain((id) => {
    const range = DATASETS[id].classCount;
    return fc.record({
      id: fc.constant(id),
      noise: numberWithin(specOf(DATASET_PARAMETERS, 'noise')),
      numPoints: numberWithin(specOf(DATASET_PARAMETERS, 'numPoints')),
      trainFraction: numberWithin(specOf(DATASET_PARAMETERS, 'trainFraction')),
      seed: numberWithin(specOf(DATASET_PARAMETERS, 'seed')),
      numClasses: range
        ? fc.integer({ min: range.min, max: range.max })
        : fc.constant(DATASETS[id].numClasses),
    });
  });

/** Any experiment on `dataset` the registries allow: a loss meant for its task, a stack that works on it. */
export function experimentOnArbitrary(dataset: DatasetConfig): fc.Arbitrary<Experiment> {
  const batchSpec = specOf(TRAINING_PARAMETERS, 'batchSize');
  const limit = Math.min(batchSpec.max, datasetTrainingSetSize(dataset) ?? batchSpec.max);
  const task = modelInputOf(dataset)?.task ?? 'classification';
  const losses = LOSS_IDS.filter((id) => task === 'classification' || LOSSES[id].madeFor === 'regression');
  return fc
    .record({
      optimizer: optimizerArbitrary,
      loss: fc.constantFrom(...losses),
      batchSize: numberWithin(batchSpec, limit),
      epochs: numberWithin(specOf(TRAINING_PARAMETERS, 'epochs')),
      l1: numberWithin(specOf(TRAINING_PARAMETERS, 'l1')),
      l2: numberWithin(specOf(TRAINING_PARAMETERS, 'l2')),
      seed: numberWithin(specOf(TRAINING_PARAMETERS, 'seed')),
    })
    .chain(({ optimizer, loss, ...training }) =>
      stackArbitrary(dataset, loss).map((hiddenLayers) => ({
        dataset,
        model: { hiddenLayers },
        loss,
        optimizer,
        training,
      })),
    );
}

/** Any experiment the registries allow a link to hold. */
export const experimentArbitrary: fc.Arbitrary<Experiment> = datasetArbitrary.chain(experimentOnArbitrary);

/** A variant of `first`: an unrelated experiment on its data set, an exact copy, or a copy on another optimizer. */
const variantOfArbitrary = (first: Experiment): fc.Arbitrary<Experiment> =>
  fc.oneof(
    experimentOnArbitrary(first.dataset),
    fc.constant(first),
    optimizerArbitrary.map((optimizer) => ({ ...first, optimizer })),
  );

/** A target accuracy as the page sets it (a typed percent / 100), or any other fraction within bounds. */
const targetAccuracyArbitrary = fc.oneof(
  fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100),
  fc.double({ min: 1, max: 100, noNaN: true }).map((percent) => percent / 100),
  fc.constant(DEFAULT_TARGET_ACCURACY),
);

/** Any workspace a link can hold: 1 to 4 variants sharing A's data set, and any settings within bounds. */
export const workspaceArbitrary: fc.Arbitrary<Workspace> = experimentArbitrary.chain((first) =>
  fc
    .record({
      variants: fc
        .array(variantOfArbitrary(first), { maxLength: MAX_VARIANTS - 1 })
        .map((others) => [first, ...others]),
      seedCount: fc.integer(SEED_COUNT_LIMITS),
      chartOptions: fc.record({
        xAxis: fc.constantFrom(...CHART_X_AXES.map(({ id }) => id)),
        smoothing: fc.oneof(fc.constant(DEFAULT_CHART_OPTIONS.smoothing), numberWithin(SMOOTHING_SPEC)),
        isLogScale: fc.boolean(),
      }),
      targetAccuracy: targetAccuracyArbitrary,
      teaching: fc.record({
        hidden: fc.uniqueArray(fc.constantFrom(...TEACHING_TARGETS)),
        locked: fc.uniqueArray(fc.constantFrom(...TEACHING_TARGETS)),
        autostart: fc.boolean(),
        present: fc.boolean(),
      }),
      language: fc.constantFrom<Language | null>(null, ...LANGUAGES.map(({ id }) => id)),
    })
    // English is written only when a teacher fixes it: otherwise a link of English reads as "not said".
    .map((workspace) => {
      const { hidden, locked } = workspace.teaching;
      const isFixed = hidden.includes('language') || locked.includes('language');
      return workspace.language === DEFAULT_LANGUAGE && !isFixed
        ? { ...workspace, language: null }
        : workspace;
    }),
);
