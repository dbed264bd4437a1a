import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trainingSetSize } from './datasets/generate';
import { DEFAULT_EXPERIMENT } from './defaults';
import type { DenseLayerConfig, Experiment, HyperParameterValue } from './experiment';
import { ACTIVATION_IDS } from './registries/activations';
import { DATASET_IDS, DATASET_PARAMETERS } from './registries/datasets';
import { LOSS_IDS } from './registries/losses';
import { OPTIMIZER_IDS, OPTIMIZERS } from './registries/optimizers';
import type { NumberParameterSpec } from './registries/parameters';
import { MODEL_LIMITS, TRAINING_PARAMETERS } from './registries/training';
import { decodeExperiment, encodeExperiment } from './urlCodec';
import { validateExperiment } from './validation';

const SAFETY_NET_NOTICE = 'this link could not be read; showing the default experiment';

const spec = (specs: readonly NumberParameterSpec[], key: string): NumberParameterSpec => {
  const found = specs.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no spec ${key}`);
  return found;
};

/** Any value a spec allows; `+ 0` turns -0 into 0, which is what a link can say. */
const numberWithin = (numberSpec: NumberParameterSpec, max = numberSpec.max): fc.Arbitrary<number> =>
  numberSpec.isInteger
    ? fc.integer({ min: numberSpec.min, max })
    : fc.double({ min: numberSpec.min, max, noNaN: true }).map((value) => value + 0);

const layerArbitrary: fc.Arbitrary<DenseLayerConfig> = fc.record({
  kind: fc.constant('dense' as const),
  units: fc.integer({ min: MODEL_LIMITS.minUnits, max: MODEL_LIMITS.maxUnits }),
  activation: fc.constantFrom(...ACTIVATION_IDS),
});

const optimizerArbitrary = fc.constantFrom(...OPTIMIZER_IDS).chain((id) => {
  const params: Record<string, fc.Arbitrary<HyperParameterValue>> = {};
  for (const parameter of OPTIMIZERS[id].parameters) {
    params[parameter.key] = parameter.kind === 'number' ? numberWithin(parameter) : fc.boolean();
  }
  return fc.record(params).map((values) => ({ id, params: values }));
});

/** Any experiment the registries allow. */
const experimentArbitrary: fc.Arbitrary<Experiment> = fc
  .record({
    dataset: fc.record({
      id: fc.constantFrom(...DATASET_IDS),
      noise: numberWithin(spec(DATASET_PARAMETERS, 'noise')),
      numPoints: numberWithin(spec(DATASET_PARAMETERS, 'numPoints')),
      trainFraction: numberWithin(spec(DATASET_PARAMETERS, 'trainFraction')),
      seed: numberWithin(spec(DATASET_PARAMETERS, 'seed')),
    }),
    model: fc.record({ hiddenLayers: fc.array(layerArbitrary, { maxLength: MODEL_LIMITS.maxHiddenLayers }) }),
    loss: fc.constantFrom(...LOSS_IDS),
    optimizer: optimizerArbitrary,
    epochs: numberWithin(spec(TRAINING_PARAMETERS, 'epochs')),
    l2: numberWithin(spec(TRAINING_PARAMETERS, 'l2')),
    seed: numberWithin(spec(TRAINING_PARAMETERS, 'seed')),
  })
  .chain(({ epochs, l2, seed, ...rest }) => {
    const batchSpec = spec(TRAINING_PARAMETERS, 'batchSize');
    const limit = Math.min(
      batchSpec.max,
      trainingSetSize(rest.dataset.numPoints, rest.dataset.trainFraction),
    );
    return numberWithin(batchSpec, limit).map((batchSize) => ({
      ...rest,
      training: { batchSize, epochs, l2, seed },
    }));
  });

const DEFAULT_QUERY =
  'v=1&data=spiral&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam' +
  '&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l2=0&seed=1';

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
    expect(decodeExperiment(query)).toEqual({ experiment, problems: [] });
  });

  it("writes large numbers without '+', which some readers take for a space", () => {
    const params = { ...DEFAULT_EXPERIMENT.optimizer.params, learningRate: 1e21 };
    const query = encodeExperiment({ ...DEFAULT_EXPERIMENT, optimizer: { id: 'adam', params } });
    expect(query).toContain('lr=1e21&');
    expect(decodeExperiment(query).problems).toEqual(['lr 1e21 is above the maximum 100; clamped to 100']);
  });
});

describe('decodeExperiment', () => {
  it('reads the default link back exactly, with or without "?"', () => {
    expect(decodeExperiment(DEFAULT_QUERY)).toEqual({ experiment: DEFAULT_EXPERIMENT, problems: [] });
    expect(decodeExperiment(`?${DEFAULT_QUERY}`)).toEqual({ experiment: DEFAULT_EXPERIMENT, problems: [] });
    expect(decodeExperiment('')).toEqual({ experiment: DEFAULT_EXPERIMENT, problems: [] });
  });

  it('keeps the valid parts of a hand-edited link', () => {
    const { experiment, problems } = decodeExperiment(
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
      'v=9&lr=abc&batch=0&foo=1&noise=5&points=20.4&epochs=Infinity&layers=16-tanh,x-swish,,300&momentum=0.5&loss=cosine';
    expect(decodeExperiment(query).problems).toEqual([
      'unknown version 9; read as version 1',
      'noise 5 is above the maximum 1; clamped to 1',
      'points 20.4 is not a whole number; rounded to 20',
      'layers has an empty entry; skipped',
      "layer 2 units 'x' is not a number; kept 16",
      "layer 2 activation 'swish' is not known (relu, tanh, sigmoid, linear, elu); used relu",
      'layer 3 units 300 is above the maximum 256; clamped to 256',
      "layer 3 '300' has no activation; used relu",
      "loss 'cosine' is not a known loss (bce, cce, mse, hinge); kept bce",
      "lr 'abc' is not a number; kept 0.01",
      'momentum does not apply to Adam; ignored',
      'batch 0 is below the minimum 1; clamped to 1',
      "epochs 'Infinity' is not a finite number; kept 500",
      "unknown key 'foo' ignored",
    ]);
  });

  it('clamps the batch size, even the default one, to the training-set size', () => {
    expect(decodeExperiment('batch=1000').problems).toEqual([
      'batch 1000 is above the training-set size (400); clamped to 400',
    ]);
    const small = decodeExperiment('points=20&train=0.1');
    expect(small.experiment.training.batchSize).toBe(2);
    expect(small.problems).toEqual(['batch 16 is above the training-set size (2); clamped to 2']);
  });

  it('keeps prototype keys harmless', () => {
    const { experiment, problems } = decodeExperiment(
      '__proto__=1&constructor=2&hasOwnProperty=3&toString=4&data=__proto__&opt=constructor&layers=8-toString',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(experiment.optimizer.params)).toBe(Object.prototype);
    expect(validateExperiment(experiment)).toEqual([]);
    expect(problems).toContain("unknown key '__proto__' ignored");
    expect(problems).toContain("unknown key 'hasownproperty' ignored");
    expect(problems).toContain(
      "data '__proto__' is not a known data set (circle, xor, gaussian, spiral, moons); kept spiral",
    );
  });

  it('ignores over-long values and queries, broken escapes and repeats, with a notice', () => {
    expect(decodeExperiment(`lr=${'1'.repeat(201)}`).problems).toEqual([
      "'lr' has a value of 201 characters (at most 200); ignored",
    ]);
    const long = decodeExperiment(`data=xor&x=${'a'.repeat(4000)}`);
    expect(long.experiment).toEqual(DEFAULT_EXPERIMENT);
    expect(long.problems[0]).toMatch(/too long \(4011 characters, at most 4000\)/);
    expect(decodeExperiment('data=%E0%A4%A&seed=3').problems).toEqual([
      "'data=%E0%A4%A' has a broken %-escape; ignored",
    ]);
    expect(decodeExperiment('seed=3&seed=4')).toMatchObject({
      experiment: { training: { seed: 4 } },
      problems: ["'seed' appears more than once; used the last"],
    });
  });

  it('hides control characters of the link in notices', () => {
    expect(decodeExperiment('data=a%E2%80%AEb%00').problems[0]).toBe(
      "data 'a\uFFFDb\uFFFD' is not a known data set (circle, xor, gaussian, spiral, moons); kept spiral",
    );
  });

  it('reads -0 as 0 and booleans in several spellings', () => {
    const { experiment, problems } = decodeExperiment('l2=-0&opt=sgd&nesterov=YES');
    expect(problems).toEqual([]);
    expect(Object.is(experiment.training.l2, 0)).toBe(true);
    expect(experiment.optimizer.params.nesterov).toBe(true);
    expect(decodeExperiment('opt=sgd&nesterov=maybe').problems).toEqual([
      "nesterov 'maybe' is not true or false; kept false",
    ]);
  });
});

describe('round trips (property-based)', () => {
  it('decode(encode(x)) is x with no problems, and encoding is stable', () => {
    fc.assert(
      fc.property(experimentArbitrary, (experiment) => {
        expect(validateExperiment(experiment)).toEqual([]);
        const query = encodeExperiment(experiment);
        const decoded = decodeExperiment(query);
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
      fc.string({ minLength: 3990, maxLength: 4100 }),
    );
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        const { experiment, problems } = decodeExperiment(query);
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
