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
import { activateBackend, type BackendChoice, type BackendNeeds } from './backend';
import { RunDataPool } from './data';
import { TrainingRun } from './run';

/** The tfjs side of the worker: backend activation, tfjs runs and the tensor count. */
export interface TfjsEngine {
  /** Activates the first backend of the plan for `preference` that starts; reports what is in use. */
  activateBackend(preference: BackendPreference, needs: BackendNeeds): Promise<BackendChoice>;
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
export function createTfjsEngine(activate: BackendActivation = activateBackend): TfjsEngine {
  const dataPool = new RunDataPool();
  return {
    activateBackend: activate,
    createRun: (experiment, dataset) => new TrainingRun(experiment, dataset, dataPool),
    liveTensorCount: () => tf.engine().state.numTensors,
  };
}
