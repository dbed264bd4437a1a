import type { MetricHistory } from '../run/metricHistory';

/** The summary-table row of one run (or the mean over its seeds). */
export interface RunSummary {
  readonly epochs: number;
  readonly finalTestAccuracy: number | null;
  readonly bestTestAccuracy: number | null;
  /** Epoch of the best test accuracy (the first, when tied). */
  readonly bestEpoch: number | null;
  readonly finalTrainLoss: number | null;
  readonly finalTestLoss: number | null;
  /** First epoch whose test accuracy reached the target, or null if none did. */
  readonly epochsToTarget: number | null;
  /** Mean wall-clock time per trained epoch, in milliseconds. */
  readonly meanEpochMs: number | null;
  readonly hasDiverged: boolean;
}

/** Summarises a run's history; `targetAccuracy` is a fraction 0..1. */
export function summarizeRun(
  history: MetricHistory,
  targetAccuracy: number,
  hasDiverged: boolean,
): RunSummary {
  const epochs = history.epochValues();
  const testAccuracy = history.values('testAccuracy');
  const last = epochs.length - 1;
  let bestIndex = -1;
  let targetIndex = -1;
  for (let i = 0; i < epochs.length; i++) {
    const accuracy = testAccuracy[i] as number;
    if (!Number.isFinite(accuracy)) continue;
    if (bestIndex < 0 || accuracy > (testAccuracy[bestIndex] as number)) bestIndex = i;
    if (targetIndex < 0 && accuracy >= targetAccuracy) targetIndex = i;
  }
  const at = (key: 'testAccuracy' | 'trainLoss' | 'testLoss', index: number): number | null =>
    index < 0 ? null : (history.values(key)[index] as number);
  const trainedEpochs = last >= 0 ? (epochs[last] as number) - (epochs[0] as number) : 0;
  const elapsedMs = history.values('elapsedMs');
  return {
    epochs: last >= 0 ? (epochs[last] as number) : 0,
    finalTestAccuracy: at('testAccuracy', last),
    bestTestAccuracy: at('testAccuracy', bestIndex),
    bestEpoch: bestIndex < 0 ? null : (epochs[bestIndex] as number),
    finalTrainLoss: at('trainLoss', last),
    finalTestLoss: at('testLoss', last),
    epochsToTarget: targetIndex < 0 ? null : (epochs[targetIndex] as number),
    meanEpochMs:
      trainedEpochs > 0 ? ((elapsedMs[last] as number) - (elapsedMs[0] as number)) / trainedEpochs : null,
    hasDiverged,
  };
}

/** A variant's summary over its seeds: the mean of each figure (the median of epochs), and how many seeds reached the target. */
export interface VariantSummary extends RunSummary {
  readonly seedCount: number;
  /** Seeds whose test accuracy reached the target. */
  readonly seedsAtTarget: number;
  /** True once every seed has stopped (done, diverged or failed): "not yet" becomes "never". */
  readonly isFinished: boolean;
}

/** The median of whole numbers as a whole number: the lower middle value of an even count, so an epoch stays an epoch. */
export function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/**
 * The mean over seeds of each figure that every seed has (null if one lacks it), so that a figure
 * is never the mean of some seeds presented as all. Epochs (of the best accuracy, to the target)
 * are the median over seeds, a whole epoch; epochs to target only when every seed reached it. The
 * variant diverged if any seed did; `isFinished` says whether its seeds have all stopped.
 */
export function summarizeSeeds(summaries: readonly RunSummary[], isFinished = false): VariantSummary {
  const over = (
    pick: (summary: RunSummary) => number | null,
    combine: (values: readonly number[]) => number,
  ): number | null => {
    const values = summaries.map(pick);
    if (values.length === 0 || values.some((value) => value === null)) return null;
    return combine(values as number[]);
  };
  const mean = (values: readonly number[]): number =>
    values.reduce((sum, value) => sum + value, 0) / values.length;
  const meanOf = (pick: (summary: RunSummary) => number | null): number | null => over(pick, mean);
  const medianOf = (pick: (summary: RunSummary) => number | null): number | null => over(pick, lowerMedian);
  const seedsAtTarget = summaries.filter((summary) => summary.epochsToTarget !== null).length;
  return {
    epochs: Math.min(...summaries.map((summary) => summary.epochs)),
    finalTestAccuracy: meanOf((summary) => summary.finalTestAccuracy),
    bestTestAccuracy: meanOf((summary) => summary.bestTestAccuracy),
    bestEpoch: medianOf((summary) => summary.bestEpoch),
    finalTrainLoss: meanOf((summary) => summary.finalTrainLoss),
    finalTestLoss: meanOf((summary) => summary.finalTestLoss),
    epochsToTarget: seedsAtTarget === summaries.length ? medianOf((summary) => summary.epochsToTarget) : null,
    meanEpochMs: meanOf((summary) => summary.meanEpochMs),
    hasDiverged: summaries.some((summary) => summary.hasDiverged),
    seedCount: summaries.length,
    seedsAtTarget,
    isFinished,
  };
}
