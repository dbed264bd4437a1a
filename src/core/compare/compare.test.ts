import { describe, expect, it } from 'vitest';
import { xValue } from '../chart/chartOptions';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { Experiment } from '../experiment/experiment';
import { defaultOptimizerParams } from '../registries/optimizers';
import { MetricHistory } from '../run/metricHistory';
import { describeDifferences, variantDifferences, variantLabels } from './differences';
import { COMPARISON_PRESETS } from './presets';
import { seedBand } from './seedBands';
import { lowerMedian, summarizeRun, summarizeSeeds } from './summary';

const preset = (id: string) => {
  const found = COMPARISON_PRESETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.build(DEFAULT_EXPERIMENT);
};

describe('variant differences', () => {
  it('names exactly the optimizer for SGD vs Adam at the same learning rate', () => {
    const variants = preset('sgd-vs-adam');
    expect(variantDifferences(variants)).toEqual([
      { path: 'optimizer', setting: 'optimizer', values: ['SGD', 'Adam'] },
    ]);
    expect(describeDifferences(variants)).toBe('Differs in optimizer (A SGD · B Adam)');
    // Everything else is shared: same data, same model, same seeds.
    expect(variants[0]?.dataset).toEqual(variants[1]?.dataset);
    expect(variants[0]?.training).toEqual(variants[1]?.training);
    expect(variants[0]?.optimizer.params.learningRate).toBe(variants[1]?.optimizer.params.learningRate);
  });

  it('keeps the schedule and clipping of the base experiment in every variant', () => {
    const base = {
      ...DEFAULT_EXPERIMENT,
      optimizer: { ...DEFAULT_EXPERIMENT.optimizer, clipNorm: 1 },
    };
    for (const variant of COMPARISON_PRESETS.flatMap((candidate) => candidate.build(base))) {
      expect(variant.optimizer.clipNorm).toBe(1);
    }
  });

  it('names momentum and Nesterov, and learning rates, in variant order', () => {
    expect(variantDifferences(preset('momentum'))).toEqual([
      { path: 'optimizer.momentum', setting: 'momentum', values: ['0', '0.9', '0.9'] },
      { path: 'optimizer.nesterov', setting: 'nesterov', values: ['off', 'off', 'on'] },
    ]);
    expect(describeDifferences(preset('learning-rates'))).toBe(
      'Differs in learning rate (A 0.001 · B 0.01 · C 0.1)',
    );
  });

  it('says so when the variants are identical, and sees layer and batch-size changes', () => {
    expect(describeDifferences([DEFAULT_EXPERIMENT, DEFAULT_EXPERIMENT])).toMatch(/identical/);
    const wider = {
      ...DEFAULT_EXPERIMENT,
      model: { hiddenLayers: [{ kind: 'dense' as const, units: 32, activation: 'relu' as const }] },
      training: { ...DEFAULT_EXPERIMENT.training, batchSize: 64 },
    };
    const settings = variantDifferences([DEFAULT_EXPERIMENT, wider]).map((difference) => difference.setting);
    expect(settings).toEqual(['layers', 'batch size']);
  });

  it('sees variants that differ only in their schedule or clipping', () => {
    const decaying = {
      ...DEFAULT_EXPERIMENT,
      optimizer: {
        ...DEFAULT_EXPERIMENT.optimizer,
        schedule: { id: 'stepDecay' as const, params: { decayEpochs: 100, decayRate: 0.5 } },
      },
    };
    expect(describeDifferences([DEFAULT_EXPERIMENT, decaying])).toBe(
      'Differs in schedule (A Constant · B Step decay)',
    );
    const clipped = { ...DEFAULT_EXPERIMENT, optimizer: { ...DEFAULT_EXPERIMENT.optimizer, clipNorm: 2 } };
    expect(describeDifferences([DEFAULT_EXPERIMENT, clipped])).toBe(
      'Differs in max gradient norm (A off · B 2)',
    );
  });
});

const history = (testAccuracy: number[], elapsedStepMs = 10): MetricHistory => {
  const result = new MetricHistory();
  result.append({
    epoch: testAccuracy.map((_, i) => i),
    trainLoss: testAccuracy.map((a) => 1 - a),
    trainAccuracy: testAccuracy,
    testLoss: testAccuracy.map((a) => 1.5 - a),
    testAccuracy,
    elapsedMs: testAccuracy.map((_, i) => i * elapsedStepMs),
  });
  return result;
};

describe('run summary', () => {
  it('reports final and best accuracy, the epoch of the best, epochs to target and time per epoch', () => {
    const summary = summarizeRun(history([0.5, 0.7, 0.92, 0.9, 0.95, 0.93], 20), 0.9, false);
    expect(summary).toEqual({
      epochs: 5,
      finalTestAccuracy: 0.93,
      bestTestAccuracy: 0.95,
      bestEpoch: 4,
      finalTrainLoss: 1 - 0.93,
      finalTestLoss: 1.5 - 0.93,
      epochsToTarget: 2,
      meanEpochMs: 20,
      hasDiverged: false,
    });
  });

  it('has no epoch to target when the target is never reached, and nothing for an empty run', () => {
    expect(summarizeRun(history([0.5, 0.6]), 0.9, true)).toMatchObject({
      epochsToTarget: null,
      hasDiverged: true,
    });
    expect(summarizeRun(new MetricHistory(), 0.9, false)).toMatchObject({
      epochs: 0,
      bestTestAccuracy: null,
      meanEpochMs: null,
    });
  });
});

describe('seed bands and x-axis', () => {
  it('averages seeds over the epochs all of them reached, with min and max', () => {
    expect(
      seedBand([
        [1, 2, 3],
        [3, 4],
        [2, 3, 9, 9],
      ]),
    ).toEqual({ mean: [2, 3], min: [1, 2], max: [3, 4] });
    expect(seedBand([])).toEqual({ mean: [], min: [], max: [] });
    expect(seedBand([[1, Number.NaN]]).mean[1]).toBeNaN();
  });

  it('puts an epoch on the chosen axis', () => {
    expect(xValue('epochs', 3, 1500, 400)).toBe(3);
    expect(xValue('examples', 3, 1500, 400)).toBe(1200);
    expect(xValue('time', 3, 1500, 400)).toBe(1.5);
  });
});

describe('variant labels', () => {
  it('name each variant by its letter and what differs, or the letter alone', () => {
    expect(variantLabels(preset('sgd-vs-adam'))).toEqual(['A · SGD', 'B · Adam']);
    expect(variantLabels(preset('momentum'))).toEqual(['A · SGD', 'B · Momentum', 'C · Nesterov']);
    expect(variantLabels(preset('learning-rates'))).toEqual(['A · lr 0.001', 'B · lr 0.01', 'C · lr 0.1']);
    expect(variantLabels([DEFAULT_EXPERIMENT, DEFAULT_EXPERIMENT])).toEqual(['A', 'B']);
    expect(variantLabels([DEFAULT_EXPERIMENT])).toEqual(['A']);
  });

  it('name two momentum values by the value when the optimizer names alone would clash', () => {
    const sgd = (momentum: number): Experiment => ({
      ...DEFAULT_EXPERIMENT,
      optimizer: { id: 'sgd', params: { ...defaultOptimizerParams('sgd'), momentum } },
    });
    expect(variantLabels([sgd(0.5), sgd(0.9)])).toEqual(['A · momentum 0.5', 'B · momentum 0.9']);
  });

  it('cut a long label so that a caption stays on one line', () => {
    const wide = (units: number) => ({
      ...DEFAULT_EXPERIMENT,
      model: {
        hiddenLayers: Array.from({ length: 6 }, () => ({
          kind: 'dense' as const,
          units,
          activation: 'relu' as const,
        })),
      },
    });
    const [first] = variantLabels([wide(8), wide(64)]);
    expect(first).toHaveLength('A · '.length + 16);
    expect(first?.endsWith('…')).toBe(true);
  });
});

describe('summary over seeds', () => {
  it('averages each figure over the seeds, and counts the seeds that reached the target', () => {
    const seeds = [
      summarizeRun(history([0.5, 0.92, 0.95], 10), 0.9, false),
      summarizeRun(history([0.5, 0.7, 0.91], 30), 0.9, false),
    ];
    const summary = summarizeSeeds(seeds);
    expect(summary.finalTestAccuracy).toBeCloseTo((0.95 + 0.91) / 2, 12);
    // The median epoch, a whole one: the lower middle of an even count.
    expect(summary.epochsToTarget).toBe(1);
    expect(summary.meanEpochMs).toBe(20);
    expect(summary).toMatchObject({ seedCount: 2, seedsAtTarget: 2, hasDiverged: false, epochs: 2 });
  });

  it('gives no epochs to target unless every seed reached it, and diverged if any seed did', () => {
    const summary = summarizeSeeds([
      summarizeRun(history([0.5, 0.92]), 0.9, false),
      summarizeRun(history([0.5, 0.6]), 0.9, true),
    ]);
    expect(summary).toMatchObject({ epochsToTarget: null, seedsAtTarget: 1, hasDiverged: true });
  });

  it('takes the median seed for epochs, so that three seeds give a whole epoch', () => {
    const seeds = [
      history([0.5, 0.92, 0.93, 0.94]),
      history([0.5, 0.6, 0.7, 0.95]),
      history([0.5, 0.6, 0.91, 0.92]),
    ].map((run) => summarizeRun(run, 0.9, false));
    const summary = summarizeSeeds(seeds, true);
    expect(summary.epochsToTarget).toBe(2);
    expect(summary.bestEpoch).toBe(3);
    expect(summary.isFinished).toBe(true);
    expect(lowerMedian([4, 1, 3, 2])).toBe(2);
  });
});
