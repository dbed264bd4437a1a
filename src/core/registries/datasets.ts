import { SHIPPED_DATASET_IDS, SHIPPED_DATASETS } from '../datasets/catalogue';
import type { DatasetTask } from '../datasets/types';
import type {
  DatasetConfig,
  DatasetId,
  GeneratedDatasetId,
  RegressionDatasetId,
  ShippedDatasetId,
  ToyDatasetId,
} from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import type { NumberParameterSpec } from './parameters';

/** The families the Dataset panel groups its choices into. */
export type DatasetFamily = 'toy' | 'regression' | 'tabular' | 'image' | 'custom';

/** A chosen number of classes: the range a person may pick from, and how the panel names it. */
export interface ClassCountRange {
  readonly min: number;
  readonly max: number;
  /** 'Classes' for blobs, 'Arms' for the spiral. */
  readonly label: MessageKey;
}

/** Registry entry of a data set. */
export interface DatasetSpec {
  readonly id: DatasetId;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  readonly family: DatasetFamily;
  /** Where the data comes from and under which licence, one line. */
  readonly source: MessageKey;
  readonly task: DatasetTask;
  /** Fixed number of classes, or the default of a chosen count; 1 for regression. */
  readonly numClasses: number;
  /** Present when a person chooses the number of classes (gaussian blobs, spiral arms). */
  readonly classCount: ClassCountRange | null;
  /** Shape of one example, or null when it depends on the data (own data). */
  readonly exampleShape: readonly number[] | null;
  /** Generated from the seed: noise and number of points apply. */
  readonly isGenerated: boolean;
  /** The 2-D plane: points lie in [-1.2, 1.2]² and a decision boundary can be drawn. */
  readonly isOnPlane: boolean;
}

/** Display name and order of the families. */
export const DATASET_FAMILIES: readonly { readonly family: DatasetFamily; readonly label: MessageKey }[] = [
  { family: 'toy', label: 'dataset.family.toy' },
  { family: 'regression', label: 'dataset.family.regression' },
  { family: 'tabular', label: 'dataset.family.tabular' },
  { family: 'image', label: 'dataset.family.image' },
  { family: 'custom', label: 'dataset.family.custom' },
];

/** Source line of the sets this app generates. */
const GENERATED_SOURCE: MessageKey = 'dataset.source.generated';

const toy = (
  id: ToyDatasetId,
  label: MessageKey,
  description: MessageKey,
  classCount: ClassCountRange | null = null,
): DatasetSpec => ({
  id,
  label,
  description,
  family: 'toy',
  source: GENERATED_SOURCE,
  task: 'classification',
  numClasses: 2,
  classCount,
  exampleShape: [2],
  isGenerated: true,
  isOnPlane: true,
});

const regression = (id: RegressionDatasetId, label: MessageKey, description: MessageKey): DatasetSpec => ({
  id,
  label,
  description,
  family: 'regression',
  source: GENERATED_SOURCE,
  task: 'regression',
  numClasses: 1,
  classCount: null,
  exampleShape: [2],
  isGenerated: true,
  isOnPlane: true,
});

/** The words of a shipped set: the catalogue's, since SHIPPED_DATASETS keeps the English written into its file. */
const SHIPPED_WORDS: Readonly<
  Record<
    ShippedDatasetId,
    { readonly label: MessageKey; readonly description: MessageKey; readonly source: MessageKey }
  >
> = {
  iris: {
    label: 'dataset.iris.label',
    description: 'dataset.iris.description',
    source: 'dataset.iris.source',
  },
  wine: {
    label: 'dataset.wine.label',
    description: 'dataset.wine.description',
    source: 'dataset.wine.source',
  },
  breastCancer: {
    label: 'dataset.breastCancer.label',
    description: 'dataset.breastCancer.description',
    source: 'dataset.breastCancer.source',
  },
  digits: {
    label: 'dataset.digits.label',
    description: 'dataset.digits.description',
    source: 'dataset.digits.source',
  },
  mnist: {
    label: 'dataset.mnist.label',
    description: 'dataset.mnist.description',
    source: 'dataset.mnist.source',
  },
  fashionMnist: {
    label: 'dataset.fashionMnist.label',
    description: 'dataset.fashionMnist.description',
    source: 'dataset.fashionMnist.source',
  },
};

const shipped = (id: ShippedDatasetId): DatasetSpec => {
  const spec = SHIPPED_DATASETS[id];
  return {
    id,
    ...SHIPPED_WORDS[id],
    family: spec.family,
    task: 'classification',
    numClasses: spec.numClasses,
    classCount: null,
    exampleShape: spec.shape,
    isGenerated: false,
    isOnPlane: false,
  };
};

/** Every data set, in the order the UI lists them (family by family). */
export const DATASETS: Readonly<Record<DatasetId, DatasetSpec>> = {
  circle: toy('circle', 'dataset.circle.label', 'dataset.circle.description'),
  xor: toy('xor', 'dataset.xor.label', 'dataset.xor.description'),
  gaussian: toy('gaussian', 'dataset.gaussian.label', 'dataset.gaussian.description', {
    min: 2,
    max: 6,
    label: 'dataset.numClasses.label',
  }),
  spiral: toy('spiral', 'dataset.spiral.label', 'dataset.spiral.description', {
    min: 2,
    max: 5,
    label: 'dataset.arms.label',
  }),
  moons: toy('moons', 'dataset.moons.label', 'dataset.moons.description'),
  plane: regression('plane', 'dataset.plane.label', 'dataset.plane.description'),
  bumps: regression('bumps', 'dataset.bumps.label', 'dataset.bumps.description'),
  iris: shipped('iris'),
  wine: shipped('wine'),
  breastCancer: shipped('breastCancer'),
  digits: shipped('digits'),
  mnist: shipped('mnist'),
  fashionMnist: shipped('fashionMnist'),
  custom: {
    id: 'custom',
    label: 'dataset.custom.label',
    description: 'dataset.custom.description',
    family: 'custom',
    source: 'dataset.custom.source',
    task: 'classification',
    numClasses: 2,
    classCount: null,
    exampleShape: null,
    isGenerated: false,
    isOnPlane: false,
  },
};

/** The data set ids in display order. */
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** The 2-D classification toys. */
export const TOY_DATASET_IDS = DATASET_IDS.filter((id): id is ToyDatasetId => DATASETS[id].family === 'toy');

/** The 2-D regression sets. */
export const REGRESSION_DATASET_IDS = DATASET_IDS.filter(
  (id): id is RegressionDatasetId => DATASETS[id].family === 'regression',
);

/** Every data set generated from a seed. */
export const GENERATED_DATASET_IDS: readonly GeneratedDatasetId[] = [
  ...TOY_DATASET_IDS,
  ...REGRESSION_DATASET_IDS,
];

/** True for ids of sets generated from a seed. */
export function isGeneratedDatasetId(id: DatasetId): id is GeneratedDatasetId {
  return DATASETS[id]?.isGenerated === true;
}

/** True for ids of the shipped real data sets. */
export function isShippedDatasetId(id: DatasetId): id is ShippedDatasetId {
  return (SHIPPED_DATASET_IDS as readonly string[]).includes(id);
}

/** Classes own data may have: more suggests the wrong label column; the Okabe-Ito palette repeats after 7. */
export const CUSTOM_MAX_CLASSES = 50;

/** Numeric settings that apply to every data set, in panel order (noise and points: generated sets only). */
export const DATASET_PARAMETERS: readonly NumberParameterSpec[] = [
  {
    kind: 'number',
    key: 'noise',
    label: 'dataset.noise.label',
    help: 'dataset.noise.help',
    defaultValue: 0.1,
    min: 0,
    max: 1,
    isInteger: false,
    scale: 'linear',
    step: 0.05,
  },
  {
    kind: 'number',
    key: 'numPoints',
    label: 'dataset.numPoints.label',
    help: 'dataset.numPoints.help',
    defaultValue: 500,
    min: 20,
    max: 5000,
    isInteger: true,
    scale: 'linear',
    step: 10,
  },
  {
    kind: 'number',
    key: 'trainFraction',
    label: 'dataset.trainFraction.label',
    help: 'dataset.trainFraction.help',
    defaultValue: 0.8,
    min: 0.1,
    max: 0.9,
    isInteger: false,
    scale: 'linear',
    step: 0.05,
  },
  {
    kind: 'number',
    key: 'seed',
    label: 'dataset.seed.label',
    help: 'dataset.seed.help',
    defaultValue: 1,
    min: 0,
    max: 2_147_483_647,
    isInteger: true,
    scale: 'linear',
    step: 1,
  },
];

/** Keys of DATASET_PARAMETERS that apply only to generated sets. */
export const GENERATED_ONLY_KEYS: ReadonlySet<string> = new Set(['noise', 'numPoints']);

/** The widest class-count setting (any set that has one): what a link's `classes` is first read against. */
export const CLASS_COUNT_PARAMETER: NumberParameterSpec = {
  kind: 'number',
  key: 'numClasses',
  label: 'dataset.numClasses.label',
  help: 'dataset.numClasses.help',
  defaultValue: 2,
  min: 2,
  max: 6,
  isInteger: true,
  scale: 'linear',
  step: 1,
};

/** The class-count setting of a set whose count is chosen (its own bounds and label), or null. */
export function classCountParameter(id: DatasetId): NumberParameterSpec | null {
  const range = DATASETS[id]?.classCount;
  if (!range) return null;
  return {
    ...CLASS_COUNT_PARAMETER,
    label: range.label,
    help: range.label === 'dataset.arms.label' ? 'dataset.arms.help' : 'dataset.blobs.help',
    min: range.min,
    max: range.max,
  };
}

/**
 * The config with its class count made to fit the set: a chosen count clamped into the set's range,
 * a fixed one set. Own data keeps its count (it comes from the data, not from the registry).
 */
export function withFittingClassCount(config: DatasetConfig): DatasetConfig {
  const spec = DATASETS[config.id];
  if (!spec || config.id === 'custom') return config;
  const range = spec.classCount;
  const numClasses = range
    ? Math.min(
        Math.max(Number.isInteger(config.numClasses) ? config.numClasses : spec.numClasses, range.min),
        range.max,
      )
    : spec.numClasses;
  return numClasses === config.numClasses ? config : { ...config, numClasses };
}
