import type { DatasetId } from '../experiment';
import type { NumberParameterSpec } from './parameters';

/** Registry entry of a built-in data set. */
export interface DatasetSpec {
  readonly id: DatasetId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  readonly numClasses: number;
}

/** Built-in 2-D classification sets, in the order the UI lists them. */
export const DATASETS: Readonly<Record<DatasetId, DatasetSpec>> = {
  circle: {
    id: 'circle',
    label: 'Circle',
    description: 'One class inside a ring of the other: not separable by a straight line.',
    numClasses: 2,
  },
  xor: {
    id: 'xor',
    label: 'XOR',
    description: 'Opposite quadrants share a class: needs at least one hidden layer.',
    numClasses: 2,
  },
  gaussian: {
    id: 'gaussian',
    label: 'Gaussian',
    description: 'Two round blobs: a straight line separates them.',
    numClasses: 2,
  },
  spiral: {
    id: 'spiral',
    label: 'Spiral',
    description: 'Two interleaved arms: hard, needs depth or width.',
    numClasses: 2,
  },
  moons: {
    id: 'moons',
    label: 'Moons',
    description: 'Two interlocking half circles: a gently curved boundary.',
    numClasses: 2,
  },
};

/** The data set ids in display order. */
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** Numeric settings of every 2-D data set. */
export const DATASET_PARAMETERS: readonly NumberParameterSpec[] = [
  {
    kind: 'number',
    key: 'noise',
    label: 'Noise',
    help: 'How far points stray from the clean shape.',
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
    label: 'Points',
    help: 'Training plus test points.',
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
    label: 'Training share',
    help: 'Share of the points used for training; the rest measures generalisation.',
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
    label: 'Data seed',
    help: 'Same seed, same points and same split.',
    defaultValue: 1,
    min: 0,
    max: 2_147_483_647,
    isInteger: true,
    scale: 'linear',
    step: 1,
  },
];
