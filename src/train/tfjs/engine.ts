/**
 * Everything the scheduler needs of tfjs, behind one object, so that the worker loads tfjs only
 * when a run needs it: a JavaScript-engine run never waits for tfjs to be fetched, parsed and
 * compiled. The worker reaches this module through one dynamic import (tfjsWorkerEntry.ts);
 * Node tests create it directly.
 */
import * as tf from '@tensorflow/tfjs';
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment } from '../../core/experiment/experiment';
import type { BackendPreference } from '../../core/run/types';
import type { Trainer } from '../shared/trainer';
import type { BackendChoice, BackendNeeds } from './backend';
import { RunDataPool } from './data';
import { chooseBackend, type MeasureInputs } from './measuredBackend';
import { TrainingRun } from './run';

/** The tfjs side of the worker: backend activation, tfjs runs and the tensor count. */
export interface TfjsEngine {
  /**
   * Activates a backend for `preference` and reports what is in use: for the automatic one, the
   * fastest when a copy of the run is timed on each candidate (or as measured before, `inputs.cached`).
   */
  activateBackend(
    preference: BackendPreference,
    needs: BackendNeeds,
    inputs?: MeasureInputs,
  ): Promise<BackendChoice>;
  /** A run on the active backend; runs on the same split object share its data tensors. */
  createRun(experiment: Experiment, dataset: SplitDataset): Trainer;
  /**
   * Tensors alive, from the engine's own count: tf.memory() would first start a backend (WebGL,
   * whose shaders compile slowly on a software renderer) when only JavaScript runs exist.
   */
  liveTensorCount(): number;
}

/** A backend activation, replaceable so that tests can pin the backend. */
export type BackendActivation = TfjsEngine['activateBackend'];

/** The engine; one per worker, since its data pool shares tensors between the runs of a race. */
export function createTfjsEngine(activate?: BackendActivation): TfjsEngine {
  const dataPool = new RunDataPool();
  return {
    activateBackend:
      activate ?? ((preference, needs, inputs) => chooseBackend(preference, needs, dataPool, inputs)),
    createRun: (experiment, dataset) => new TrainingRun(experiment, dataset, dataPool),
    liveTensorCount: () => tf.engine().state.numTensors,
  };
}
