import { describe, expect, it } from 'vitest';
import type { DatasetConfig, DatasetId } from '../experiment/experiment';
import { GENERATED_DATASET_IDS, REGRESSION_DATASET_IDS, TOY_DATASET_IDS } from '../registries/datasets';
import { createRng } from '../util/rng';
import {
  buildSplitDataset,
  datasetTrainingSetSize,
  generateDataset,
  splitDataset,
  trainingSetSize,
} from './generate';
import { PLANE_EXTENT } from './plane';
import { regressionTarget } from './shapes';

const config = (id: DatasetId, overrides: Partial<DatasetConfig> = {}): DatasetConfig => ({
  id,
  noise: 0.1,
  numPoints: 500,
  trainFraction: 0.8,
  seed: 1,
  numClasses: id === 'plane' || id === 'bumps' ? 1 : 2,
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

describe.each(GENERATED_DATASET_IDS)('generateDataset(%s)', (id) => {
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

  it.runIf(TOY_DATASET_IDS.some((toy) => toy === id))('has the declared shape and balanced classes', () => {
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
    const clean = generateDataset(config(id, { noise: 0 }));
    expect(high.labels).toEqual(low.labels);
    if (low.task === 'regression') {
      // Regression noise moves where the surface is read, not the point.
      expect(high.features).toEqual(low.features);
      expect(high.targets).not.toEqual(clean.targets);
      return;
    }
    // Same clean point plus twice the jitter: the midpoint of clean and high is low.
    for (let i = 0; i < clean.features.length; i++) {
      const expected = ((clean.features[i] as number) + (high.features[i] as number)) / 2;
      expect(low.features[i]).toBeCloseTo(expected, 5);
    }
  });
});

describe('chosen class counts', () => {
  it.each([
    ['gaussian', [2, 3, 4, 5, 6]],
    ['spiral', [2, 3, 4, 5]],
  ] as const)('%s has the requested number of balanced classes, deterministically', (id, counts) => {
    for (const numClasses of counts) {
      const data = generateDataset(config(id, { numClasses, numPoints: 600, seed: 9 }));
      expect(data.numClasses).toBe(numClasses);
      for (let c = 0; c < numClasses; c++) expect(countOf(data.labels, c)).toBe(600 / numClasses);
      expect(countOf(data.labels, numClasses)).toBe(0);
      const again = generateDataset(config(id, { numClasses, numPoints: 600, seed: 9 }));
      expect(again.features).toEqual(data.features);
      expect(generateDataset(config(id, { numClasses, numPoints: 600, seed: 10 })).features).not.toEqual(
        data.features,
      );
    }
  });

  it('clamps a count outside the range and ignores it for fixed sets', () => {
    expect(generateDataset(config('spiral', { numClasses: 9 })).numClasses).toBe(5);
    expect(generateDataset(config('gaussian', { numClasses: 1 })).numClasses).toBe(2);
    expect(generateDataset(config('moons', { numClasses: 4 })).numClasses).toBe(2);
  });

  it('gaussian blobs: every clean point is nearest to its own class centre', () => {
    for (const numClasses of [3, 6]) {
      const data = generateDataset(config('gaussian', { numClasses, noise: 0, numPoints: 1200 }));
      const centres = Array.from({ length: numClasses }, () => [0, 0, 0]);
      for (let i = 0; i < data.count; i++) {
        const centre = centres[data.labels[i] as number] as number[];
        centre[0] = (centre[0] as number) + (data.features[2 * i] as number);
        centre[1] = (centre[1] as number) + (data.features[2 * i + 1] as number);
        centre[2] = (centre[2] as number) + 1;
      }
      const means = centres.map(([x = 0, y = 0, n = 1]) => [x / n, y / n] as const);
      let misplaced = 0;
      for (let i = 0; i < data.count; i++) {
        const x = data.features[2 * i] as number;
        const y = data.features[2 * i + 1] as number;
        const distances = means.map(([cx, cy]) => Math.hypot(x - cx, y - cy));
        if (distances.indexOf(Math.min(...distances)) !== data.labels[i]) misplaced++;
      }
      // Six blobs 6 spreads apart: a few tail points may cross the midline.
      expect(misplaced / data.count).toBeLessThan(0.01);
    }
  });

  it("the two-arm spiral is the first version's, bit for bit", () => {
    // The first version's generator, inlined: arm 1 starts at angle 0, arm 0 at half a turn.
    const rng = createRng(1);
    const expected = new Float32Array(500 * 2);
    for (let i = 0; i < 500; i++) {
      const along = rng.next();
      const angle = 1.75 * 2 * Math.PI * along + (i % 2 === 1 ? 0 : Math.PI);
      expected[2 * i] = along * Math.sin(angle) + 0.1 * 0.08 * rng.normal();
      expected[2 * i + 1] = along * Math.cos(angle) + 0.1 * 0.08 * rng.normal();
    }
    expect(generateDataset(config('spiral')).features).toEqual(expected);
  });
});

describe.each(REGRESSION_DATASET_IDS)('regression set %s', (id) => {
  it('has one real target per point, zero labels and one "class"', () => {
    const data = generateDataset(config(id, { noise: 0, numPoints: 400 }));
    expect(data.task).toBe('regression');
    expect(data.numClasses).toBe(1);
    expect(data.exampleShape).toEqual([2]);
    expect(data.labels.every((label) => label === 0)).toBe(true);
    expect(data.targets).toHaveLength(400);
    for (let i = 0; i < data.count; i++) {
      const target = regressionTarget(id, data.features[2 * i] as number, data.features[2 * i + 1] as number);
      expect(data.targets?.[i]).toBeCloseTo(target, 5);
    }
    expect(data.targets?.every((target) => target >= -1 && target <= 1)).toBe(true);
  });

  it('keeps each target with its point through the split', () => {
    const data = generateDataset(config(id, { noise: 0 }));
    const split = splitDataset(data, 0.7, 4);
    expect(split.task).toBe('regression');
    for (const part of [split.train, split.test]) {
      expect(part.targets).toHaveLength(part.count);
      for (let i = 0; i < part.count; i++) {
        const x = part.features[2 * i] as number;
        const y = part.features[2 * i + 1] as number;
        expect(part.targets?.[i]).toBeCloseTo(regressionTarget(id, x, y), 5);
      }
    }
  });
});

describe('regression surfaces', () => {
  it('plane rises with x + y; bumps peak at their centres and vanish between them', () => {
    expect(regressionTarget('plane', 0, 0)).toBe(0);
    expect(regressionTarget('plane', 1, 1)).toBe(1);
    expect(regressionTarget('plane', -0.5, -0.5)).toBe(-0.5);
    expect(regressionTarget('bumps', -4 / 6, 2.5 / 6)).toBeCloseTo(1, 12);
    expect(regressionTarget('bumps', 0, 2.5 / 6)).toBeCloseTo(-1, 12);
    expect(regressionTarget('bumps', 0, 0)).toBe(0);
    expect(regressionTarget('bumps', 1, 1)).toBe(0);
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

describe('datasetTrainingSetSize', () => {
  it('follows points and share for generated sets, the file for real ones, and not own data', () => {
    expect(datasetTrainingSetSize(config('spiral'))).toBe(400);
    expect(datasetTrainingSetSize(config('iris', { numClasses: 3 }))).toBe(120);
    expect(datasetTrainingSetSize(config('fashionMnist', { numClasses: 10, trainFraction: 0.1 }))).toBe(
      10_000,
    );
    expect(datasetTrainingSetSize(config('custom'))).toBeUndefined();
  });
});

describe('buildSplitDataset', () => {
  it('refuses a set that is not generated, naming it', () => {
    expect(() => buildSplitDataset(config('mnist', { numClasses: 10 }))).toThrow(/'mnist' is not generated/);
  });

  it('equals generate then split with the config seed', () => {
    const dataConfig = config('gaussian', { seed: 42, trainFraction: 0.3 });
    const built = buildSplitDataset(dataConfig);
    const manual = splitDataset(generateDataset(dataConfig), 0.3, 42);
    expect(built).toEqual(manual);
    expect(built.train.count).toBe(150);
  });
});
