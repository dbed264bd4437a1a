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
import type { NumberParameterSpec } from './parameters';

/** The families the Dataset panel groups its choices into. */
export type DatasetFamily = 'toy' | 'regression' | 'tabular' | 'image' | 'custom';

/** A chosen number of classes: the range a person may pick from, and how the panel names it. */
export interface ClassCountRange {
  readonly min: number;
  readonly max: number;
  /** 'Classes' for blobs, 'Arms' for the spiral. */
  readonly label: string;
}

/** Registry entry of a data set. */
export interface DatasetSpec {
  readonly id: DatasetId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  readonly family: DatasetFamily;
  /** Where the data comes from and under which licence, one line. */
  readonly source: string;
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
export const DATASET_FAMILIES: readonly { readonly family: DatasetFamily; readonly label: string }[] = [
  { family: 'toy', label: '2-D toys' },
  { family: 'regression', label: '2-D regression' },
  { family: 'tabular', label: 'Real tabular data' },
  { family: 'image', label: 'Images' },
  { family: 'custom', label: 'Your own data' },
];

/** Source line of the sets this app generates. */
const GENERATED_SOURCE =
  'Generated in your browser from the data seed (shapes after TensorFlow Playground, Apache-2.0)';

const toy = (
  id: ToyDatasetId,
  label: string,
  description: string,
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

const regression = (id: RegressionDatasetId, label: string, description: string): DatasetSpec => ({
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

const shipped = (id: ShippedDatasetId): DatasetSpec => {
  const spec = SHIPPED_DATASETS[id];
  return {
    id,
    label: spec.label,
    description: spec.description,
    family: spec.family,
    source: spec.licence,
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
  circle: toy('circle', 'Circle', 'One class inside a ring of the other: not separable by a straight line.'),
  xor: toy('xor', 'XOR', 'Opposite quadrants share a class: needs at least one hidden layer.'),
  gaussian: toy(
    'gaussian',
    'Gaussian blobs',
    'Round blobs, 2 to 6 of them: nearly separable by straight lines.',
    {
      min: 2,
      max: 6,
      label: 'Classes',
    },
  ),
  spiral: toy('spiral', 'Spiral', 'Interleaved arms, 2 to 5 of them: hard, needs depth or width.', {
    min: 2,
    max: 5,
    label: 'Arms',
  }),
  moons: toy('moons', 'Moons', 'Two interlocking half circles: a gently curved boundary.'),
  plane: regression(
    'plane',
    'Plane (regression)',
    'A tilted plane: the target grows linearly with x and y; a network without hidden layers fits it.',
  ),
  bumps: regression(
    'bumps',
    'Gaussian bumps (regression)',
    'Six bumps up and down: the target is a smooth surface with hills and pits; needs hidden units.',
  ),
  iris: shipped('iris'),
  wine: shipped('wine'),
  breastCancer: shipped('breastCancer'),
  digits: shipped('digits'),
  mnist: shipped('mnist'),
  fashionMnist: shipped('fashionMnist'),
  custom: {
    id: 'custom',
    label: 'Own data (CSV or drawn points)',
    description:
      'Upload a CSV file with a header row and numeric columns, or click on the plane to draw points.',
    family: 'custom',
    source: 'Your own data: it stays in this browser tab and is never put in a link',
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
    label: range.label === 'Arms' ? 'dataset.arms.label' : 'dataset.numClasses.label',
    help: range.label === 'Arms' ? 'dataset.arms.help' : 'dataset.blobs.help',
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
