import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/catalogues/en';
import { zh } from '../i18n/catalogues/zh';
import { plural, switchCatalogue, textOf } from '../i18n/translate';
import { parseCsv } from './csv';
import { DataProblem, dataRefOf } from './dataProblem';
import { describeData } from './statistics';
import type { SplitDataset } from './types';

afterEach(() => switchCatalogue('en', en));

/** The error reference of a failed parse. */
function errorOf(text: string) {
  const result = parseCsv(text);
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

const twoPoints: SplitDataset = {
  train: { features: new Float32Array([0, 0, 1, 1]), labels: new Uint8Array([0, 1]), count: 2 },
  test: { features: new Float32Array(0), labels: new Uint8Array(0), count: 0 },
  numClasses: 2,
  numFeatures: 2,
  exampleShape: [2],
  task: 'classification',
};

describe('data messages made without a language, worded on the page', () => {
  it('words a CSV error in the language of the moment, the same reference in both', () => {
    const ref = errorOf('a,label\n1,x\nabc,y');
    expect(ref).toEqual({ key: 'dataset.csv.notNumber', params: { row: 3, column: "'a'", value: 'abc' } });
    expect(textOf(ref)).toBe("row 3, column 'a': 'abc' is not a number");
    switchCatalogue('zh', zh);
    expect(textOf(ref)).toBe("第 3 行，列 'a'：'abc' 不是数字");
  });

  it('words the hints of the analysis in Chinese after a switch', () => {
    const hints = describeData(twoPoints, ['左', '右']).hints;
    switchCatalogue('zh', zh);
    expect(hints.map((hint) => textOf(hint.message))).toContain(
      '2 个类别：使用二元交叉熵，输出层为一个 sigmoid 单元',
    );
  });

  it('keeps a DataProblem reference through the service and words any other error as its detail', () => {
    const ref = { key: 'dataset.error.refused', params: { name: 'Iris', answer: '404 Not Found' } } as const;
    expect(dataRefOf(new DataProblem(ref))).toEqual(ref);
    expect(textOf(dataRefOf(new Error('boom')))).toBe('boom');
  });

  it('counts drawn points and features with the right form in each language', () => {
    expect(plural('dataset.draw.count', 1, { count: '1' })).toBe('1 point');
    expect(plural('dataset.draw.count', 1200, { count: '1,200' })).toBe('1,200 points');
    expect(plural('dataset.facts.features', 1)).toBe('1 feature');
    switchCatalogue('zh', zh);
    expect(plural('dataset.draw.count', 3)).toBe('3 个点');
  });
});
