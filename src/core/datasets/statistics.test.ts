import { describe, expect, it } from 'vitest';
import { textOf } from '../i18n/translate';
import { classCounts, describeData, sampleIndicesByClass } from './statistics';
import type { LabeledData, SplitDataset } from './types';

const part = (points: [number, number, number][]): LabeledData => ({
  features: Float32Array.from(points.flatMap((point) => point.slice(0, 2))),
  labels: Uint8Array.from(points.map(([, , label]) => label)),
  count: points.length,
});

const split = (
  train: [number, number, number][],
  test: [number, number, number][],
  numClasses: number,
): SplitDataset => ({
  train: part(train),
  test: part(test),
  numFeatures: 2,
  numClasses,
  exampleShape: [2],
  task: 'classification',
});

const texts = (data: SplitDataset, names?: string[]) =>
  describeData(data, names).hints.map((hint) => textOf(hint.message));

describe('describeData on a tiny set computed by hand', () => {
  // Class 0: (0,0) and (2,0), centroid (1,0), each point 1 away. Class 1: (5,4) and (5,-4),
  // centroid (5,0), each point 4 away. Centroids are 4 apart.
  const data = split(
    [
      [0, 0, 0],
      [5, 4, 1],
      [2, 0, 0],
      [5, -4, 1],
    ],
    [[9, 9, 1]],
    2,
  );

  it('counts points and classes', () => {
    const stats = describeData(data);
    expect(stats.trainCount).toBe(4);
    expect(stats.testCount).toBe(1);
    expect(stats.numClasses).toBe(2);
    expect(stats.trainClassCounts).toEqual([2, 2]);
    expect(stats.testClassCounts).toEqual([0, 1]);
  });

  it('measures spread within classes and distance between centroids from the training split', () => {
    const stats = describeData(data);
    expect(stats.intraClassDistances).toEqual([1, 4]);
    expect([...stats.centroidDistances]).toEqual([0, 4, 4, 0]);
    expect(stats.mostSimilarPair).toEqual({ first: 0, second: 1, distance: 4 });
  });

  it('gives the two-class loss hint and the few-points hint, not the imbalance one', () => {
    const hints = describeData(data, ['left', 'right']).hints;
    expect(hints).toContainEqual({ topic: 'loss', message: { key: 'dataset.hint.binary' } });
    expect(hints.map((hint) => textOf(hint.message))).toContain(
      '2 classes: binary cross-entropy with one sigmoid output',
    );
    expect(hints.map((hint) => textOf(hint.message))).toContain(
      "few points per class (as few as 2 for 'left'): keep the model small or add regularization, or it will memorise them",
    );
    expect(hints.some((hint) => textOf(hint.message).startsWith('classes are imbalanced'))).toBe(false);
  });
});

describe('describeData hints', () => {
  it('names the closest pair of three classes and warns of imbalance', () => {
    // Centroids (0,0), (1,0), (10,0): 'Shirt' and 'T-shirt/top' are closest; 3 against 1 points.
    const data = split(
      [
        [0, 1, 0],
        [0, -1, 0],
        [0, 0, 0],
        [1, 0, 1],
        [10, 0, 2],
      ],
      [],
      3,
    );
    const stats = describeData(data, ['T-shirt/top', 'Shirt', 'Bag']);
    expect(stats.mostSimilarPair).toEqual({ first: 0, second: 1, distance: 1 });
    expect(stats.centroidDistances[0 * 3 + 2]).toBe(10);
    expect(stats.intraClassDistances).toEqual([2 / 3, 0, 0]);
    const hints = stats.hints.map((hint) => textOf(hint.message));
    expect(hints).toContain('3 classes: use categorical cross-entropy with a softmax output of 3 units');
    expect(hints).toContain("classes 'T-shirt/top' and 'Shirt' overlap most: expect confusion there");
    expect(hints.find((text) => text.startsWith('classes are imbalanced'))).toMatch(
      /'T-shirt\/top' has 3 training points, 'Shirt' only 1/,
    );
  });

  it('warns when two class centres are closer than the points are to them (a ring around a blob)', () => {
    const ring: [number, number, number][] = [
      [2, 0, 1],
      [-2, 0, 1],
      [0, 2, 1],
      [0, -2, 1],
    ];
    const hints = texts(split([[0.1, 0, 0], [-0.1, 0, 0], ...ring], [], 2));
    expect(hints.some((text) => text.includes('a straight line will not separate them'))).toBe(true);
  });

  it('says when a class has no training points and when features outnumber points', () => {
    const data: SplitDataset = {
      train: { features: new Float32Array(2 * 5), labels: Uint8Array.from([0, 1]), count: 2 },
      test: { features: new Float32Array(0), labels: new Uint8Array(0), count: 0 },
      numFeatures: 5,
      numClasses: 3,
      exampleShape: [5],
      task: 'classification',
    };
    const hints = texts(data, ['a', 'b', 'c']);
    expect(hints).toContain("class 'c' has no training points: the model cannot learn it");
    expect(hints.some((text) => text.startsWith('fewer training points (2) than features (5)'))).toBe(true);
  });

  it('stays quiet about balance and size for a large balanced set', () => {
    const points: [number, number, number][] = Array.from({ length: 80 }, (_, i) => [
      i % 2 === 0 ? i : -i,
      1,
      i % 2,
    ]);
    const hints = texts(split(points, [], 2));
    expect(hints).toEqual(['2 classes: binary cross-entropy with one sigmoid output']);
  });
});

describe('class helpers', () => {
  it('counts per class and samples the first examples of each class', () => {
    const data = part([
      [0, 0, 1],
      [0, 0, 0],
      [0, 0, 1],
      [0, 0, 1],
    ]);
    expect(classCounts(data, 3)).toEqual([1, 3, 0]);
    expect(sampleIndicesByClass(data, 3, 2)).toEqual([[1], [0, 2], []]);
  });
});
