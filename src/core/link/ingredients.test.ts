import { describe, expect, it } from 'vitest';
import { decodeExperimentInWords } from '../../../test/kits/linkWords';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { Experiment, LayerConfig } from '../experiment/experiment';
import { encodeExperiment } from './codec';
import { layerText, splitLayerEntry } from './ingredients';

/** The experiment a version-1 link (issue 2) described, built by hand as that version's reader did. */
const v1Experiment = (changes: Partial<Experiment>): Experiment => ({ ...DEFAULT_EXPERIMENT, ...changes });

describe('version 1 links read exactly as before', () => {
  it('a full version-1 link gives the same experiment, with no notice', () => {
    const link =
      'v=1&data=moons&noise=0.25&points=300&train=0.7&dseed=4&layers=16-relu,8-tanh,4-elu&loss=hinge&opt=sgd' +
      '&lr=0.05&momentum=0.9&nesterov=true&batch=8&epochs=200&l2=0.001&seed=9';
    const { experiment, problems } = decodeExperimentInWords(link);
    expect(problems).toEqual([]);
    expect(experiment).toEqual(
      v1Experiment({
        dataset: { id: 'moons', noise: 0.25, numPoints: 300, trainFraction: 0.7, seed: 4, numClasses: 2 },
        model: {
          hiddenLayers: [
            { kind: 'dense', units: 16, activation: 'relu' },
            { kind: 'dense', units: 8, activation: 'tanh' },
            { kind: 'dense', units: 4, activation: 'elu' },
          ],
        },
        loss: 'hinge',
        optimizer: { id: 'sgd', params: { learningRate: 0.05, momentum: 0.9, nesterov: true } },
        training: { batchSize: 8, epochs: 200, l1: 0, l2: 0.001, seed: 9 },
      }),
    );
  });

  it('the short link of issue 2 (`layers=16-relu,16-tanh`) and `none` still read', () => {
    expect(decodeExperimentInWords('layers=16-relu,16-tanh').experiment.model.hiddenLayers).toEqual([
      { kind: 'dense', units: 16, activation: 'relu' },
      { kind: 'dense', units: 16, activation: 'tanh' },
    ]);
    expect(decodeExperimentInWords('layers=none').experiment.model.hiddenLayers).toEqual([]);
    // The dense layers of a version-1 link are written back the same way.
    expect(encodeExperiment(decodeExperimentInWords('layers=16-relu,16-tanh').experiment)).toContain(
      'layers=16-relu,16-tanh&',
    );
  });
});

describe('the layer syntax', () => {
  const stack: LayerConfig[] = [
    {
      kind: 'conv2d',
      filters: 8,
      kernelSize: 3,
      stride: 1,
      padding: 'valid',
      activation: 'relu',
      initializer: 'he',
    },
    { kind: 'maxPool2d', poolSize: 2 },
    { kind: 'conv2d', filters: 16, kernelSize: 2, stride: 2, padding: 'same', activation: 'leakyRelu' },
    { kind: 'avgPool2d', poolSize: 2 },
    { kind: 'batchNorm' },
    { kind: 'flatten' },
    { kind: 'dropout', rate: 0.25 },
    {
      kind: 'dense',
      units: 32,
      activation: 'selu',
      initializer: 'lecun',
      regularization: { l1: 0, l2: 1e-7 },
    },
  ];

  it('writes each kind readably', () => {
    expect(stack.map(layerText)).toEqual([
      'conv8k3s1valid-relu-he',
      'maxpool2',
      'conv16k2s2same-leakyrelu',
      'avgpool2',
      'batchnorm',
      'flatten',
      'dropout0.25',
      '32-selu-lecun-l1_0-l2_1e-7',
    ]);
  });

  it('reads it back on image data, and keeps a minus sign inside an exponent', () => {
    const experiment: Experiment = {
      ...DEFAULT_EXPERIMENT,
      dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'digits', numClasses: 10 },
      loss: 'categoricalCrossentropy',
      model: { hiddenLayers: stack },
    };
    const query = encodeExperiment(experiment);
    expect(query).toContain(
      'layers=conv8k3s1valid-relu-he,maxpool2,conv16k2s2same-leakyrelu,avgpool2,batchnorm,flatten,dropout0.25,32-selu-lecun-l1_0-l2_1e-7&',
    );
    expect(decodeExperimentInWords(query)).toEqual({ experiment, problems: [] });
    expect(splitLayerEntry('32-selu-l2_1e-7-l1_2.5E-3')).toEqual(['32', 'selu', 'l2_1e-7', 'l1_2.5E-3']);
  });

  it('accepts a dense prefix, upper case and left-out conv parts (defaults)', () => {
    const { experiment, problems } = decodeExperimentInWords(
      'data=digits&loss=cce&layers=Conv4,MaxPool,Flatten,dense16-ReLU-HE',
    );
    expect(problems).toEqual(['layer 1 has no activation; used relu']);
    expect(experiment.model.hiddenLayers).toEqual([
      { kind: 'conv2d', filters: 4, kernelSize: 3, stride: 1, padding: 'same', activation: 'relu' },
      { kind: 'maxPool2d', poolSize: 2 },
      { kind: 'flatten' },
      { kind: 'dense', units: 16, activation: 'relu', initializer: 'he' },
    ]);
  });

  it('explains every part it cannot use', () => {
    const { problems } = decodeExperimentInWords(
      'data=digits&loss=cce&layers=conv99k9-relu-he-l2_2-bogus,maxpool9,dropout0.95,batchnorm-x,pool,flatten',
    );
    expect(problems).toEqual([
      'layer 1 filters 99 is above the maximum 64; clamped to 64',
      'layer 1 kernel size 9 is above the maximum 7; clamped to 7',
      'layer 1 l2 2 is above the maximum 1; clamped to 1',
      "layer 1 option 'bogus' is not known; ignored",
      'layer 2 pool size 9 is above the maximum 4; clamped to 4',
      'layer 3 rate 0.95 is above the maximum 0.9; clamped to 0.9',
      "layer 4 'batchnorm-x' takes no options; ignored them",
      "layer 5 'pool' is not a known layer (units-activation, conv…, maxpool…, avgpool…, flatten, dropout…, batchnorm); skipped",
    ]);
  });
});

describe('a link’s model is made to fit its data set', () => {
  it('a stack that cannot work on the data is replaced by the default layers, saying why', () => {
    const { experiment, problems } = decodeExperimentInWords('data=spiral&layers=conv8k3s1same-relu,flatten');
    expect(experiment.model).toEqual(DEFAULT_EXPERIMENT.model);
    expect(problems).toEqual([
      'layers cannot work on this data set (layer 1: Conv2D needs image input [height, width, channels]; this data set gives rows of 2 features.); used 16-relu,16-relu',
    ]);
  });

  it('a classification loss on a regression set becomes mean squared error (with a notice only if the link named it)', () => {
    expect(decodeExperimentInWords('data=plane')).toMatchObject({
      experiment: { loss: 'meanSquaredError' },
      problems: [],
    });
    expect(decodeExperimentInWords('data=bumps&loss=hinge')).toMatchObject({
      experiment: { loss: 'meanSquaredError' },
      problems: [
        'loss hinge: Hinge compares class predictions, but this data set has a real-valued target: choose mean squared error, mean absolute error or Huber. Used mse',
      ],
    });
    // A poor fit that still runs is kept.
    expect(decodeExperimentInWords('data=spiral&loss=huber')).toMatchObject({
      experiment: { loss: 'huber' },
      problems: [],
    });
  });
});

describe('learning-rate schedule and gradient clipping', () => {
  it('are left out for a constant rate and no clipping, and read back when set', () => {
    expect(encodeExperiment(DEFAULT_EXPERIMENT)).not.toMatch(/sched|clipnorm/);
    const experiment: Experiment = {
      ...DEFAULT_EXPERIMENT,
      optimizer: {
        ...DEFAULT_EXPERIMENT.optimizer,
        schedule: { id: 'cosineDecay', params: { decayEpochs: 300, alpha: 0.1 } },
        clipNorm: 2.5,
      },
    };
    const query = encodeExperiment(experiment);
    expect(query).toContain('&eps=1e-7&sched=cosine&decay=300&alpha=0.1&clipnorm=2.5&batch=16');
    expect(decodeExperimentInWords(query)).toEqual({ experiment, problems: [] });
  });

  it('fills a schedule’s left-out settings with its defaults and reads `off` and `constant` as none', () => {
    expect(decodeExperimentInWords('sched=step').experiment.optimizer.schedule).toEqual({
      id: 'stepDecay',
      params: { decayEpochs: 100, decayRate: 0.5 },
    });
    const { experiment, problems } = decodeExperimentInWords('sched=constant&clipnorm=off');
    expect(problems).toEqual([]);
    expect(experiment.optimizer).toEqual(DEFAULT_EXPERIMENT.optimizer);
  });

  it('explains what it cannot use', () => {
    expect(decodeExperimentInWords('sched=warmup&decayrate=0.5&clipnorm=0').problems).toEqual([
      "sched 'warmup' is not a known schedule (constant, step, exp, cosine); kept constant",
      'decayrate does not apply to Constant; ignored',
      'clipnorm 0 is below the minimum 0.001; clamped to 0.001',
    ]);
    expect(decodeExperimentInWords('sched=exp&alpha=0.3').problems).toEqual([
      'alpha does not apply to Exponential decay; ignored',
    ]);
  });
});
