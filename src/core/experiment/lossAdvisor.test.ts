import { describe, expect, it } from 'vitest';
import type { ModelInput } from '../model/modelInput';
import { LOSS_IDS, outputLayerFor } from '../registries/losses';
import type { LossId } from './experiment';
import { lossAdvice, lossForNewData } from './lossAdvisor';

const twoClasses: ModelInput = { exampleShape: [2], task: 'classification', numClasses: 2 };
const tenClasses: ModelInput = { exampleShape: [8, 8, 1], task: 'classification', numClasses: 10 };
const regression: ModelInput = { exampleShape: [2], task: 'regression', numClasses: 1 };

describe('the output layer follows the loss and the task', () => {
  it('sigmoid and 1 unit for binary cross-entropy on two classes, softmax and k units for categorical', () => {
    expect(outputLayerFor(2, 'binaryCrossentropy')).toEqual({
      units: 1,
      activation: 'sigmoid',
      targetEncoding: 'binary01',
    });
    expect(outputLayerFor(10, 'categoricalCrossentropy')).toEqual({
      units: 10,
      activation: 'softmax',
      targetEncoding: 'oneHot',
    });
    expect(outputLayerFor(3, 'squaredHinge')).toEqual({
      units: 3,
      activation: 'linear',
      targetEncoding: 'signedOneHot',
    });
    expect(outputLayerFor(2, 'huber')).toEqual({
      units: 1,
      activation: 'sigmoid',
      targetEncoding: 'binary01',
    });
  });

  it('one linear unit with real targets for regression, whatever the loss', () => {
    for (const loss of LOSS_IDS)
      expect(outputLayerFor(1, loss, 'regression')).toEqual({
        units: 1,
        activation: 'linear',
        targetEncoding: 'real',
      });
  });
});

describe('lossAdvice', () => {
  const fitOf = (loss: LossId, input: ModelInput) => lossAdvice(loss, input).fit;

  it('calls the textbook pairs natural', () => {
    expect(fitOf('binaryCrossentropy', twoClasses)).toBe('natural');
    expect(fitOf('categoricalCrossentropy', tenClasses)).toBe('natural');
    for (const loss of ['meanSquaredError', 'meanAbsoluteError', 'huber'] as const)
      expect(fitOf(loss, regression)).toBe('natural');
    expect(lossAdvice('binaryCrossentropy', twoClasses).text).toBe(
      'Two classes, 1 sigmoid unit read as the probability of class 1.',
    );
  });

  it('flags a mismatch that can still run, without forbidding it', () => {
    expect(lossAdvice('binaryCrossentropy', tenClasses)).toEqual({
      fit: 'mismatch',
      text: 'It treats 10 classes as 10 separate yes/no questions (10 sigmoid units): categorical cross-entropy with a softmax output suits one class per example better.',
    });
    expect(fitOf('meanSquaredError', twoClasses)).toBe('mismatch');
    expect(lossAdvice('huber', tenClasses).text).toMatch(
      /^Huber is made for regression; on 10 softmax units it runs/,
    );
  });

  it('says what works differently', () => {
    expect(lossAdvice('categoricalCrossentropy', twoClasses)).toEqual({
      fit: 'works',
      text: '2 softmax units, one probability per class. Binary cross-entropy does the same with one sigmoid unit.',
    });
    expect(lossAdvice('hinge', twoClasses).text).toMatch(/−1 and \+1 on 1 linear unit.*sign of the score/);
  });

  it('blocks a classification loss on a real-valued target, naming the losses that fit', () => {
    for (const loss of ['binaryCrossentropy', 'categoricalCrossentropy', 'hinge', 'squaredHinge'] as const) {
      expect(lossAdvice(loss, regression).fit).toBe('blocked');
    }
    expect(lossAdvice('hinge', regression).text).toBe(
      'Hinge compares class predictions, but this data set has a real-valued target: choose mean squared error, mean absolute error or Huber.',
    );
  });
});

describe('lossForNewData', () => {
  const threeClasses: ModelInput = { exampleShape: [4], task: 'classification', numClasses: 3 };

  it('follows the data when the loss fitted naturally or cannot work on the new data', () => {
    expect(lossForNewData('binaryCrossentropy', twoClasses, threeClasses)).toBe('categoricalCrossentropy');
    expect(lossForNewData('binaryCrossentropy', twoClasses, regression)).toBe('meanSquaredError');
    expect(lossForNewData('meanSquaredError', regression, twoClasses)).toBe('binaryCrossentropy');
    expect(lossForNewData('categoricalCrossentropy', tenClasses, twoClasses)).toBe('binaryCrossentropy');
  });

  it('keeps a deliberate choice that still runs, and any loss while the data is unknown', () => {
    expect(lossForNewData('hinge', twoClasses, threeClasses)).toBe('hinge');
    expect(lossForNewData('meanSquaredError', twoClasses, tenClasses)).toBe('meanSquaredError');
    expect(lossForNewData('categoricalCrossentropy', twoClasses, tenClasses)).toBe('categoricalCrossentropy');
    expect(lossForNewData('binaryCrossentropy', twoClasses, null)).toBe('binaryCrossentropy');
  });
});
