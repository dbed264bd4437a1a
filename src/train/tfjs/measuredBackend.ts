/**
 * The automatic backend chosen by measurement in the worker: the tfjs side of
 * schedule/backendMeasure.ts, which times throwaway copies of the run on each candidate backend.
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment } from '../../core/experiment/experiment';
import { type BackendMeasurement, MEASUREMENT_TEXT, modelSignature } from '../../core/run/backendMeasurement';
import type { BackendPreference } from '../../core/run/types';
import { type BackendLab, chooseMeasuredBackend } from '../schedule/backendMeasure';
import {
  activateBackend,
  automaticPlan,
  type BackendChoice,
  type BackendNeeds,
  detectGpu,
  deviceLabel,
  noBackendError,
  switchBackend,
} from './backend';
import type { RunDataPool } from './data';
import { TrainingRun } from './run';

/** The run to time and what the page kept from earlier measurements. */
export interface MeasureInputs {
  readonly experiment: Experiment;
  readonly dataset: SplitDataset;
  readonly cached: readonly BackendMeasurement[];
}

/** Backends and throwaway runs of `inputs` for the measurement. */
function tfjsLab(inputs: MeasureInputs, dataPool: RunDataPool): BackendLab {
  return {
    activate: switchBackend,
    trial: () => {
      const run = new TrainingRun(inputs.experiment, inputs.dataset, dataPool);
      return {
        step: async () => {
          run.trainUntil(0);
          await run.awaitQueuedWork();
        },
        dispose: () => run.dispose(),
      };
    },
    now: () => performance.now(),
  };
}

/**
 * The backend for a run: measured (or kept from an earlier measurement) for the automatic
 * preference, the forced one's plan otherwise or without a run to time.
 */
export async function chooseBackend(
  preference: BackendPreference,
  needs: BackendNeeds,
  dataPool: RunDataPool,
  inputs?: MeasureInputs,
): Promise<BackendChoice> {
  if (preference !== 'auto' || !inputs) return activateBackend(preference, needs);
  const gpu = detectGpu();
  const choice = await chooseMeasuredBackend(
    {
      plan: automaticPlan(needs, gpu),
      signature: modelSignature(inputs.experiment),
      device: deviceLabel(gpu),
      cached: inputs.cached,
    },
    tfjsLab(inputs, dataPool),
  );
  if (!choice) throw noBackendError();
  const { backend, measurement } = choice;
  const reason = MEASUREMENT_TEXT.failed(choice.reason, choice.failures);
  return measurement ? { backend, reason, measurement } : { backend, reason };
}
