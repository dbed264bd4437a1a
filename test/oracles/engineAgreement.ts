/**
 * Test support: trains one experiment with both engines (tfjs's TrainingRun on the current backend
 * and JsTrainingRun) and measures how far apart their metrics and weights end up. Only tests import it.
 */
import { buildSplitDataset } from '../../src/core/datasets/generate';
import type { SplitDataset } from '../../src/core/datasets/types';
import type { Experiment } from '../../src/core/experiment/experiment';
import type { MetricColumns } from '../../src/core/run/types';
import { JsTrainingRun } from '../../src/train/js/run';
import type { MetricsReadout } from '../../src/train/shared/epochMetrics';
import { TrainingRun } from '../../src/train/tfjs/run';

/** TensorFlow Playground's default, on 160 points so that each epoch is 8 steps of 10. */
export const PLAYGROUND: Experiment = {
  dataset: { id: 'circle', noise: 0, numPoints: 160, trainFraction: 0.5, seed: 1, numClasses: 2 },
  model: {
    hiddenLayers: [
      { kind: 'dense', units: 4, activation: 'tanh' },
      { kind: 'dense', units: 2, activation: 'tanh' },
    ],
  },
  loss: 'binaryCrossentropy',
  optimizer: { id: 'sgd', params: { learningRate: 0.03 } },
  training: { batchSize: 10, epochs: 1000, l1: 0, l2: 0, seed: 1 },
};

/** Three Gaussian blobs, a spiral and the regression plane on the same 160 points. */
export const GAUSSIAN_3 = { ...PLAYGROUND.dataset, id: 'gaussian', numClasses: 3, noise: 0.5 } as const;
export const SPIRAL = { ...PLAYGROUND.dataset, id: 'spiral', noise: 0.1 } as const;
export const PLANE = { ...PLAYGROUND.dataset, id: 'plane', numClasses: 1, noise: 0.2 } as const;

/** Both engines on one experiment, the same data handed to each. */
export interface EnginePair {
  readonly dataset: SplitDataset;
  readonly tfjs: TrainingRun;
  readonly js: JsTrainingRun;
}

/** Both engines for `experiment` (its generated data set unless one is given). */
export function enginePair(experiment: Experiment, dataset?: SplitDataset): EnginePair {
  const data = dataset ?? buildSplitDataset(experiment.dataset);
  return { dataset: data, tfjs: new TrainingRun(experiment, data), js: new JsTrainingRun(experiment, data) };
}

/** What both engines reported. */
export interface PairReadout {
  readonly tfjs: MetricsReadout;
  readonly js: MetricsReadout;
}

/** Records the starting metrics, trains `epochs` whole epochs in each engine, and reads both. */
export async function trainBoth(pair: EnginePair, epochs: number): Promise<PairReadout> {
  pair.tfjs.recordMetrics();
  pair.js.recordMetrics();
  for (let epoch = 0; epoch < epochs; epoch++) {
    pair.tfjs.trainEpoch();
    pair.js.trainEpoch();
  }
  return { tfjs: await pair.tfjs.takeMetrics(), js: await pair.js.takeMetrics() };
}

/** Largest |a − b| / max(|b|, floor) over two equally long arrays (Infinity if the lengths differ). */
export function largestRelativeDifference(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-2): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    const difference =
      Math.abs((a[i] as number) - (b[i] as number)) / Math.max(Math.abs(b[i] as number), floor);
    largest = Math.max(largest, Number.isNaN(difference) ? Number.POSITIVE_INFINITY : difference);
  }
  return largest;
}

/** Largest |a − b| over two equally long arrays (Infinity if the lengths differ). */
export function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let largest = 0;
  for (let i = 0; i < a.length; i++)
    largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
  return Number.isNaN(largest) ? Number.POSITIVE_INFINITY : largest;
}

/** The columns of a readout, or an error naming the engine that had none. */
export function columnsOf(readout: MetricsReadout, engine: string): MetricColumns {
  if (!readout.columns) throw new Error(`${engine} reported no metrics.`);
  return readout.columns;
}
