/** The ingredients' words follow the page's language, and the catalogue's written-out constants follow the code. */
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/catalogues/en';
import { zh } from '../i18n/catalogues/zh';
import { inSentence } from '../i18n/inSentence';
import { switchCatalogue } from '../i18n/translate';
import { summarizeModel } from '../model/modelSummary';
import { LEAKY_RELU_SLOPE } from '../registries/activations';
import { UNITS_SPEC } from '../registries/layers';
import { HUBER_DELTA } from '../registries/losses';
import { lossAdvice } from './lossAdvisor';
import { boundsMessage, validateNumberField } from './validation';

const twoClasses = { exampleShape: [2], task: 'classification', numClasses: 2 } as const;

afterEach(() => switchCatalogue('en', en));

describe('ingredient words', () => {
  it('writes out the constants the code uses', () => {
    expect(en['model.leakyRelu.formula']).toContain(`${LEAKY_RELU_SLOPE}·z`);
    expect(en['loss.huber.explanation']).toContain(`δ = ${HUBER_DELTA},`);
    expect(en['loss.huber.formula']).toContain(`|e| ≤ ${HUBER_DELTA},`);
  });

  it('gives the advice, the bounds and a stack’s problem in Chinese once the page is', () => {
    switchCatalogue('zh', zh);
    expect(lossAdvice('categoricalCrossentropy', { ...twoClasses, numClasses: 3 }).text).toBe(
      '3 个类别，3 个 softmax 单元，每个类别一个概率。',
    );
    expect(boundsMessage(UNITS_SPEC)).toBe('单元数必须是 1 到 256 之间的整数。');
    expect(validateNumberField(UNITS_SPEC, '', {}, '第 2 层单元数')).toEqual({
      error: '第 2 层单元数为空。第 2 层单元数必须是 1 到 256 之间的整数。',
    });
    const summary = summarizeModel([2], [{ kind: 'maxPool2d', poolSize: 2 }], {
      units: 1,
      activation: 'sigmoid',
      targetEncoding: 'binary01',
    });
    expect(summary.problems[0]?.message).toBe(
      'MaxPooling2D（最大池化）需要图像输入 [高, 宽, 通道]；这个数据集给出的是每行 2 个特征。',
    );
  });

  it('counts in English with the right form, and lowercases a label only inside an English sentence', () => {
    expect(lossAdvice('binaryCrossentropy', twoClasses).text).toContain('1 sigmoid unit read');
    expect(lossAdvice('categoricalCrossentropy', twoClasses).text).toMatch(/^2 softmax units,/);
    expect(inSentence('Binary cross-entropy')).toBe('binary cross-entropy');
    switchCatalogue('zh', zh);
    expect(inSentence('Huber 损失')).toBe('Huber 损失');
  });
});
