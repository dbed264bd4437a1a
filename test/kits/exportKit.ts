/**
 * Experiments trained in Node for the export checks: real shipped data sets read from public/, a
 * tfjs run on the cpu backend trained for some epochs, and its trained state. For tests and scripts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SHIPPED_DATASETS } from '../../src/core/datasets/catalogue';
import { prepareSplit } from '../../src/core/datasets/prepare';
import { decodeShipped } from '../../src/core/datasets/shipped';
import type { SplitDataset } from '../../src/core/datasets/types';
import { DEFAULT_EXPERIMENT } from '../../src/core/experiment/defaults';
import type { Experiment, LayerConfig, ShippedDatasetId } from '../../src/core/experiment/experiment';
import { isShippedDatasetId } from '../../src/core/registries/datasets';
import { MODEL_PRESETS } from '../../src/core/registries/presets';
import type { MetricColumns } from '../../src/core/run/types';
import type { TrainedState } from '../../src/train/shared/export/trainedState';
import { TrainingRun } from '../../src/train/tfjs/run';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The split of an experiment's data set: generated, or a shipped file decoded from public/datasets. */
export function splitOf(experiment: Experiment): SplitDataset {
  const config = experiment.dataset;
  if (config.id === 'custom') throw new Error('Own data has no file here.');
  if (!isShippedDatasetId(config.id)) return prepareSplit(config);
  const file = resolve(REPO_ROOT, 'public/datasets', SHIPPED_DATASETS[config.id].fileName);
  const bytes = gunzipSync(readFileSync(file));
  return prepareSplit(config, { shipped: decodeShipped(new Uint8Array(bytes)) });
}

/** A shipped data set's config with the app's defaults for it. */
export const shippedConfig = (id: ShippedDatasetId, numClasses: number): Experiment['dataset'] => ({
  ...DEFAULT_EXPERIMENT.dataset,
  id,
  numClasses,
});

/** The LeNet preset's layers on 8×8 images. */
export function lenetOnDigits(): LayerConfig[] {
  const made = MODEL_PRESETS.lenet.layersFor({
    exampleShape: [8, 8, 1],
    task: 'classification',
    numClasses: 10,
  });
  if (!('layers' in made)) throw new Error(made.unavailable);
  return made.layers;
}

/** A run of `experiment` on its data after `epochs` epochs, its state and metrics; dispose the run after. */
export async function trainedRun(
  experiment: Experiment,
  epochs: number,
  dataset: SplitDataset = splitOf(experiment),
): Promise<{ run: TrainingRun; state: TrainedState; metrics: MetricColumns | null }> {
  const run = new TrainingRun(experiment, dataset);
  for (let i = 0; i < epochs; i++) run.trainEpoch();
  const { columns } = await run.takeMetrics();
  return { run, state: await run.trainedState(), metrics: columns };
}
