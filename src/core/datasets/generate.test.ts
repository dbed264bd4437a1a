import { describe, expect, it } from 'vitest';
import type { DatasetConfig, DatasetId } from '../experiment';
import { DATASET_IDS } from '../registries/datasets';
import { buildSplitDataset, generateDataset, splitDataset, trainingSetSize } from './generate';
import { PLANE_EXTENT } from './plane';

const config = (id: DatasetId, overrides: Partial<DatasetConfig> = {}): DatasetConfig => ({
  id,
  noise: 0.1,
  numPoints: 500,
  trainFraction: 0.8,
  seed: 1,
  ...overrides,
});

const countOf = (labels: Uint8Array, classIndex: number): number =>
  labels.reduce((sum, label) => sum + (label === classIndex ? 1 : 0), 0);

/** Rows of a row-major 2-column feature array, as strings so sets can compare them. */
const rows = (features: Float32Array): string[] => {
  const result: string[] = [];
  for (let i = 0; i < features.length; i += 2) result.push(`${features[i]},${features[i + 1]}`);
  return result;
};

describe.each(DATASET_IDS)('generateDataset(%s)', (id) => {
  it('is deterministic by seed', () => {
    const first = generateDataset(config(id));
    const second = generateDataset(config(id));
    expect(second.features).toEqual(first.features);
    expect(second.labels).toEqual(first.labels);
    const other = generateDataset(config(id, { seed: 2 }));
    expect(other.features).not.toEqual(first.features);
  });

  it('differs by seed even without noise', () => {
    const first = generateDataset(config(id, { noise: 0 }));
    const other = generateDataset(config(id, { noise: 0, seed: 7 }));
    expect(other.features).not.toEqual(first.features);
  });

  it('has the declared shape and balanced classes', () => {
    const data = generateDataset(config(id, { numPoints: 501 }));
    expect(data.count).toBe(501);
    expect(data.numFeatures).toBe(2);
    expect(data.numClasses).toBe(2);
    expect(data.features).toBeInstanceOf(Float32Array);
    expect(data.labels).toBeInstanceOf(Uint8Array);
    expect(data.features.length).toBe(1002);
    expect(data.labels.length).toBe(501);
    expect(countOf(data.labels, 0)).toBe(251);
    expect(countOf(data.labels, 1)).toBe(250);
  });

  it('keeps clean points within [-1, 1]² and noisy ones mostly inside the plane', () => {
    for (const seed of [1, 2, 3]) {
      const clean = generateDataset(config(id, { noise: 0, numPoints: 5000, seed }));
      const largest = clean.features.reduce((most, value) => Math.max(most, Math.abs(value)), 0);
      expect(largest).toBeLessThanOrEqual(1);
    }
    const noisy = generateDataset(config(id, { noise: 1, numPoints: 5000 }));
    const outside = noisy.features.filter((value) => Math.abs(value) > PLANE_EXTENT).length;
    expect(outside / noisy.features.length).toBeLessThan(0.02);
    expect(noisy.features.every(Number.isFinite)).toBe(true);
  });

  it('moves the same points when only the noise changes', () => {
    const low = generateDataset(config(id, { noise: 0.1 }));
    const high = generateDataset(config(id, { noise: 0.2 }));
    expect(high.labels).toEqual(low.labels);
    // Same clean point plus twice the jitter: the midpoint of clean and high is low.
    const clean = generateDataset(config(id, { noise: 0 }));
    for (let i = 0; i < clean.features.length; i++) {
      const expected = ((clean.features[i] as number) + (high.features[i] as number)) / 2;
      expect(low.features[i]).toBeCloseTo(expected, 5);
    }
  });
});

describe('shapes', () => {
  const radii = (id: DatasetId, classIndex: number): number[] => {
    const data = generateDataset(config(id, { noise: 0, numPoints: 2000 }));
    const result: number[] = [];
    for (let i = 0; i < data.count; i++) {
      if (data.labels[i] !== classIndex) continue;
      result.push(Math.hypot(data.features[2 * i] as number, data.features[2 * i + 1] as number));
    }
    return result;
  };

  it('circle: class 0 is the inner disc, class 1 the outer ring', () => {
    expect(Math.max(...radii('circle', 0))).toBeLessThanOrEqual(0.5 + 1e-6);
    expect(Math.min(...radii('circle', 1))).toBeGreaterThanOrEqual(0.7 - 1e-6);
  });

  it('xor: class 1 where x and y share a sign', () => {
    const data = generateDataset(config('xor', { noise: 0 }));
    for (let i = 0; i < data.count; i++) {
      const product = (data.features[2 * i] as number) * (data.features[2 * i + 1] as number);
      expect(product > 0 ? 1 : 0).toBe(data.labels[i]);
    }
  });

  it('gaussian: class 1 around (+, +), class 0 around (-, -)', () => {
    const data = generateDataset(config('gaussian', { noise: 0 }));
    for (let i = 0; i < data.count; i++) {
      const sum = (data.features[2 * i] as number) + (data.features[2 * i + 1] as number);
      expect(sum > 0 ? 1 : 0).toBe(data.labels[i]);
    }
  });
});

describe('trainingSetSize', () => {
  it('rounds numPoints · trainFraction and keeps one example in each part', () => {
    expect(trainingSetSize(500, 0.8)).toBe(400);
    expect(trainingSetSize(25, 0.5)).toBe(13);
    expect(trainingSetSize(20, 0.1)).toBe(2);
    expect(trainingSetSize(3, 0.01)).toBe(1);
    expect(trainingSetSize(3, 0.99)).toBe(2);
    expect(trainingSetSize(1, 0.5)).toBe(1);
    expect(trainingSetSize(Number.NaN, 0.5)).toBe(0);
  });
});

describe('splitDataset', () => {
  it('splits into disjoint parts of the expected sizes that cover the data', () => {
    const data = generateDataset(config('spiral'));
    const split = splitDataset(data, 0.8, 1);
    expect(split.train.count).toBe(400);
    expect(split.test.count).toBe(100);
    expect(split.train.features.length).toBe(800);
    expect(split.test.labels.length).toBe(100);
    const trainRows = new Set(rows(split.train.features));
    const testRows = rows(split.test.features);
    expect(testRows.some((row) => trainRows.has(row))).toBe(false);
    expect([...trainRows, ...testRows].sort()).toEqual(rows(data.features).sort());
    expect(countOf(split.train.labels, 0) + countOf(split.test.labels, 0)).toBe(250);
  });

  it('keeps each label with its point', () => {
    const data = generateDataset(config('xor', { noise: 0 }));
    const split = splitDataset(data, 0.5, 3);
    for (const part of [split.train, split.test]) {
      for (let i = 0; i < part.count; i++) {
        const product = (part.features[2 * i] as number) * (part.features[2 * i + 1] as number);
        expect(product > 0 ? 1 : 0).toBe(part.labels[i]);
      }
    }
  });

  it('is deterministic by seed and shuffles differently for another seed', () => {
    const data = generateDataset(config('moons'));
    expect(splitDataset(data, 0.8, 5).train.features).toEqual(splitDataset(data, 0.8, 5).train.features);
    expect(splitDataset(data, 0.8, 6).train.features).not.toEqual(splitDataset(data, 0.8, 5).train.features);
  });

  it('keeps at least one example in each part', () => {
    const data = generateDataset(config('circle', { numPoints: 4 }));
    expect(splitDataset(data, 0, 1).train.count).toBe(1);
    expect(splitDataset(data, 1, 1).test.count).toBe(1);
  });
});

describe('buildSplitDataset', () => {
  it('equals generate then split with the config seed', () => {
    const dataConfig = config('gaussian', { seed: 42, trainFraction: 0.3 });
    const built = buildSplitDataset(dataConfig);
    const manual = splitDataset(generateDataset(dataConfig), 0.3, 42);
    expect(built).toEqual(manual);
    expect(built.train.count).toBe(150);
  });
});
