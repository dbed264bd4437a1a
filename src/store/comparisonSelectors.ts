/** What the comparison's views read from the store: whether comparing, labels, differences, summaries, curve sources. */
import type { CurveSource } from '../core/chart/chartSeries';
import { describeDifferences, VARIANT_NAMES, variantLabels } from '../core/compare/differences';
import { liveChangeText } from '../core/compare/liveChanges';
import { type RunSummary, summarizeRun, summarizeSeeds, type VariantSummary } from '../core/compare/summary';
import type { Experiment } from '../core/experiment/experiment';
import { languageVersion, t } from '../core/i18n/translate';
import type { EpochMark } from '../core/run/types';
import { trainingSetSizeOf } from './datasetSelectors';
import type { PlaygroundState } from './playgroundState';
import { FINISHED, type RunRecord } from './runRecords';

/** True while more than one variant races. */
export const selectIsComparing = (state: PlaygroundState): boolean => state.variants.length > 1;

/**
 * A selector of the variants alone, computed again only when they or the language change: zustand
 * calls every selector on every store change, and a race changes the store many times a second
 * (each run's metrics and boundaries) while its variants stay the same (see docs/decisions/store.md).
 */
function selectFromVariants<T>(compute: (variants: readonly Experiment[]) => T) {
  let input: readonly Experiment[] | null = null;
  let language = -1;
  let output: T;
  return (state: PlaygroundState): T => {
    if (input !== state.variants || language !== languageVersion()) {
      input = state.variants;
      language = languageVersion();
      output = compute(input);
    }
    return output;
  };
}

/** Each variant's short name ("A · SGD"); the same array while the variants are the same. */
export const selectVariantLabels = selectFromVariants(variantLabels);

/** The line above the charts naming exactly what differs between the variants. */
export const selectDifferencesText = selectFromVariants(describeDifferences);

/** The runs' ids in order: changes when runs are made or dropped, not when they make progress. */
const runIdsOf = (state: PlaygroundState): string => state.runs.map((run) => run.runId).join(' ');

/** A variant's first seed: every seed of a variant takes the same live changes, so one run speaks for them. */
const firstSeedOf = (state: PlaygroundState, variantIndex: number): RunRecord | undefined =>
  state.runs.find((run) => run.variantIndex === variantIndex && run.seedIndex === 0);

/** A variant's live changes in words, named by its letter in a race ("B: lr 0.01 → 0.1"). */
function marksOf(state: PlaygroundState, variantIndex: number): EpochMark[] {
  const variant = state.variants[variantIndex];
  const run = firstSeedOf(state, variantIndex);
  if (!variant || !run) return [];
  const name = VARIANT_NAMES[variantIndex] ?? String(variantIndex + 1);
  return run.liveChanges.map((change) => {
    const text = liveChangeText(change, variant);
    return {
      epoch: change.epoch,
      label: state.variants.length > 1 ? t('compare.mark', { variant: name, change: text }) : text,
    };
  });
}

let sourcesKey: readonly unknown[] = [];
let sources: readonly CurveSource[] = [];

/**
 * One curve source per variant (its seeds' histories and live changes). The same array until runs
 * are replaced, the variants change, a change is marked or the language changes (labels and marks
 * are words): a run's progress alone must not redraw the charts (they redraw on their clock).
 */
export const selectCurveSources = (state: PlaygroundState): readonly CurveSource[] => {
  const changes = state.variants.map((_, index) => firstSeedOf(state, index)?.liveChanges);
  const key = [runIdsOf(state), state.variants, trainingSetSizeOf(state), languageVersion(), ...changes];
  if (key.some((part, index) => part !== sourcesKey[index])) {
    sourcesKey = key;
    const variantLabelsNow = selectVariantLabels(state);
    const size = trainingSetSizeOf(state);
    sources = state.variants.map((_, variantIndex) => ({
      variantIndex,
      label: variantLabelsNow[variantIndex] ?? '',
      histories: state.runs.filter((run) => run.variantIndex === variantIndex).map((run) => run.history),
      trainingSetSize: size,
      marks: marksOf(state, variantIndex),
    }));
  }
  return sources;
};

/** Which runs exist and which of them diverged, in one string: what the summary depends on besides the curves. */
export const selectSummaryKey = (state: PlaygroundState): string =>
  state.runs.map((run) => `${run.runId}:${run.status === 'diverged' ? 'x' : ''}`).join(' ');

/** One summary-table row per variant, over its seeds, for the current target accuracy. */
export function variantSummaries(state: PlaygroundState): VariantSummary[] {
  return state.variants.map((_, variantIndex) => {
    const runs = state.runs.filter((run) => run.variantIndex === variantIndex);
    const summaries: RunSummary[] = runs.map((run) =>
      summarizeRun(run.history, state.targetAccuracy, run.status === 'diverged'),
    );
    const isFinished = runs.length > 0 && runs.every((run) => FINISHED.has(run.status));
    return summarizeSeeds(summaries, isFinished);
  });
}
