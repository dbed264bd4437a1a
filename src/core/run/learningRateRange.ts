/**
 * The learning-rate range test (Smith 2015; fastai's lr_find): a short run whose learning rate
 * rises exponentially step by step, the loss after each step, and the rate it suggests. Pure: the
 * worker trains, the page draws, this decides (docs/decisions/notebook.md).
 */

/** The range a test sweeps and how many steps it takes (the defaults: 1e-6 to 10, about 100 steps). */
export interface LearningRateRange {
  readonly minRate: number;
  readonly maxRate: number;
  readonly steps: number;
}

export const DEFAULT_LEARNING_RATE_RANGE: LearningRateRange = { minRate: 1e-6, maxRate: 10, steps: 100 };

/** Bounds a person may give: rates within what the optimizer panel accepts, a few to a thousand steps. */
export const LEARNING_RATE_RANGE_BOUNDS = {
  minRate: 1e-8,
  maxRate: 100,
  minSteps: 10,
  maxSteps: 1000,
} as const;

/** Steps either side of a point that its slope is measured over. */
const SLOPE_SPAN = 2;

/** The test stops once the smoothed loss exceeds this many times its lowest value: the rest only diverges. */
export const STOP_FACTOR = 4;

/**
 * Weight of the past in the loss's moving average. fastai takes 0.98 for noisy batch losses; the
 * loss here is the whole training set's after each step, so a shorter memory lags the curve less.
 */
export const SMOOTHING = 0.9;

/** The learning rate of step `index` (0-based) of `steps`: minRate · (maxRate / minRate)^(index / (steps − 1)). */
export function rateAt(range: LearningRateRange, index: number): number {
  const fraction = range.steps <= 1 ? 0 : index / (range.steps - 1);
  return range.minRate * (range.maxRate / range.minRate) ** fraction;
}

/** Problems with a range, as message keys with their values; empty when it can run. */
export function rangeProblems(range: LearningRateRange): { key: 'rate' | 'order' | 'steps' }[] {
  const { minRate, maxRate, minSteps, maxSteps } = LEARNING_RATE_RANGE_BOUNDS;
  const isRate = (rate: number) => Number.isFinite(rate) && rate >= minRate && rate <= maxRate;
  const problems: { key: 'rate' | 'order' | 'steps' }[] = [];
  if (!isRate(range.minRate) || !isRate(range.maxRate)) problems.push({ key: 'rate' });
  else if (range.minRate >= range.maxRate) problems.push({ key: 'order' });
  if (!Number.isInteger(range.steps) || range.steps < minSteps || range.steps > maxSteps)
    problems.push({ key: 'steps' });
  return problems;
}

/** The losses smoothed as fastai does: early values are not pulled towards 0 (bias correction). */
export function smoothLosses(losses: readonly number[], beta = SMOOTHING): number[] {
  let average = 0;
  return losses.map((loss, index) => {
    average = beta * average + (1 - beta) * loss;
    return average / (1 - beta ** (index + 1));
  });
}

/** Whether the test should stop after this smoothed loss: it is not finite, or far above the lowest so far. */
export const shouldStop = (smoothed: number, lowest: number): boolean =>
  !Number.isFinite(smoothed) || smoothed > STOP_FACTOR * lowest;

/**
 * The rate to train with: where the smoothed loss falls fastest against log(rate), looked for only
 * before its lowest point (after it, a steep slope is the start of divergence). Null when the loss
 * never fell: no rate in the range helped.
 */
export function suggestLearningRate(rates: readonly number[], losses: readonly number[]): number | null {
  const count = Math.min(rates.length, losses.length);
  const smoothed = smoothLosses(losses.slice(0, count));
  let lowestIndex = -1;
  for (let i = 0; i < count; i++) {
    const value = smoothed[i] as number;
    if (!Number.isFinite(value)) break;
    if (lowestIndex < 0 || value < (smoothed[lowestIndex] as number)) lowestIndex = i;
  }
  if (lowestIndex < 2) return null;
  const start = smoothed[0] as number;
  const lowest = smoothed[lowestIndex] as number;
  // A fall under 2% of the starting loss is noise, not learning.
  if (start - lowest < 0.02 * Math.abs(start)) return null;
  // As fastai does, the first tenth is skipped (the average is still settling), and each slope
  // spans SLOPE_SPAN steps either side, so that one noisy step cannot be the steepest.
  const first = Math.max(SLOPE_SPAN, Math.floor(count / 10));
  let steepestIndex = -1;
  let steepest = 0;
  for (let i = first; i <= lowestIndex; i++) {
    const before = i - SLOPE_SPAN;
    const after = Math.min(i + SLOPE_SPAN, lowestIndex);
    const slope =
      ((smoothed[after] as number) - (smoothed[before] as number)) /
      (Math.log(rates[after] as number) - Math.log(rates[before] as number));
    if (slope < steepest) {
      steepest = slope;
      steepestIndex = i;
    }
  }
  return steepestIndex < 0 ? null : (rates[steepestIndex] as number);
}
