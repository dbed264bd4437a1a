import { describe, expect, it } from 'vitest';
import { decodeWorkspaceInWords } from '../../../test/kits/linkWords';
import { DEFAULT_CHART_OPTIONS } from '../chart/chartOptions';
import { COMPARISON_PRESETS } from '../compare/presets';
import { DEFAULT_TEACHING, type Workspace, workspaceOf } from '../compare/workspace';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { Experiment, LayerConfig } from '../experiment/experiment';
import { defaultOptimizerParams } from '../registries/optimizers';
import { encodeExperiment } from './codec';
import { MAX_QUERY_CHARS } from './query';
import { encodeWorkspace } from './workspace';
import { percentText } from './workspaceSettings';

/** The default experiment's link: every query below starts with it. */
const A_QUERY = encodeExperiment(DEFAULT_EXPERIMENT);

const comparison = (variants: readonly Experiment[], settings: Partial<Workspace> = {}): Workspace => ({
  ...workspaceOf(DEFAULT_EXPERIMENT),
  ...settings,
  variants,
});

/** The part of a link after variant A's settings. */
const afterA = (query: string): string => query.slice(query.indexOf('&seed=') + '&seed=1'.length);

const sgd = (learningRate: number): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  optimizer: { id: 'sgd', params: { ...defaultOptimizerParams('sgd'), learningRate } },
});

describe('encodeWorkspace', () => {
  it('writes variant A in full and each later variant as its differences from A', () => {
    const preset = (id: string): Experiment[] =>
      COMPARISON_PRESETS.find((candidate) => candidate.id === id)?.build(DEFAULT_EXPERIMENT) ?? [];
    expect(afterA(encodeWorkspace(comparison(preset('sgd-vs-adam'))))).toBe('&b.opt=adam');
    expect(afterA(encodeWorkspace(comparison(preset('momentum'))))).toBe(
      '&b.momentum=0.9&c.momentum=0.9&c.nesterov=true',
    );
    expect(afterA(encodeWorkspace(comparison(preset('learning-rates'))))).toBe('&b.lr=0.01&c.lr=0.1');
    const variants = [DEFAULT_EXPERIMENT, sgd(0.1)];
    expect(encodeWorkspace(comparison(variants))).toBe(`${A_QUERY}&b.opt=sgd&b.lr=0.1`);
  });

  it('writes an empty value for what A has and a variant lacks, and names the optimizer of a copy of A', () => {
    const withExtras: Experiment = {
      ...DEFAULT_EXPERIMENT,
      optimizer: {
        ...DEFAULT_EXPERIMENT.optimizer,
        schedule: { id: 'stepDecay', params: { decayEpochs: 100, decayRate: 0.5 } },
        clipNorm: 1,
      },
    };
    const workspace = comparison([withExtras, DEFAULT_EXPERIMENT, withExtras]);
    const query = encodeWorkspace(workspace);
    expect(afterA(query)).toBe('&b.sched=&b.clipnorm=&c.opt=adam');
    expect(decodeWorkspaceInWords(query)).toEqual({ workspace, problems: [] });
  });

  it('writes only the settings that differ from their defaults, short and readable', () => {
    expect(encodeWorkspace(workspaceOf(DEFAULT_EXPERIMENT))).toBe(A_QUERY);
    const workspace = comparison([DEFAULT_EXPERIMENT], {
      seedCount: 3,
      chartOptions: { xAxis: 'time', smoothing: 0.6, isLogScale: true },
      targetAccuracy: 0.07,
      teaching: { hidden: ['model', 'chartOptions'], locked: ['dataset'], autostart: true, present: true },
    });
    const query = encodeWorkspace(workspace);
    expect(query).toBe(
      `${A_QUERY}&seeds=3&x=time&smooth=0.6&logy=1&target=7&hide=model,chart&lock=dataset&autostart=1&present=1`,
    );
    expect(decodeWorkspaceInWords(query)).toEqual({ workspace, problems: [] });
  });

  it('keeps the longest link it can write within the bound on what it reads', () => {
    const full = 0.0000012345678901234567;
    const longest = (index: number): Experiment => {
      const layer: LayerConfig = {
        kind: 'conv2d',
        filters: 64,
        kernelSize: 7,
        stride: 4,
        padding: 'valid',
        activation: 'leakyRelu',
        initializer: 'lecun',
        regularization: { l1: full + index * 1e-20, l2: full - index * 1e-20 },
      };
      const nearly = (max: number): number => max - full - index * 1e-12;
      return {
        dataset: {
          id: 'fashionMnist',
          noise: full,
          numPoints: 1234,
          trainFraction: full,
          seed: 2147483647,
          numClasses: 10,
        },
        model: { hiddenLayers: Array.from({ length: 16 }, () => layer) },
        loss: 'squaredHinge',
        optimizer: {
          id: 'rmsprop',
          params: {
            learningRate: nearly(100),
            rho: nearly(1),
            momentum: nearly(1),
            epsilon: nearly(1),
            centered: true,
          },
          schedule: { id: 'stepDecay', params: { decayEpochs: nearly(100000), decayRate: nearly(1) } },
          clipNorm: full + index * 1e-20,
        },
        training: {
          batchSize: 4096 - index,
          epochs: 100000 - index,
          l1: full,
          l2: full,
          seed: 2147483647 - index,
        },
      };
    };
    const everything = [
      'dataset',
      'model',
      'loss',
      'optimizer',
      'compare',
      'chartOptions',
      'advanced',
    ] as const;
    const query = encodeWorkspace(
      comparison([0, 1, 2, 3].map(longest), {
        seedCount: 5,
        chartOptions: { xAxis: 'examples', smoothing: 0.12345678901234566, isLogScale: true },
        targetAccuracy: 0.12345678901234566,
        teaching: { hidden: everything, locked: everything, autostart: true, present: true },
      }),
    );
    expect(query.length).toBeGreaterThan(6000);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(decodeWorkspaceInWords(query).problems.join()).not.toMatch(/too long|characters/);
  });

  it('writes a target accuracy as the percent that reads back exactly', () => {
    expect([0.07, 0.9, 0.01, 1, 0.123, 0.5555].map(percentText)).toEqual([
      '7',
      '90',
      '1',
      '100',
      '12.3',
      '55.55',
    ]);
    expect(percentText(0.123456789)).toBe('12.3456789');
  });
});

describe('decodeWorkspace', () => {
  it('reads a variant as A overlaid with its own keys, dropping what A had of another optimizer', () => {
    const { workspace, problems } = decodeWorkspaceInWords('opt=adam&lr=0.05&b.opt=sgd&c.layers=8-relu');
    expect(problems).toEqual([]);
    const [a, b, c] = workspace.variants;
    expect(b?.optimizer).toEqual({ id: 'sgd', params: { learningRate: 0.05, momentum: 0, nesterov: false } });
    expect(c).toEqual({ ...a, model: { hiddenLayers: [{ kind: 'dense', units: 8, activation: 'relu' }] } });
    expect(
      decodeWorkspaceInWords('b.sched=step&sched=exp&decayrate=0.3').workspace.variants[1]?.optimizer
        .schedule,
    ).toEqual({ id: 'stepDecay', params: { decayEpochs: 100, decayRate: 0.3 } });
  });

  it("names the variant in its notices and keeps A's value for what it cannot use", () => {
    const { workspace, problems } = decodeWorkspaceInWords(
      'lr=0.05&b.lr=abc&b.beta1=2&b.opt=sgd&b.momentum=0.5&b.data=xor&b.noise=0.3&b.seeds=3&b.v=2&b.foo=1',
    );
    expect(problems).toEqual([
      "variant B: data, noise: every variant uses variant A's data set; ignored",
      'variant B: seeds, v: set for the whole link, not for one variant; ignored',
      "variant B: lr 'abc' is not a number; kept 0.05",
      'variant B: beta1 does not apply to SGD; ignored',
      "variant B: unknown key 'foo' ignored",
    ]);
    const [a, b] = workspace.variants;
    expect(b?.dataset).toBe(a?.dataset);
    expect(b?.optimizer.params).toEqual({ learningRate: 0.05, momentum: 0.5, nesterov: false });
    expect(workspace.seedCount).toBe(1);
  });

  it("replaces a variant's stack that cannot work on the data by A's", () => {
    const { workspace, problems } = decodeWorkspaceInWords(
      'layers=8-tanh&b.layers=conv8k3s1same-relu,flatten',
    );
    expect(workspace.variants[1]?.model.hiddenLayers).toEqual([
      { kind: 'dense', units: 8, activation: 'tanh' },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^variant B: layers cannot work on this data set .*; used 8-tanh$/),
    ]);
  });

  it('closes gaps between variant letters and ignores prefixes that name no variant', () => {
    const gap = decodeWorkspaceInWords('d.opt=sgd&b.opt=rmsprop');
    expect(gap.workspace.variants.map((variant) => variant.optimizer.id)).toEqual(['adam', 'rmsprop', 'sgd']);
    expect(gap.problems).toEqual(['variant D has no variant C before it; read as variant C']);
    expect(decodeWorkspaceInWords('c.lr=0.1').problems).toEqual([
      'variant C has no variant B before it; read as variant B',
    ]);
    const stray = decodeWorkspaceInWords('e.opt=sgd&a.opt=sgd&zz.opt=sgd');
    expect(stray.workspace.variants).toEqual([DEFAULT_EXPERIMENT]);
    expect(stray.problems).toEqual([
      "unknown key 'zz.opt' ignored",
      "'e.opt': a link holds at most 4 variants (A to D); ignored",
      "'a.opt': variant A's settings are written without a prefix; ignored",
    ]);
  });

  it('keeps prototype keys harmless under a prefix too', () => {
    const { workspace, problems } = decodeWorkspaceInWords(
      'b.__proto__=1&b.constructor=2&c.prototype=3&hide=__proto__',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(workspace.variants).toEqual([DEFAULT_EXPERIMENT, DEFAULT_EXPERIMENT, DEFAULT_EXPERIMENT]);
    expect(workspace.teaching).toEqual(DEFAULT_TEACHING);
    expect(problems).toContain("variant B: unknown key '__proto__' ignored");
    expect(problems).toContain("variant C: unknown key 'prototype' ignored");
  });

  it('clamps, ignores and keeps settings as the experiment reader does, with notices', () => {
    const { workspace, problems } = decodeWorkspaceInWords(
      'seeds=9&x=weeks&smooth=2&logy=maybe&target=0.5&hide=model,foo,Model&lock=CHART,chartOptions&autostart=yes&present=on',
    );
    expect(problems).toEqual([
      'seeds 9 is above the maximum 5; clamped to 5',
      "x 'weeks' is not a known x-axis (epochs, examples, time); kept epochs",
      'smooth 2 is above the maximum 0.99; clamped to 0.99',
      "logy 'maybe' is not 1 or 0; kept 0",
      'target 0.5 is below the minimum 1; clamped to 1',
      "hide 'foo' is not a part a link can hide (dataset, model, loss, optimizer, compare, chart, advanced, language); ignored",
    ]);
    expect(workspace).toMatchObject({
      seedCount: 5,
      chartOptions: { ...DEFAULT_CHART_OPTIONS, smoothing: 0.99 },
      targetAccuracy: 0.01,
      teaching: { hidden: ['model'], locked: ['chartOptions'], autostart: true, present: true },
    });
    expect(decodeWorkspaceInWords('seeds=2.6&target=abc&seeds=3').problems).toEqual([
      "'seeds' appears more than once; used the last",
      "target 'abc' is not a number; kept 90",
    ]);
    expect(
      decodeWorkspaceInWords('b.lr=0.1&b.lr=0.2').workspace.variants[1]?.optimizer.params.learningRate,
    ).toBe(0.2);
  });
});
