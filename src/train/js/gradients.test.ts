import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment, LayerConfig } from '../../core/experiment/experiment';
import { networkLayout } from '../shared/networkLayout';
import { ObjectiveGradient } from './gradients';
import { DenseNetwork } from './model';

const SHAPE = { numFeatures: 2, numClasses: 2, exampleShape: [2], task: 'classification' } as const;

function gradientOf(layers: readonly LayerConfig[], l1: number, l2: number, weights: Float32Array) {
  const experiment: Experiment = {
    ...DEFAULT_EXPERIMENT,
    loss: 'binaryCrossentropy',
    model: { hiddenLayers: layers },
    training: { ...DEFAULT_EXPERIMENT.training, l1, l2 },
  };
  const layout = networkLayout(experiment, SHAPE);
  const objective = new ObjectiveGradient(layout, 'binaryCrossentropy', new DenseNetwork(layout, 3));
  const x = Float64Array.from([0.5, -1.2, 1.5, 0.3, -0.7, 0.9]);
  return { layout, gradient: [...objective.compute(weights, x, Float64Array.from([1, 0, 1]), 3, null)] };
}

describe('the plain-JavaScript gradient with L1 and L2 penalties', () => {
  it('matches a float64 reference of logistic regression (Keras: l1·Σ|w| + l2·Σw² on the kernel)', () => {
    const [l1, l2] = [0.03, 0.2];
    const [w1, w2, bias] = [0.4, -0.25, 0.1];
    const { gradient } = gradientOf([], l1, l2, Float32Array.from([w1, w2, bias]));
    const x = [
      [0.5, -1.2],
      [1.5, 0.3],
      [-0.7, 0.9],
    ];
    const y = [1, 0, 1];
    const [f1, f2, fb] = [w1, w2, bias].map(Math.fround) as [number, number, number];
    // d/dw of mean BCE from the logits is mean((σ(z) − y)·x); the penalties add l1·sign(w) + 2·l2·w.
    const residuals = x.map(
      ([a = 0, b = 0], i) => 1 / (1 + Math.exp(-(a * f1 + b * f2 + fb))) - (y[i] as number),
    );
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const expected = [
      mean(residuals.map((r, i) => r * (x[i]?.[0] as number))) + l1 * Math.sign(f1) + 2 * l2 * f1,
      mean(residuals.map((r, i) => r * (x[i]?.[1] as number))) + l1 * Math.sign(f2) + 2 * l2 * f2,
      mean(residuals),
    ];
    gradient.forEach((value, i) => {
      const target = expected[i] as number;
      expect(Math.abs(value - target)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(target), 1e-2));
    });
  });

  it("adds a layer's own penalties to its kernel only, and the global ones to the others' kernels", () => {
    const own: LayerConfig = {
      kind: 'dense',
      units: 3,
      activation: 'tanh',
      regularization: { l1: 0.05, l2: 0.1 },
    };
    const weights = Float32Array.from({ length: 13 }, (_, i) => Math.sin(i + 1));
    const plain = gradientOf([{ ...own, regularization: { l1: 0, l2: 0 } }], 0, 0, weights);
    const penalised = gradientOf([own], 0.01, 0.02, weights);
    expect(penalised.layout.parameterCount).toBe(weights.length);
    // Layout: hidden kernel 2×3, hidden bias 3, output kernel 3×1, output bias 1.
    const strengths = [
      ...Array(6).fill([0.05, 0.1]),
      ...Array(3).fill([0, 0]),
      ...Array(3).fill([0.01, 0.02]),
      [0, 0],
    ];
    penalised.gradient.forEach((value, i) => {
      const [l1, l2] = strengths[i] as [number, number];
      const w = weights[i] as number;
      const added = Math.fround(l1) * Math.sign(w) + 2 * Math.fround(l2) * w;
      expect(value - (plain.gradient[i] as number)).toBeCloseTo(added, 12);
    });
  });
});
