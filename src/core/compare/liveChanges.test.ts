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

  it('name a schedule and clipping turned on while training', () => {
    const before = adam(0.01);
    const scheduled: OptimizerConfig = {
      ...before,
      schedule: { id: 'cosineDecay', params: { decayEpochs: 500, alpha: 0 } },
    };
    expect(liveChangeText({ epoch: 3, before, after: scheduled }, DEFAULT_EXPERIMENT)).toBe(
      'schedule Constant → Cosine decay',
    );
    const shorter = {
      ...scheduled,
      schedule: { id: 'cosineDecay' as const, params: { decayEpochs: 1, alpha: 0 } },
    };
    expect(liveChangeText({ epoch: 4, before: scheduled, after: shorter }, DEFAULT_EXPERIMENT)).toBe(
      'decay epochs 500 → 1',
    );
    expect(
      liveChangeText({ epoch: 5, before: shorter, after: { ...shorter, clipNorm: 2 } }, DEFAULT_EXPERIMENT),
    ).toBe('max gradient norm off → 2');
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
