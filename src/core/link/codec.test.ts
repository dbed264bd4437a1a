import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experimentArbitrary } from '../../../test/arbitraries/ingredients';
import { decodeExperimentInWords } from '../../../test/kits/linkWords';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { Experiment } from '../experiment/experiment';
import { validateExperiment } from '../experiment/validation';
import { ACTIVATION_IDS } from '../registries/activations';
import { DATASET_IDS } from '../registries/datasets';
import { INITIALIZER_IDS } from '../registries/initializers';
import { LOSS_IDS } from '../registries/losses';
import { OPTIMIZER_IDS } from '../registries/optimizers';
import { encodeExperiment } from './codec';
import { MAX_QUERY_CHARS } from './query';

const SAFETY_NET_NOTICE = 'this link could not be read; showing the default experiment';

const DEFAULT_QUERY =
  'v=2&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam' +
  '&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1';

describe('encodeExperiment', () => {
  it('writes every setting with short keys', () => {
    expect(encodeExperiment(DEFAULT_EXPERIMENT)).toBe(DEFAULT_QUERY);
  });

  it("writes every hyper-parameter of the chosen optimizer and 'none' for no layers", () => {
    const experiment: Experiment = {
      ...DEFAULT_EXPERIMENT,
      model: { hiddenLayers: [] },
      loss: 'hinge',
      optimizer: { id: 'sgd', params: { learningRate: 0.5, momentum: 0.9, nesterov: true } },
    };
    const query = encodeExperiment(experiment);
    expect(query).toContain('layers=none&loss=hinge&opt=sgd&lr=0.5&momentum=0.9&nesterov=true&batch=16');
    expect(decodeExperimentInWords(query)).toEqual({ experiment, problems: [] });
  });

  it("writes large numbers without '+', which some readers take for a space", () => {
    const params = { ...DEFAULT_EXPERIMENT.optimizer.params, learningRate: 1e21 };
    const query = encodeExperiment({ ...DEFAULT_EXPERIMENT, optimizer: { id: 'adam', params } });
    expect(query).toContain('lr=1e21&');
    expect(decodeExperimentInWords(query).problems).toEqual([
      'lr 1e21 is above the maximum 100; clamped to 100',
    ]);
  });
});

describe('decodeExperiment', () => {
  it('reads the default link back exactly, with or without "?"', () => {
    expect(decodeExperimentInWords(DEFAULT_QUERY)).toEqual({ experiment: DEFAULT_EXPERIMENT, problems: [] });
    expect(decodeExperimentInWords(`?${DEFAULT_QUERY}`)).toEqual({
      experiment: DEFAULT_EXPERIMENT,
      problems: [],
    });
    expect(decodeExperimentInWords('')).toEqual({ experiment: DEFAULT_EXPERIMENT, problems: [] });
  });

  it('keeps the valid parts of a hand-edited link', () => {
    const { experiment, problems } = decodeExperimentInWords(
      'data=XOR&layers=8-relu,4-ELU&opt=rmsprop&lr=0.05&loss=mse',
    );
    expect(problems).toEqual([]);
    expect(experiment.dataset).toEqual({ ...DEFAULT_EXPERIMENT.dataset, id: 'xor' });
    expect(experiment.model.hiddenLayers).toEqual([
      { kind: 'dense', units: 8, activation: 'relu' },
      { kind: 'dense', units: 4, activation: 'elu' },
    ]);
    expect(experiment.loss).toBe('meanSquaredError');
    // Keras's defaults for the other settings of RMSprop.
    expect(experiment.optimizer).toEqual({
      id: 'rmsprop',
      params: { learningRate: 0.05, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
    });
  });

  it('explains each problem in plain words', () => {
    const query =
      'v=9&lr=abc&batch=0&foo=1&noise=5&points=20.4&epochs=Infinity&layers=16-tanh,1x-gelu,,300&momentum=0.5&loss=cosine';
    expect(decodeExperimentInWords(query).problems).toEqual([
      'unknown version 9; read as version 2',
      'noise 5 is above the maximum 1; clamped to 1',
      'points 20.4 is not a whole number; rounded to 20',
      'layers has an empty entry; skipped',
      "layer 2 units '1x' is not a number; kept 16",
      "layer 2 activation 'gelu' is not known (relu, leakyrelu, elu, selu, tanh, sigmoid, softplus, swish, linear); used relu",
      'layer 3 units 300 is above the maximum 256; clamped to 256',
      'layer 3 has no activation; used relu',
      "loss 'cosine' is not a known loss (bce, cce, mse, mae, hinge, sqhinge, huber); kept bce",
      "lr 'abc' is not a number; kept 0.01",
      'momentum does not apply to Adam; ignored',
      'batch 0 is below the minimum 1; clamped to 1',
      "epochs 'Infinity' is not a finite number; kept 500",
      "unknown key 'foo' ignored",
    ]);
  });

  it('clamps the batch size, even the default one, to the training-set size', () => {
    expect(decodeExperimentInWords('batch=1000').problems).toEqual([
      'batch 1000 is above the training-set size (400); clamped to 400',
    ]);
    const small = decodeExperimentInWords('points=20&train=0.1');
    expect(small.experiment.training.batchSize).toBe(2);
    expect(small.problems).toEqual(['batch 16 is above the training-set size (2); clamped to 2']);
  });

  it('reads the class count of blobs and spiral arms within their own range, and ignores it elsewhere', () => {
    expect(decodeExperimentInWords('data=gaussian&classes=5')).toMatchObject({
      experiment: { dataset: { id: 'gaussian', numClasses: 5 } },
      problems: [],
    });
    expect(encodeExperiment(decodeExperimentInWords('data=gaussian&classes=5').experiment)).toContain(
      'data=gaussian&classes=5&',
    );
    expect(decodeExperimentInWords('data=spiral&classes=6')).toMatchObject({
      experiment: { dataset: { numClasses: 5 } },
      problems: ['classes 6 is above the maximum 5; clamped to 5'],
    });
    expect(decodeExperimentInWords('data=iris&classes=4')).toMatchObject({
      experiment: { dataset: { id: 'iris', numClasses: 3 } },
      problems: ['classes does not apply to iris, whose classes are fixed; ignored'],
    });
    expect(decodeExperimentInWords('data=bumps').experiment.dataset.numClasses).toBe(1);
    expect(encodeExperiment(decodeExperimentInWords('data=mnist').experiment)).not.toContain('classes');
  });

  it('never reads own data from a link: data=custom opens the default set and says why', () => {
    const { experiment, problems } = decodeExperimentInWords('data=custom&noise=0.3');
    expect(experiment.dataset).toEqual({ ...DEFAULT_EXPERIMENT.dataset, noise: 0.3 });
    expect(problems).toEqual(["data 'custom': your own data is never put in a link; showing spiral instead"]);
  });

  it('bounds the batch size by the training split of real data sets', () => {
    expect(decodeExperimentInWords('data=iris&train=0.1').problems).toEqual([
      'batch 16 is above the training-set size (15); clamped to 15',
    ]);
    expect(decodeExperimentInWords('data=fashionMnist&train=0.1&batch=4096').problems).toEqual([]);
  });

  it('keeps prototype keys harmless', () => {
    const { experiment, problems } = decodeExperimentInWords(
      '__proto__=1&constructor=2&hasOwnProperty=3&toString=4&data=__proto__&opt=constructor&layers=8-toString',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(experiment.optimizer.params)).toBe(Object.prototype);
    expect(validateExperiment(experiment)).toEqual([]);
    expect(problems).toContain("unknown key '__proto__' ignored");
    expect(problems).toContain("unknown key 'hasownproperty' ignored");
    expect(problems).toContain(
      `data '__proto__' is not a known data set (${DATASET_IDS.join(', ')}); kept spiral`,
    );
  });

  it('ignores over-long values and queries, broken escapes and repeats, with a notice', () => {
    expect(decodeExperimentInWords(`lr=${'1'.repeat(1601)}`).problems).toEqual([
      "'lr' has a value of 1601 characters (at most 1600); ignored",
    ]);
    const long = decodeExperimentInWords(`data=xor&y=${'a'.repeat(MAX_QUERY_CHARS)}`);
    expect(long.experiment).toEqual(DEFAULT_EXPERIMENT);
    expect(long.problems).toEqual([
      `the link's settings are too long (${MAX_QUERY_CHARS + 11} characters, at most ${MAX_QUERY_CHARS}); showing the default experiment`,
    ]);
    expect(decodeExperimentInWords('data=%E0%A4%A&seed=3').problems).toEqual([
      "'data=%E0%A4%A' has a broken %-escape; ignored",
    ]);
    expect(decodeExperimentInWords('seed=3&seed=4')).toMatchObject({
      experiment: { training: { seed: 4 } },
      problems: ["'seed' appears more than once; used the last"],
    });
  });

  it('hides control characters of the link in notices', () => {
    expect(decodeExperimentInWords('data=a%E2%80%AEb%00').problems[0]).toBe(
      `data 'a\uFFFDb\uFFFD' is not a known data set (${DATASET_IDS.join(', ')}); kept spiral`,
    );
  });

  it('reads -0 as 0 and booleans in several spellings', () => {
    const { experiment, problems } = decodeExperimentInWords('l2=-0&opt=sgd&nesterov=YES');
    expect(problems).toEqual([]);
    expect(Object.is(experiment.training.l2, 0)).toBe(true);
    expect(experiment.optimizer.params.nesterov).toBe(true);
    expect(decodeExperimentInWords('opt=sgd&nesterov=maybe').problems).toEqual([
      "nesterov 'maybe' is not true or false; kept false",
    ]);
  });
});

describe('round trips (property-based)', () => {
  it('the experiment generator reaches every layer kind, schedules, clipping and own regularization', () => {
    const samples = fc.sample(experimentArbitrary, { numRuns: 400, seed: 7 });
    const kinds = new Set(
      samples.flatMap((experiment) => experiment.model.hiddenLayers.map((layer) => layer.kind)),
    );
    expect([...kinds].sort()).toEqual([
      'avgPool2d',
      'batchNorm',
      'conv2d',
      'dense',
      'dropout',
      'flatten',
      'maxPool2d',
    ]);
    expect(samples.some((experiment) => experiment.optimizer.schedule !== undefined)).toBe(true);
    expect(samples.some((experiment) => experiment.optimizer.clipNorm !== undefined)).toBe(true);
    expect(
      samples.some((experiment) =>
        experiment.model.hiddenLayers.some((layer) => 'regularization' in layer && layer.regularization),
      ),
    ).toBe(true);
  });

  it('decode(encode(x)) is x with no problems, and encoding is stable', () => {
    fc.assert(
      fc.property(experimentArbitrary, (experiment) => {
        expect(validateExperiment(experiment)).toEqual([]);
        const query = encodeExperiment(experiment);
        const decoded = decodeExperimentInWords(query);
        expect(decoded.problems).toEqual([]);
        expect(decoded.experiment).toEqual(experiment);
        expect(encodeExperiment(decoded.experiment)).toBe(query);
      }),
      { numRuns: 500 },
    );
  });
});

const KNOWN_KEYS = DEFAULT_QUERY.split('&').map((pair) => pair.split('=')[0] ?? '');
const keyArbitrary = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, 'momentum', 'nesterov', 'rho', 'centered', 'initacc', 'V', 'LR'),
  fc.constantFrom('sched', 'clipnorm', 'decay', 'decayrate', 'alpha', 'layers', 'loss', 'data'),
  fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype', 'valueOf'),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const valueArbitrary = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -10_000, max: 10_000 }).map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    '0',
    '-1',
    '1e999',
    '1e-999',
    '',
    'none',
    'true',
    '%',
    '%zz',
  ),
  fc.constantFrom(
    ...DATASET_IDS,
    ...OPTIMIZER_IDS,
    ...LOSS_IDS,
    'bce',
    'cce',
    'mse',
    '__proto__',
    'constructor',
  ),
  fc
    .array(fc.tuple(fc.integer({ min: -5, max: 1000 }), fc.constantFrom(...ACTIVATION_IDS, 'foo', '')), {
      maxLength: 12,
    })
    .map((layers) => layers.map(([units, activation]) => `${units}-${activation}`).join(',')),
  fc
    .array(
      fc.oneof(
        fc
          .tuple(
            fc.integer({ min: -2, max: 100 }),
            fc.integer({ min: -1, max: 9 }),
            fc.integer({ min: 0, max: 6 }),
            fc.constantFrom('same', 'valid', 'full', ''),
            fc.constantFrom(...ACTIVATION_IDS, 'gelu'),
            fc.constantFrom(...INITIALIZER_IDS, 'zeros', 'l2_0.01', 'l1_1e-7', 'l2_5', 'l1_x'),
          )
          .map(([f, k, st, pad, act, option]) => `conv${f}k${k}s${st}${pad}-${act}-${option}`),
        fc.integer({ min: 0, max: 9 }).map((size) => `${size % 2 ? 'max' : 'avg'}pool${size}`),
        fc.double({ min: -1, max: 2 }).map((rate) => `dropout${rate}`),
        fc.constantFrom('flatten', 'batchnorm', 'Flatten-x', 'dense16-relu-he-l1_0-l2_0.001', 'pool', 'conv'),
      ),
      { maxLength: 18 },
    )
    .map((layers) => layers.join(',')),
  fc.constantFrom('step', 'exp', 'cosine', 'constant', 'warmup', 'off', 'Cosine'),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ minLength: 190, maxLength: 260 }),
);
const pairsArbitrary = fc
  .array(fc.tuple(keyArbitrary, valueArbitrary, fc.boolean()), { maxLength: 30 })
  .map((pairs) =>
    pairs
      .map(([key, value, isEscaped]) =>
        isEscaped ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}` : `${key}=${value}`,
      )
      .join('&'),
  );

describe('decoding anything (property-based)', () => {
  it('never throws and always yields a valid experiment plus a list of problems', () => {
    const queryArbitrary = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      pairsArbitrary,
      pairsArbitrary.map((query) => `?${query}`),
      fc.string({ minLength: MAX_QUERY_CHARS - 10, maxLength: MAX_QUERY_CHARS + 100 }),
    );
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        const { experiment, problems } = decodeExperimentInWords(query);
        expect(validateExperiment(experiment)).toEqual([]);
        expect(Array.isArray(problems)).toBe(true);
        expect(problems).not.toContain(SAFETY_NET_NOTICE);
        for (const problem of problems) expect(typeof problem).toBe('string');
        expect(({} as Record<string, unknown>).length).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});
