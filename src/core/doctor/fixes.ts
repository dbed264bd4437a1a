/** The doctor's one-click fixes: each a single change of one experiment, as data, and how it applies. */
import type { Experiment, LayerConfig, LossId, OptimizerId } from '../experiment/experiment';
import { defaultOptimizerParams } from '../registries/optimizers';
import { MODEL_LIMITS } from '../registries/training';

/** One change a fix makes to an experiment. */
export type FixChange =
  | { readonly kind: 'learningRate'; readonly from: number; readonly to: number }
  /** Another optimizer at its Keras defaults, with this learning rate. */
  | { readonly kind: 'optimizer'; readonly to: OptimizerId; readonly learningRate: number }
  | { readonly kind: 'clipNorm'; readonly to: number }
  | { readonly kind: 'l2'; readonly from: number; readonly to: number }
  /** A dropout layer of this rate after each hidden dense layer. */
  | { readonly kind: 'dropout'; readonly rate: number }
  /** Trains this many epochs (stopping where overfitting began). */
  | { readonly kind: 'epochs'; readonly from: number; readonly to: number }
  | { readonly kind: 'loss'; readonly to: LossId };

/** Kind of a fix. */
export type FixKind = FixChange['kind'];

/** Dense layers each followed by a dropout layer of `rate`, or null when that would pass the layer limit. */
function withDropout(layers: readonly LayerConfig[], rate: number): LayerConfig[] | null {
  const next = layers.flatMap((layer): LayerConfig[] =>
    layer.kind === 'dense' ? [layer, { kind: 'dropout', rate }] : [layer],
  );
  return next.length > MODEL_LIMITS.maxHiddenLayers ? null : next;
}

/** Whether a dropout fix can be offered for these layers: dense layers, no dropout yet, room to add it. */
export const canAddDropout = (layers: readonly LayerConfig[]): boolean =>
  layers.some((layer) => layer.kind === 'dense') &&
  !layers.some((layer) => layer.kind === 'dropout') &&
  withDropout(layers, 0) !== null;

/** The experiment with the fix's change made; everything else as it was. */
export function applyFix(experiment: Experiment, change: FixChange): Experiment {
  const { optimizer, training } = experiment;
  switch (change.kind) {
    case 'learningRate':
      return {
        ...experiment,
        optimizer: { ...optimizer, params: { ...optimizer.params, learningRate: change.to } },
      };
    case 'optimizer': {
      const params = { ...defaultOptimizerParams(change.to), learningRate: change.learningRate };
      return { ...experiment, optimizer: { ...optimizer, id: change.to, params } };
    }
    case 'clipNorm':
      return { ...experiment, optimizer: { ...optimizer, clipNorm: change.to } };
    case 'l2':
      return { ...experiment, training: { ...training, l2: change.to } };
    case 'dropout': {
      const hiddenLayers = withDropout(experiment.model.hiddenLayers, change.rate);
      return hiddenLayers ? { ...experiment, model: { hiddenLayers } } : experiment;
    }
    case 'epochs':
      return { ...experiment, training: { ...training, epochs: change.to } };
    case 'loss':
      return { ...experiment, loss: change.to };
    default:
      throw new Error(`Unknown fix: ${String(change satisfies never)}`);
  }
}
