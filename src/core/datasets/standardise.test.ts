import { describe, expect, it } from 'vitest';
import { applyScaling, featureScaling, standardiseSplit } from './standardise';
import type { LabeledData, SplitDataset } from './types';

const part = (rows: number[][]): LabeledData => ({
  features: Float32Array.from(rows.flat()),
  labels: new Uint8Array(rows.length),
  count: rows.length,
});

const split = (train: number[][], test: number[][]): SplitDataset => ({
  train: part(train),
  test: part(test),
  numFeatures: train[0]?.length ?? 0,
  numClasses: 2,
  exampleShape: [train[0]?.length ?? 0],
  task: 'classification',
});

describe('standardisation', () => {
  it('computes the mean and population deviation of each feature', () => {
    const scaling = featureScaling(
      part([
        [1, 10],
        [3, 10],
        [5, 10],
      ]),
      2,
    );
    expect([...scaling.mean]).toEqual([3, 10]);
    expect(scaling.standardDeviation[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(scaling.standardDeviation[1]).toBe(0);
  });

  it('uses the training split only: test data does not move the mean or the scale', () => {
    const train = [[1], [3], [5]];
    const a = standardiseSplit(split(train, [[1000], [-1000]]));
    const b = standardiseSplit(split(train, [[3], [3]]));
    expect([...a.scaling.mean]).toEqual([3]);
    expect([...a.scaling.mean]).toEqual([...b.scaling.mean]);
    expect([...a.scaling.standardDeviation]).toEqual([...b.scaling.standardDeviation]);
    expect([...a.data.train.features]).toEqual([...b.data.train.features]);
    // The test values are mapped with the training statistics: (1000 - 3) / sqrt(8/3).
    expect(a.data.test.features[0]).toBeCloseTo(997 / Math.sqrt(8 / 3), 3);
    expect(b.data.test.features[0]).toBe(0);
  });

  it('gives the training split mean 0 and deviation 1', () => {
    const { data } = standardiseSplit(
      split(
        [
          [2, -1],
          [4, 0],
          [9, 7],
          [1, 2],
        ],
        [[0, 0]],
      ),
    );
    const again = featureScaling(data.train, 2);
    for (let f = 0; f < 2; f++) {
      expect(again.mean[f]).toBeCloseTo(0, 6);
      expect(again.standardDeviation[f]).toBeCloseTo(1, 6);
    }
  });

  it('maps a constant feature to 0 instead of NaN, on both splits', () => {
    const { data } = standardiseSplit(
      split(
        [
          [5, 1],
          [5, 2],
        ],
        [[7, 3]],
      ),
    );
    expect(data.train.features[0]).toBe(0);
    expect(data.train.features[2]).toBe(0);
    expect(data.test.features[0]).toBe(2);
    expect(Number.isNaN(data.test.features[1])).toBe(false);
  });

  it('keeps labels and counts, and handles an empty split', () => {
    const labelled = { ...part([[1], [2]]), labels: new Uint8Array([1, 0]) };
    const scaled = applyScaling(labelled, featureScaling(labelled, 1));
    expect([...scaled.labels]).toEqual([1, 0]);
    expect(featureScaling(part([]), 3).mean.length).toBe(3);
  });
});
