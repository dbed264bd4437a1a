import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEARNING_RATE_RANGE,
  rangeProblems,
  rateAt,
  shouldStop,
  smoothLosses,
  suggestLearningRate,
} from './learningRateRange';

const rates = Array.from({ length: 100 }, (_, i) => rateAt(DEFAULT_LEARNING_RATE_RANGE, i));

/** A seeded generator of noise in [-1, 1) (mulberry32), so that a failure repeats. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

/** The classic shape: flat while the rate is too small, falling from 1e-3 to 1e-1, exploding above 1. */
const classic = (rate: number): number => {
  const decade = Math.log10(rate);
  if (decade < -3) return 0.7;
  if (decade < -1) return 0.7 - 0.3 * (decade + 3);
  if (decade < 0) return 0.1;
  return 0.1 * 10 ** (3 * decade);
};

describe('the learning-rate range test', () => {
  it('raises the rate exponentially from 1e-6 to 10 over 100 steps', () => {
    expect(rates[0]).toBeCloseTo(1e-6, 12);
    expect(rates[99]).toBeCloseTo(10, 9);
    // Equal ratios between steps: a straight line on a log axis.
    expect((rates[50] as number) / (rates[49] as number)).toBeCloseTo(
      (rates[2] as number) / (rates[1] as number),
      9,
    );
  });

  it('suggests a rate where the loss falls fastest, before it blows up', () => {
    const losses = rates.map(classic);
    const suggested = suggestLearningRate(rates, losses);
    expect(suggested).not.toBeNull();
    expect(suggested).toBeGreaterThan(1e-3);
    expect(suggested).toBeLessThan(1e-1);
  });

  it('keeps its suggestion in the falling part under seeded noise', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = noise(seed);
      const losses = rates.map((rate) => classic(rate) * (1 + 0.05 * random()));
      const suggested = suggestLearningRate(rates, losses) as number;
      expect(suggested, `seed ${seed}`).toBeGreaterThan(1e-3);
      expect(suggested, `seed ${seed}`).toBeLessThan(2e-1);
    }
  });

  it('ignores the steep climb after the lowest loss, and a test cut short by divergence', () => {
    // Stopped at NaN: the losses end there; the suggestion comes from before it.
    const losses = rates.map((rate) => (rate > 3 ? Number.NaN : classic(rate)));
    const suggested = suggestLearningRate(rates, losses) as number;
    expect(suggested).toBeGreaterThan(1e-3);
    expect(suggested).toBeLessThan(1e-1);
  });

  it('suggests nothing when the loss never falls', () => {
    expect(
      suggestLearningRate(
        rates,
        rates.map(() => 0.69),
      ),
    ).toBeNull();
    expect(
      suggestLearningRate(
        rates,
        rates.map((rate) => 0.69 + rate),
      ),
    ).toBeNull();
    expect(suggestLearningRate(rates.slice(0, 2), [0.7, 0.6])).toBeNull();
  });

  it('smooths without pulling the first values towards zero, and stops at 4× the lowest or a NaN', () => {
    expect(smoothLosses([0.7, 0.7, 0.7])).toEqual([0.7, 0.7, 0.7].map((v) => expect.closeTo(v, 12)));
    expect(shouldStop(0.39, 0.1)).toBe(false);
    expect(shouldStop(0.41, 0.1)).toBe(true);
    expect(shouldStop(Number.NaN, 0.1)).toBe(true);
  });

  it('names what is wrong with a range', () => {
    expect(rangeProblems(DEFAULT_LEARNING_RATE_RANGE)).toEqual([]);
    expect(rangeProblems({ minRate: 1, maxRate: 0.1, steps: 100 })).toEqual([{ key: 'order' }]);
    expect(rangeProblems({ minRate: 0, maxRate: 1, steps: 5 })).toEqual([{ key: 'rate' }, { key: 'steps' }]);
  });
});
