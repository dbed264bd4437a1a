import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { OptimizerConfig } from '../experiment/experiment';
import { type LiveChange, liveChangeText, withLiveChange } from './liveChanges';

const adam = (learningRate: number): OptimizerConfig => ({
  ...DEFAULT_EXPERIMENT.optimizer,
  params: { ...DEFAULT_EXPERIMENT.optimizer.params, learningRate },
});

describe('live changes', () => {
  it('say what changed in a few words', () => {
    const change: LiveChange = { epoch: 12, before: adam(0.01), after: adam(0.1) };
    expect(liveChangeText(change, DEFAULT_EXPERIMENT)).toBe('lr 0.01 → 0.1');
  });

  it('make one marker of changes after the same epoch, and none of a change taken back', () => {
    const first = withLiveChange([], { epoch: 5, before: adam(0.01), after: adam(0.02) });
    const dragged = withLiveChange(first, { epoch: 5, before: adam(0.02), after: adam(0.05) });
    expect(dragged).toEqual([{ epoch: 5, before: adam(0.01), after: adam(0.05) }]);
    expect(withLiveChange(dragged, { epoch: 5, before: adam(0.05), after: adam(0.01) })).toEqual([]);
    const later = withLiveChange(dragged, { epoch: 9, before: adam(0.05), after: adam(0.2) });
    expect(later.map((change) => change.epoch)).toEqual([5, 9]);
  });
});
