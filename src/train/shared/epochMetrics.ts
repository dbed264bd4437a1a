/**
 * An epoch's metrics from its evaluation sums, one definition for both engines. Each engine sums,
 * over the evaluated training rows and over the test rows, the loss without the regularization
 * terms and the score (the count of correct predictions, or the squared errors for regression),
 * and the parameters, which catch divergence: weights that overflowed to ±∞ can still give finite
 * clipped losses. Here the sums become means and R², in float64.
 */
import type { MetricColumns } from '../../core/run/types';
import type { SplitRows } from './splitRows';

/** Values per epoch: [train loss sum, test loss sum, train score sum, test score sum, Σparams]. */
export const EPOCH_SUMS_LENGTH = 5;

/** Metrics handed over: the finite epochs, and the first non-finite one. */
export interface MetricsReadout {
  /** Null when there was nothing finite to report. */
  readonly columns: MetricColumns | null;
  /** First epoch whose loss or weights were NaN or infinite, or null. */
  readonly divergedEpoch: number | null;
}

/** A readout with nothing in it. */
export const NO_METRICS: MetricsReadout = { columns: null, divergedEpoch: null };

/** One epoch's evaluation waiting to be read, its sums in the engine's own form (a tensor, an array). */
export interface PendingEpoch<Sums> {
  readonly epoch: number;
  readonly elapsedMs: number;
  readonly sums: Sums;
}

/** What turns sums into metrics: the sizes of the evaluated parts and R²'s denominators. */
export type EvaluationScale = Pick<SplitRows, 'trainCount' | 'testCount' | 'totalSumOfSquares'>;

/** R² = 1 − SS_res/SS_tot; 0 when the targets do not vary (nothing to explain). */
const rSquared = (residual: number, total: number): number => (total > 0 ? 1 - residual / total : 0);

const isAllFinite = (values: ArrayLike<number>): boolean => {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
};

/**
 * The metrics of the pending epochs, whose read-back sums are `sums` (one array per epoch, in
 * order); rows from the first non-finite epoch on are dropped. The "accuracy" columns carry R² for
 * regression.
 */
export function metricsReadout(
  pending: readonly PendingEpoch<unknown>[],
  sums: readonly ArrayLike<number>[],
  scale: EvaluationScale,
): MetricsReadout {
  let finiteCount = 0;
  let divergedEpoch: number | null = null;
  for (const [row, entry] of pending.entries()) {
    if (!isAllFinite(sums[row] ?? [])) {
      divergedEpoch = entry.epoch;
      break;
    }
    finiteCount++;
  }
  if (finiteCount === 0) return { columns: null, divergedEpoch };
  const reported = pending.slice(0, finiteCount);
  const column = (compute: (values: ArrayLike<number>) => number) =>
    Float64Array.from(reported, (_, row) => compute(sums[row] as ArrayLike<number>));
  const { trainCount, testCount, totalSumOfSquares } = scale;
  const mean = (field: number, count: number) =>
    column((values) => (values[field] as number) / Math.max(count, 1));
  const columns: MetricColumns = {
    epoch: Float64Array.from(reported, (entry) => entry.epoch),
    trainLoss: mean(0, trainCount),
    trainAccuracy: totalSumOfSquares
      ? column((values) => rSquared(values[2] as number, totalSumOfSquares.train))
      : mean(2, trainCount),
    testLoss: mean(1, testCount),
    testAccuracy: totalSumOfSquares
      ? column((values) => rSquared(values[3] as number, totalSumOfSquares.test))
      : mean(3, testCount),
    elapsedMs: Float64Array.from(reported, (entry) => entry.elapsedMs),
  };
  return { columns, divergedEpoch };
}
