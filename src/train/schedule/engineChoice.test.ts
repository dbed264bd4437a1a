import { describe, expect, it } from 'vitest';
import { EXPERIMENT } from '../../../test/kits/schedulerTestKit';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { Experiment } from '../../core/experiment/experiment';
import { networkLayout } from '../shared/networkLayout';
import { peerLayouts, type RunShape, sharedNeeds, trainsInJs } from './engineChoice';

const dataset = buildSplitDataset(EXPERIMENT.dataset);
const shapeOf = (experiment: Experiment): RunShape => ({
  layout: networkLayout(experiment, dataset),
  batchSize: experiment.training.batchSize,
});
const wide: Experiment = {
  ...EXPERIMENT,
  model: { hiddenLayers: [{ kind: 'dense', units: 256, activation: 'relu' }] },
  training: { ...EXPERIMENT.training, batchSize: 200 },
};

describe('engine choice', () => {
  it('gives a tiny dense network to the JavaScript engine automatically, a wide one at a large batch to tfjs', () => {
    expect(trainsInJs('auto', shapeOf(EXPERIMENT), [])).toBe(true);
    expect(trainsInJs('auto', shapeOf(wide), [])).toBe(false);
  });

  it('decides a race as one: every variant on the same engine, so wall-clock times compare', () => {
    expect(trainsInJs('auto', shapeOf(EXPERIMENT), [shapeOf(wide)])).toBe(false);
    expect(trainsInJs('auto', shapeOf(EXPERIMENT), peerLayouts([EXPERIMENT, EXPERIMENT], dataset))).toBe(
      true,
    );
    expect(sharedNeeds(shapeOf(EXPERIMENT).layout, [shapeOf(wide)]).parameterCount).toBe(
      shapeOf(wide).layout.parameterCount,
    );
  });

  it('follows a forced choice: js for any dense network, never for a tfjs backend chosen', () => {
    expect(trainsInJs('js', shapeOf(wide), [])).toBe(true);
    expect(trainsInJs('cpu', shapeOf(EXPERIMENT), [])).toBe(false);
    expect(trainsInJs('wasm', shapeOf(EXPERIMENT), [])).toBe(false);
  });
});
