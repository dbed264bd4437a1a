import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceArbitrary } from '../../../test/arbitraries/ingredients';
import { decodeWorkspaceInWords } from '../../../test/kits/linkWords';
import { CHART_X_AXES, SMOOTHING_LIMITS } from '../chart/chartOptions';
import {
  MAX_VARIANTS,
  SEED_COUNT_LIMITS,
  TARGET_ACCURACY_LIMITS,
  TEACHING_TARGETS,
  type Workspace,
} from '../compare/workspace';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { validateExperiment } from '../experiment/validation';
import { DATASET_IDS } from '../registries/datasets';
import { LOSS_IDS } from '../registries/losses';
import { OPTIMIZER_IDS } from '../registries/optimizers';
import { experimentPairs } from './codec';
import { VARIANT_LETTERS, WORKSPACE_URL_KEYS } from './keys';
import { MAX_QUERY_CHARS } from './query';
import { overlayVariantPairs, variantDiffPairs } from './variants';
import { encodeWorkspace } from './workspace';

const SAFETY_NET_NOTICE = 'this link could not be read; showing the default experiment';

/** What every decoded workspace must be, whatever the link said. */
function expectValidWorkspace(workspace: Workspace): void {
  const [first, ...others] = workspace.variants;
  expect(first).toBeDefined();
  expect(workspace.variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
  for (const variant of workspace.variants) {
    expect(validateExperiment(variant)).toEqual([]);
    expect(variant.dataset).toEqual(first?.dataset);
  }
  expect(others.every((variant) => variant.dataset.id !== 'custom')).toBe(true);
  expect(Number.isInteger(workspace.seedCount)).toBe(true);
  expect(workspace.seedCount).toBeGreaterThanOrEqual(SEED_COUNT_LIMITS.min);
  expect(workspace.seedCount).toBeLessThanOrEqual(SEED_COUNT_LIMITS.max);
  expect(workspace.targetAccuracy).toBeGreaterThanOrEqual(TARGET_ACCURACY_LIMITS.min);
  expect(workspace.targetAccuracy).toBeLessThanOrEqual(TARGET_ACCURACY_LIMITS.max);
  const { xAxis, smoothing, isLogScale } = workspace.chartOptions;
  expect(CHART_X_AXES.map(({ id }) => id)).toContain(xAxis);
  expect(smoothing).toBeGreaterThanOrEqual(SMOOTHING_LIMITS.min);
  expect(smoothing).toBeLessThanOrEqual(SMOOTHING_LIMITS.max);
  expect(typeof isLogScale).toBe('boolean');
  for (const list of [workspace.teaching.hidden, workspace.teaching.locked]) {
    expect(new Set(list).size).toBe(list.length);
    for (const target of list) expect(TEACHING_TARGETS).toContain(target);
  }
  expect(typeof workspace.teaching.autostart).toBe('boolean');
  expect(typeof workspace.teaching.present).toBe('boolean');
}

describe('workspace round trips (property-based)', () => {
  it('the generator reaches 4 variants, copies of A, other optimizers and every setting', () => {
    const samples = fc.sample(workspaceArbitrary, { numRuns: 300, seed: 11 });
    expect(samples.some((workspace) => workspace.variants.length === MAX_VARIANTS)).toBe(true);
    expect(samples.some((workspace) => workspace.variants.length === 1)).toBe(true);
    expect(samples.some(({ variants }) => variants.slice(1).some((variant) => variant === variants[0]))).toBe(
      true,
    );
    const optimizerChanges = samples.filter(({ variants }) =>
      variants.some((variant) => variant.optimizer.id !== variants[0]?.optimizer.id),
    );
    expect(optimizerChanges.length).toBeGreaterThan(30);
    const query = samples.map((sample) => encodeWorkspace(sample)).join('&');
    for (const key of Object.values(WORKSPACE_URL_KEYS)) expect(query).toContain(`&${key}=`);
    for (const letter of VARIANT_LETTERS) expect(query).toContain(`&${letter}.`);
    expect(query).toMatch(/&b\.sched=&/);
  });

  it('decode(encode(w)) is w with no problems, encoding is stable, and links stay within bounds', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const query = encodeWorkspace(workspace);
        expect(query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
        const decoded = decodeWorkspaceInWords(query);
        expect(decoded.problems).toEqual([]);
        expect(decoded.workspace).toEqual(workspace);
        expect(encodeWorkspace(decoded.workspace)).toBe(query);
      }),
      { numRuns: 250 },
    );
  });

  it("a variant's written differences laid over A's pairs give exactly the variant's pairs (data set aside)", () => {
    fc.assert(
      fc.property(workspaceArbitrary, ({ variants: [first, ...others] }) => {
        if (!first) return;
        const aPairs = experimentPairs(first);
        for (const variant of others) {
          const wanted = experimentPairs(variant);
          const merged = overlayVariantPairs(new Map(aPairs), new Map(variantDiffPairs(aPairs, wanted)));
          const wantedValues = new Map(wanted);
          // Only settings of a new optimizer or schedule at their defaults may be missing: the reader fills them in.
          for (const [key, value] of merged)
            expect(`${key}=${wantedValues.get(key)}`).toBe(`${key}=${value}`);
        }
      }),
      { numRuns: 150 },
    );
  });
});

const KNOWN_KEYS = [
  ...experimentPairs(DEFAULT_EXPERIMENT).map(([key]) => key),
  'momentum',
  'nesterov',
  'rho',
  'centered',
  'initacc',
  'sched',
  'clipnorm',
  'decay',
  'decayrate',
  'alpha',
  'v',
  ...Object.values(WORKSPACE_URL_KEYS),
];

const baseKeyArbitrary = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, 'LR', 'Seeds'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const keyArbitrary = fc.oneof(
  baseKeyArbitrary,
  fc
    .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'B', 'D', 'z', '.', 'b.b'), baseKeyArbitrary)
    .map(([letter, key]) => `${letter}.${key}`),
);
const valueArbitrary = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -10_000, max: 10_000 }).map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-1',
    '0',
    '1',
    '1e999',
    '',
    'none',
    'true',
    'maybe',
    '%',
    '%zz',
    '%E2%80%AE',
  ),
  fc.constantFrom(...DATASET_IDS, ...OPTIMIZER_IDS, ...LOSS_IDS, 'bce', 'step', 'cosine', 'off'),
  fc.constantFrom('epochs', 'examples', 'time', 'model,loss', 'chart,chart,foo', '__proto__', 'constructor'),
  fc.constantFrom('8-relu', 'conv8k3s1same-relu,flatten', '16-relu,16-tanh', 'maxpool2,flatten,4-elu'),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '\u202Eevil', '😀'),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const queryArbitrary = fc
  .array(fc.tuple(keyArbitrary, valueArbitrary, fc.boolean()), { maxLength: 30 })
  .map((pairs) =>
    pairs
      .map(([key, value, isEscaped]) =>
        isEscaped ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}` : `${key}=${value}`,
      )
      .join('&'),
  );

describe('decoding any link as a workspace (property-based)', () => {
  it('never throws and always yields a valid workspace plus a list of problems in words', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          queryArbitrary,
          queryArbitrary.map((query) => `?${query}`),
          workspaceArbitrary.chain((workspace) =>
            queryArbitrary.map((noise) => `${encodeWorkspace(workspace)}&${noise}`),
          ),
          fc.string(),
          fc.string({ unit: 'binary' }),
        ),
        (query) => {
          const { workspace, problems } = decodeWorkspaceInWords(query);
          expectValidWorkspace(workspace);
          expect(problems).not.toContain(SAFETY_NET_NOTICE);
          for (const problem of problems) expect(typeof problem).toBe('string');
          expect(({} as Record<string, unknown>).length).toBeUndefined();
        },
      ),
      { numRuns: 600 },
    );
  });
});
