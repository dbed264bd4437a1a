import type { Experiment } from './experiment';

/**
 * How an edit affects a run: `none`, `optimizerParams` (same optimizer, new hyper-parameters,
 * schedule or clipping: applied live from the next step) or `structural` (anything else: the run
 * restarts).
 */
export type ExperimentChange = 'none' | 'optimizerParams' | 'structural';

/** Classifies the difference between two experiments. */
export function classifyExperimentChange(previous: Experiment, next: Experiment): ExperimentChange {
  if (previous === next) return 'none';
  const { optimizer: previousOptimizer, ...previousRest } = previous;
  const { optimizer: nextOptimizer, ...nextRest } = next;
  if (previousOptimizer.id !== nextOptimizer.id) return 'structural';
  if (JSON.stringify(previousRest) !== JSON.stringify(nextRest)) return 'structural';
  return JSON.stringify(previousOptimizer) === JSON.stringify(nextOptimizer) ? 'none' : 'optimizerParams';
}
