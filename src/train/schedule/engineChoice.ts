/**
 * Which engine trains a run: tfjs on a backend, or the plain-JavaScript engine for dense networks
 * small enough that tfjs's fixed cost per op would dominate. The runs of a race are decided
 * together, so that their wall-clock times compare like with like.
 */
import type { SplitDataset } from '../../core/datasets/types';
import type { Experiment } from '../../core/experiment/experiment';
import { type BackendMeasurement, type BackendReason, reasonOf } from '../../core/run/backendMeasurement';
import type { BackendPreference, EngineName } from '../../core/run/types';
import { canComputeInJs, canTrainInJs } from '../js/canTrainInJs';
import { type NetworkLayout, networkLayout } from '../shared/networkLayout';
import type { BackendNeeds } from '../tfjs/backend';

/** The engine a run trains on, and why (put into words on the page). */
export interface EngineChoice {
  readonly backend: EngineName;
  readonly reason: BackendReason;
  /** The timing that chose a tfjs backend, for the page to keep. */
  readonly measurement?: BackendMeasurement;
}

/** A network and the batch it trains with: what the engine choice depends on. */
export interface RunShape {
  readonly layout: NetworkLayout;
  readonly batchSize: number;
}

/**
 * The networks of the other variants of a race on this data. A variant whose stack cannot work
 * on the data is left out: its own load fails with the validator's words.
 */
export function peerLayouts(comparedWith: readonly Experiment[], dataset: SplitDataset): RunShape[] {
  return comparedWith.flatMap((experiment) => {
    try {
      return [{ layout: networkLayout(experiment, dataset), batchSize: experiment.training.batchSize }];
    } catch {
      return [];
    }
  });
}

/**
 * What the networks of a race ask of the one tfjs backend they share (tfjs has one at a time):
 * convolutions if any has them, the largest parameter count.
 */
export function sharedNeeds(layout: NetworkLayout, peers: readonly RunShape[]): BackendNeeds {
  let { parameterCount, hasConvolution } = layout;
  for (const peer of peers) {
    parameterCount = Math.max(parameterCount, peer.layout.parameterCount);
    hasConvolution ||= peer.layout.hasConvolution;
  }
  return { parameterCount, hasConvolution };
}

/**
 * True when the run and every run it races train on the JavaScript engine: automatically where it
 * is the faster engine for all of them, or when chosen and it can compute all of them.
 */
export function trainsInJs(
  preference: BackendPreference,
  run: RunShape,
  peers: readonly RunShape[],
): boolean {
  const all = [run, ...peers];
  if (preference === 'auto') return all.every((shape) => canTrainInJs(shape.layout, shape.batchSize));
  if (preference === 'js') return all.every((shape) => canComputeInJs(shape.layout));
  return false;
}

/** The JavaScript engine's choice, with its reason. */
export function jsEngineChoice(preference: BackendPreference): EngineChoice {
  return {
    backend: 'js',
    reason:
      preference === 'js'
        ? reasonOf('training.reason.chosen', { backend: 'js' })
        : reasonOf('training.reason.jsSmall'),
  };
}
