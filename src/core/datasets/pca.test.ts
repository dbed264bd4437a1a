import { describe, expect, it } from 'vitest';
import { createRng } from '../util/rng';
import { pcaPreview, principalComponents, projectOntoComponents } from './pca';
import type { LabeledData } from './types';

/** Points spread widely along (1, -1, 0)/√2, narrowly along (0, 0, 1), barely along (1, 1, 0)/√2. */
function elongated(count: number, seed: number): LabeledData {
  const rng = createRng(seed);
  const features = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const major = 5 * rng.normal();
    const middle = 2 * rng.normal();
    const minor = 0.1 * rng.normal();
    features[3 * i] = 1 + (major + minor) / Math.SQRT2;
    features[3 * i + 1] = -2 + (-major + minor) / Math.SQRT2;
    features[3 * i + 2] = 3 + middle;
  }
  return { features, labels: new Uint8Array(count), count };
}

describe('principal components', () => {
  it('finds the dominant direction first, the next one second, with sign fixed', () => {
    const pca = principalComponents(elongated(1500, 3), 3);
    const [first, second] = pca.components;
    // |cos| between the found and the true directions; sampling noise keeps it just below 1.
    const alignment = (v: Float64Array, truth: number[]) =>
      Math.abs(truth.reduce((sum, t, i) => sum + t * (v[i] as number), 0));
    expect(alignment(first, [Math.SQRT1_2, -Math.SQRT1_2, 0])).toBeGreaterThan(0.999);
    expect(alignment(second, [0, 0, 1])).toBeGreaterThan(0.999);
    expect(Math.abs(first[0] as number) > Math.abs(first[1] as number) ? first[0] : first[1]).toBeGreaterThan(
      0,
    );
    expect(second[2] as number).toBeGreaterThan(0);
    expect(pca.variances[0]).toBeCloseTo(25, -0.5);
    expect(pca.variances[1]).toBeCloseTo(4, -0.5);
    expect(pca.explainedRatios[0] + pca.explainedRatios[1]).toBeGreaterThan(0.99);
    expect([...pca.mean].map((value) => Math.round(value))).toEqual([1, -2, 3]);
  });

  it('makes the largest-magnitude loading positive', () => {
    const features = Float32Array.from([0, 0, 1, -3, 2, -6, 3, -9]);
    const pca = principalComponents({ features, labels: new Uint8Array(4), count: 4 }, 2);
    const [first] = pca.components;
    expect(first[1] as number).toBeGreaterThan(0);
    expect(first[0] as number).toBeLessThan(0);
    expect(first[1] as number).toBeCloseTo(3 / Math.sqrt(10), 6);
  });

  it('is deterministic and projects both splits with the training fit', () => {
    const train = elongated(400, 1);
    const test = elongated(50, 2);
    const split = {
      train,
      test,
      numFeatures: 3,
      numClasses: 1,
      exampleShape: [3],
      task: 'classification' as const,
    };
    const a = pcaPreview(split);
    const b = pcaPreview(split);
    expect(a.train).toEqual(b.train);
    expect(a.test).toEqual(projectOntoComponents(test, a.pca));
    expect(a.train.length).toBe(800);
    // Projected training data is centred and its spread along pc1 matches the variance.
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < train.count; i++) {
      sum += a.train[2 * i] as number;
      squares += (a.train[2 * i] as number) ** 2;
    }
    expect(sum / train.count).toBeCloseTo(0, 3);
    expect(squares / train.count).toBeCloseTo(a.pca.variances[0], 2);
  });

  it('returns a zero second direction for a single feature, without NaN', () => {
    const data = { features: Float32Array.from([1, 2, 3]), labels: new Uint8Array(3), count: 3 };
    const pca = principalComponents(data, 1);
    expect([...pca.components[0]]).toEqual([1]);
    expect([...pca.components[1]]).toEqual([0]);
    expect(pca.explainedRatios[1]).toBe(0);
  });
});
