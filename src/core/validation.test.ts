import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from './defaults';
import type { Experiment } from './experiment';
import { DATASET_PARAMETERS } from './registries/datasets';
import { defaultOptimizerParams, OPTIMIZER_IDS, OPTIMIZERS } from './registries/optimizers';
import type { NumberParameterSpec } from './registries/parameters';
import { TRAINING_PARAMETERS } from './registries/training';
import { validateExperiment, validateNumberField } from './validation';

const numberSpec = (specs: readonly NumberParameterSpec[], key: string): NumberParameterSpec => {
  const spec = specs.find((candidate) => candidate.key === key);
  if (!spec) throw new Error(`no spec ${key}`);
  return spec;
};

const batchSpec = numberSpec(TRAINING_PARAMETERS, 'batchSize');
const noiseSpec = numberSpec(DATASET_PARAMETERS, 'noise');
const learningRateSpec = OPTIMIZERS.adam.parameters.find(
  (spec) => spec.key === 'learningRate',
) as NumberParameterSpec;

const withChanges = (changes: {
  dataset?: Partial<Experiment['dataset']>;
  training?: Partial<Experiment['training']>;
  model?: Experiment['model'];
  optimizer?: Experiment['optimizer'];
  loss?: string;
}): Experiment =>
  ({
    ...DEFAULT_EXPERIMENT,
    dataset: { ...DEFAULT_EXPERIMENT.dataset, ...changes.dataset },
    training: { ...DEFAULT_EXPERIMENT.training, ...changes.training },
    model: changes.model ?? DEFAULT_EXPERIMENT.model,
    optimizer: changes.optimizer ?? DEFAULT_EXPERIMENT.optimizer,
    loss: changes.loss ?? DEFAULT_EXPERIMENT.loss,
  }) as Experiment;

const paths = (experiment: Experiment): string[] =>
  validateExperiment(experiment).map((problem) => problem.path);

describe('validateExperiment', () => {
  it('accepts the default experiment and every optimizer with its defaults', () => {
    expect(validateExperiment(DEFAULT_EXPERIMENT)).toEqual([]);
    for (const id of OPTIMIZER_IDS) {
      expect(
        validateExperiment(withChanges({ optimizer: { id, params: defaultOptimizerParams(id) } })),
      ).toEqual([]);
    }
  });

  it('bounds the batch size by the training-set size with a learner-friendly message', () => {
    expect(validateExperiment(withChanges({ training: { batchSize: 401 } }))).toEqual([
      {
        path: 'training.batchSize',
        message: 'Batch size must be a whole number from 1 to the training-set size (400).',
      },
    ]);
    expect(validateExperiment(withChanges({ training: { batchSize: 400 } }))).toEqual([]);
    expect(paths(withChanges({ training: { batchSize: 0 } }))).toEqual(['training.batchSize']);
    expect(paths(withChanges({ training: { batchSize: 2.5 } }))).toEqual(['training.batchSize']);
  });

  it('uses the training-set size of the context when given', () => {
    const problems = validateExperiment(withChanges({ training: { batchSize: 64 } }), {
      trainingSetSize: 50,
    });
    expect(problems[0]?.message).toContain('training-set size (50)');
  });

  it('names each invalid field', () => {
    const experiment = withChanges({
      dataset: { noise: 2, numPoints: 10.5, trainFraction: Number.NaN },
      training: { epochs: 0, l2: -1, seed: -1 },
      loss: 'cosine',
      optimizer: { id: 'adam', params: { ...defaultOptimizerParams('adam'), learningRate: 0, foo: 1 } },
      model: {
        hiddenLayers: [
          { kind: 'dense', units: 16, activation: 'tanh' },
          { kind: 'dense', units: 0, activation: 'swish' as 'tanh' },
        ],
      },
    });
    expect(paths(experiment)).toEqual([
      'dataset.noise',
      'dataset.numPoints',
      'dataset.trainFraction',
      'model.hiddenLayers.1.units',
      'model.hiddenLayers.1.activation',
      'loss',
      'optimizer.params.learningRate',
      'optimizer.params.foo',
      'training.epochs',
      'training.l2',
      'training.seed',
    ]);
    const messages = validateExperiment(experiment).map((problem) => problem.message);
    expect(messages).toContain('Units of hidden layer 2 must be a whole number from 1 to 256.');
    expect(messages).toContain('Learning rate must be a number from 0.000001 to 100.');
    expect(messages).toContain("Adam has no setting 'foo'.");
  });

  it('reports missing and mistyped optimizer settings', () => {
    const experiment = withChanges({ optimizer: { id: 'sgd', params: { learningRate: 0.1, nesterov: 1 } } });
    expect(paths(experiment)).toEqual(['optimizer.params.momentum', 'optimizer.params.nesterov']);
    expect(paths(withChanges({ optimizer: { id: 'lion' as 'sgd', params: {} } }))).toEqual(['optimizer.id']);
  });

  it('limits the number of hidden layers', () => {
    const layer = { kind: 'dense', units: 4, activation: 'relu' } as const;
    expect(paths(withChanges({ model: { hiddenLayers: Array(9).fill(layer) } }))).toEqual([
      'model.hiddenLayers',
    ]);
    expect(paths(withChanges({ model: { hiddenLayers: [] } }))).toEqual([]);
  });

  it('ignores inherited properties such as constructor', () => {
    const params = Object.create({ momentum: 0.5, nesterov: false }) as Record<string, number | boolean>;
    params.learningRate = 0.1;
    expect(paths(withChanges({ optimizer: { id: 'sgd', params } }))).toEqual([
      'optimizer.params.momentum',
      'optimizer.params.nesterov',
    ]);
  });
});

describe('validateNumberField', () => {
  it('accepts numbers within bounds', () => {
    expect(validateNumberField(noiseSpec, '0.25')).toEqual({ value: 0.25 });
    expect(validateNumberField(noiseSpec, ' 1 ')).toEqual({ value: 1 });
    expect(validateNumberField(noiseSpec, '-0')).toEqual({ value: 0 });
    expect(validateNumberField(learningRateSpec, '1e-3')).toEqual({ value: 0.001 });
    expect(validateNumberField(learningRateSpec, '.5')).toEqual({ value: 0.5 });
  });

  it('rejects empty, non-numeric and non-finite text with the bounds', () => {
    expect(validateNumberField(noiseSpec, '')).toEqual({
      error: 'Noise is empty. Noise must be a number from 0 to 1.',
    });
    expect(validateNumberField(noiseSpec, 'abc')).toEqual({
      error: "'abc' is not a number. Noise must be a number from 0 to 1.",
    });
    for (const raw of ['NaN', 'Infinity', '-infinity', '1e999']) {
      expect(validateNumberField(noiseSpec, raw)).toEqual({
        error: `'${raw}' is not a finite number. Noise must be a number from 0 to 1.`,
      });
    }
    for (const raw of ['0x1', '1,5', '1..2', '--1', '1e', 'e5'])
      expect(validateNumberField(noiseSpec, raw)).toHaveProperty('error');
  });

  it('rejects out-of-bounds values and fractions where a whole number is needed', () => {
    expect(validateNumberField(noiseSpec, '1.01')).toEqual({ error: 'Noise must be a number from 0 to 1.' });
    expect(validateNumberField(batchSpec, '2.5')).toEqual({
      error: 'Batch size must be a whole number from 1 to 4096.',
    });
    expect(validateNumberField(batchSpec, '0')).toHaveProperty('error');
  });

  it('bounds the batch size by the training-set size from the context', () => {
    expect(validateNumberField(batchSpec, '500', { trainingSetSize: 400 })).toEqual({
      error: 'Batch size must be a whole number from 1 to the training-set size (400).',
    });
    expect(validateNumberField(batchSpec, '400', { trainingSetSize: 400 })).toEqual({ value: 400 });
    expect(validateNumberField(batchSpec, '4096', { trainingSetSize: 4500 })).toEqual({ value: 4096 });
  });
});
