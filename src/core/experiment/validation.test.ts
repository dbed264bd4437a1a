import { describe, expect, it } from 'vitest';
import { DATASET_PARAMETERS } from '../registries/datasets';
import { defaultOptimizerParams, OPTIMIZER_IDS, OPTIMIZERS } from '../registries/optimizers';
import type { NumberParameterSpec } from '../registries/parameters';
import { TRAINING_PARAMETERS } from '../registries/training';
import { DEFAULT_EXPERIMENT } from './defaults';
import type { Experiment } from './experiment';
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
  it('checks the class count against the set: a range for blobs and arms, fixed for the others', () => {
    const classProblems = (dataset: Partial<Experiment['dataset']>) =>
      validateExperiment(withChanges({ dataset }))
        .filter((problem) => problem.path === 'dataset.numClasses')
        .map((problem) => problem.message);
    expect(classProblems({ id: 'gaussian', numClasses: 6 })).toEqual([]);
    expect(classProblems({ id: 'spiral', numClasses: 6 })).toEqual([
      'Arms must be a whole number from 2 to 5.',
    ]);
    expect(classProblems({ id: 'iris', numClasses: 3 })).toEqual([]);
    expect(classProblems({ id: 'iris', numClasses: 2 })).toEqual(['Iris has 3 classes, not 2.']);
    expect(classProblems({ id: 'plane', numClasses: 1 })).toEqual([]);
    expect(classProblems({ id: 'plane', numClasses: 2 })).toEqual([
      'Plane (regression) is a regression set (1 output), not 2.',
    ]);
    expect(classProblems({ id: 'custom', numClasses: 12 })).toEqual([]);
    expect(classProblems({ id: 'custom', numClasses: 1 })).toEqual(['Own data must have 2 to 50 classes.']);
  });

  it('bounds the batch size by the training split of a real set, and not for own data', () => {
    const batchProblems = (dataset: Partial<Experiment['dataset']>, batchSize: number) =>
      paths(withChanges({ dataset, training: { batchSize } })).filter(
        (path) => path === 'training.batchSize',
      );
    expect(batchProblems({ id: 'iris', numClasses: 3 }, 120)).toEqual([]);
    expect(batchProblems({ id: 'iris', numClasses: 3 }, 121)).toEqual(['training.batchSize']);
    expect(batchProblems({ id: 'custom', numClasses: 2 }, 4096)).toEqual([]);
  });

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
          { kind: 'dense', units: 0, activation: 'gelu' as 'tanh' },
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
    expect(messages).toContain('Units of layer 2 must be a whole number from 1 to 256.');
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
    expect(paths(withChanges({ model: { hiddenLayers: Array(17).fill(layer) } }))).toEqual([
      'model.hiddenLayers',
    ]);
    expect(paths(withChanges({ model: { hiddenLayers: Array(16).fill(layer) } }))).toEqual([]);
    expect(paths(withChanges({ model: { hiddenLayers: [] } }))).toEqual([]);
  });

  it('checks every layer kind’s own fields', () => {
    const experiment = withChanges({
      dataset: { id: 'digits', numClasses: 10 },
      loss: 'categoricalCrossentropy',
      model: {
        hiddenLayers: [
          {
            kind: 'conv2d',
            filters: 0,
            kernelSize: 3,
            stride: 1,
            padding: 'full' as 'same',
            activation: 'relu',
          },
          { kind: 'maxPool2d', poolSize: 9 },
          { kind: 'dropout', rate: 1 },
          {
            kind: 'dense',
            units: 8,
            activation: 'relu',
            initializer: 'zeros' as 'he',
            regularization: { l1: -1, l2: 0 },
          },
          { kind: 'lstm' as 'flatten' },
        ],
      },
    });
    expect(validateExperiment(experiment)).toEqual([
      {
        path: 'model.hiddenLayers.0.filters',
        message: 'Filters of layer 1 must be a whole number from 1 to 64.',
      },
      { path: 'model.hiddenLayers.0.padding', message: "Padding of layer 1 must be 'valid' or 'same'." },
      {
        path: 'model.hiddenLayers.1.poolSize',
        message: 'Pool size of layer 2 must be a whole number from 2 to 4.',
      },
      { path: 'model.hiddenLayers.2.rate', message: 'Rate of layer 3 must be a number from 0 to 0.9.' },
      {
        path: 'model.hiddenLayers.3.initializer',
        message: 'Initialiser of layer 4 must be one of Glorot uniform, He uniform or LeCun uniform.',
      },
      {
        path: 'model.hiddenLayers.3.regularization.l1',
        message: 'L1 of layer 4 must be a number from 0 to 1.',
      },
      {
        path: 'model.hiddenLayers.4.kind',
        message:
          'Layer 5 must be one of Dense, Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dropout or BatchNormalization.',
      },
    ]);
  });

  it('explains a stack that cannot work beside the offending layer, or the output layer', () => {
    const conv = {
      kind: 'conv2d',
      filters: 4,
      kernelSize: 3,
      stride: 1,
      padding: 'same',
      activation: 'relu',
    } as const;
    expect(validateExperiment(withChanges({ model: { hiddenLayers: [conv] } }))).toEqual([
      {
        path: 'model.hiddenLayers.0',
        message:
          'Conv2D needs image input [height, width, channels]; this data set gives rows of 2 features.',
      },
    ]);
    const digits = { dataset: { id: 'digits' as const, numClasses: 10 }, loss: 'categoricalCrossentropy' };
    expect(validateExperiment(withChanges({ ...digits, model: { hiddenLayers: [conv] } }))).toEqual([
      { path: 'model.output', message: 'The output layer is dense: add a Flatten after Conv2D first.' },
    ]);
    expect(paths(withChanges({ ...digits, model: { hiddenLayers: [conv, { kind: 'flatten' }] } }))).toEqual(
      [],
    );
  });

  it('uses the shape of own data when given, and skips the stack check while it is unknown', () => {
    const conv = {
      kind: 'conv2d',
      filters: 4,
      kernelSize: 3,
      stride: 1,
      padding: 'same',
      activation: 'relu',
    } as const;
    const custom = withChanges({
      dataset: { id: 'custom', numClasses: 2 },
      model: { hiddenLayers: [conv, { kind: 'flatten' }] },
    });
    expect(paths(custom)).toEqual([]);
    expect(paths(custom)).toEqual(validateExperiment(custom, {}).map((problem) => problem.path));
    expect(validateExperiment(custom, { exampleShape: [3] })[0]?.message).toBe(
      'Conv2D needs image input [height, width, channels]; this data set gives rows of 3 features.',
    );
  });

  it('blocks a classification loss on a regression set, and lets a poor but runnable one through', () => {
    const plane = { dataset: { id: 'plane' as const, numClasses: 1 } };
    expect(validateExperiment(withChanges({ ...plane, loss: 'binaryCrossentropy' }))).toEqual([
      {
        path: 'loss',
        message:
          'Binary cross-entropy compares class predictions, but this data set has a real-valued target: choose mean squared error, mean absolute error or Huber.',
      },
    ]);
    expect(paths(withChanges({ ...plane, loss: 'huber' }))).toEqual([]);
    expect(paths(withChanges({ loss: 'meanAbsoluteError' }))).toEqual([]);
  });

  it('checks the schedule and the clipping norm, and takes a missing L1 as 0', () => {
    const adam = DEFAULT_EXPERIMENT.optimizer;
    expect(
      validateExperiment(
        withChanges({
          optimizer: {
            ...adam,
            schedule: { id: 'stepDecay', params: { decayEpochs: 0, decayRate: 0.5, warmup: 3 } },
            clipNorm: 0,
          },
        }),
      ),
    ).toEqual([
      {
        path: 'optimizer.schedule.params.decayEpochs',
        message: 'Decay epochs must be a whole number from 1 to 100000.',
      },
      { path: 'optimizer.schedule.params.warmup', message: "Step decay has no setting 'warmup'." },
      { path: 'optimizer.clipNorm', message: 'Max gradient norm must be a number from 0.001 to 1000.' },
    ]);
    expect(
      paths(withChanges({ optimizer: { ...adam, schedule: { id: 'onecycle' as 'constant', params: {} } } })),
    ).toEqual(['optimizer.schedule.id']);
    const { l1: _omitted, ...withoutL1 } = DEFAULT_EXPERIMENT.training;
    expect(validateExperiment({ ...DEFAULT_EXPERIMENT, training: withoutL1 })).toEqual([]);
    expect(paths(withChanges({ training: { l1: 2 } }))).toEqual(['training.l1']);
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
