import type { StateCreator } from 'zustand';
import type { ChartOptions } from '../core/chart/chartOptions';
import { DEFAULT_CHART_OPTIONS } from '../core/chart/chartOptions';
import { COMPARISON_PRESETS, withOptimizer } from '../core/compare/presets';
import {
  DEFAULT_TARGET_ACCURACY,
  DEFAULT_TEACHING,
  MAX_VARIANTS,
  SEED_COUNT_LIMITS,
  TARGET_ACCURACY_LIMITS,
  type TeachingOptions,
  type Workspace,
} from '../core/compare/workspace';
import { DEFAULT_EXPERIMENT } from '../core/experiment/defaults';
import type { Experiment } from '../core/experiment/experiment';
import { classifyExperimentChange } from '../core/experiment/experimentChange';
import { lossForNewData } from '../core/experiment/lossAdvisor';
import { modelInputWithOwnData } from '../core/model/modelInput';
import type { PlaygroundState } from './playgroundState';
import { combinedStatus } from './runRecords';

/** The variants of a comparison (one when not comparing), which one the panels edit, and how the race is shown. */
export interface ComparisonSlice {
  /** Variant A first; every variant shares A's data set. One variant means no comparison. */
  readonly variants: readonly Experiment[];
  /** The variant the four panels show and edit; `experiment` is always `variants[selectedVariant]`. */
  readonly selectedVariant: number;
  /** Seeds each variant trains with (1 to 5). */
  readonly seedCount: number;
  readonly chartOptions: ChartOptions;
  /** Target test accuracy (fraction) of the summary table. */
  readonly targetAccuracy: number;
  readonly teaching: TeachingOptions;
  /** Applies an edit of the selected variant: live for optimizer hyper-parameters, a restart of the race otherwise. */
  applyExperiment(next: Experiment): void;
  /** Makes the experiment variant A of a comparison, with B a copy on another optimizer. */
  startComparison(): void;
  /** Adds a copy of the selected variant (up to four) and selects it. */
  addVariant(): void;
  /** Removes a variant; with one left, the comparison ends. */
  removeVariant(index: number): void;
  /** Shows variant `index` in the panels. */
  selectVariant(index: number): void;
  /** Replaces the variants by a preset's, built from variant A. */
  applyComparisonPreset(id: string): void;
  /** Keeps only the selected variant. */
  endComparison(): void;
  setSeedCount(count: number): void;
  setChartOptions(options: ChartOptions): void;
  setTargetAccuracy(fraction: number): void;
  /** A teacher's choice of what the page hides, locks, and whether it trains on open or presents. */
  setTeaching(teaching: TeachingOptions): void;
  /** Replaces everything a link holds (a decoded link). */
  replaceWorkspace(workspace: Workspace): void;
  /** Replaces the experiment being edited by a whole new one (kept for single-experiment callers). */
  replaceExperiment(experiment: Experiment): void;
}

const clamp = (value: number, limits: { readonly min: number; readonly max: number }): number =>
  Math.min(Math.max(value, limits.min), limits.max);

/** The optimizer a new variant B races against: SGD, or Adam when A already uses SGD. */
const rivalOf = (experiment: Experiment): Experiment =>
  withOptimizer(experiment, experiment.optimizer.id === 'sgd' ? 'adam' : 'sgd');

/** The store fields a workspace sets, without restarting anything (a link read before the first run loads). */
export function workspaceFields(workspace: Workspace): Partial<ComparisonSlice> & { experiment: Experiment } {
  const variants = workspace.variants.length > 0 ? workspace.variants : [DEFAULT_EXPERIMENT];
  return {
    variants,
    selectedVariant: 0,
    experiment: variants[0] as Experiment,
    seedCount: workspace.seedCount,
    chartOptions: workspace.chartOptions,
    targetAccuracy: workspace.targetAccuracy,
    teaching: workspace.teaching,
  };
}

/** Creates the comparison slice. */
export const createComparisonSlice: StateCreator<PlaygroundState, [], [], ComparisonSlice> = (set, get) => {
  /** Puts new variants in place and restarts the race on them (training on if it was). */
  const setVariants = (variants: readonly Experiment[], selectedVariant: number): void => {
    const wasTraining = combinedStatus(get().runs) === 'training';
    const selected = Math.min(Math.max(selectedVariant, 0), variants.length - 1);
    set({ variants, selectedVariant: selected, experiment: variants[selected] as Experiment });
    get().restartRuns({ keepGhost: false, andThen: wasTraining ? 'train' : null });
  };

  return {
    variants: [DEFAULT_EXPERIMENT],
    selectedVariant: 0,
    seedCount: SEED_COUNT_LIMITS.min,
    chartOptions: DEFAULT_CHART_OPTIONS,
    targetAccuracy: DEFAULT_TARGET_ACCURACY,
    teaching: DEFAULT_TEACHING,

    applyExperiment: (next) => {
      const { experiment: previous, variants, selectedVariant, runs, customData } = get();
      const change = classifyExperimentChange(previous, next);
      if (change === 'none') return;
      // The data set is the race's: a change of it in one variant is a change in all.
      const isNewData = next.dataset !== previous.dataset;
      const nextVariants = variants.map((variant, index) => {
        if (index === selectedVariant) return next;
        if (!isNewData) return variant;
        const loss = lossForNewData(
          variant.loss,
          modelInputWithOwnData(variant.dataset, customData),
          modelInputWithOwnData(next.dataset, customData),
        );
        return { ...variant, dataset: next.dataset, loss };
      });
      set({ experiment: next, variants: nextVariants });
      if (change === 'optimizerParams')
        return get().updateOptimizerLive(selectedVariant, next.optimizer, previous.optimizer);
      const wasTraining = combinedStatus(runs) === 'training';
      get().restartRuns({ keepGhost: true, andThen: wasTraining ? 'train' : null });
    },

    startComparison: () => {
      const { experiment, variants } = get();
      if (variants.length > 1) return;
      setVariants([experiment, rivalOf(experiment)], 1);
    },

    addVariant: () => {
      const { variants, experiment } = get();
      if (variants.length >= MAX_VARIANTS) return;
      setVariants([...variants, experiment], variants.length);
    },

    removeVariant: (index) => {
      const { variants, selectedVariant } = get();
      if (variants.length <= 1 || index < 0 || index >= variants.length) return;
      const remaining = variants.filter((_, i) => i !== index);
      setVariants(remaining, selectedVariant > index ? selectedVariant - 1 : selectedVariant);
    },

    selectVariant: (index) => {
      const { variants } = get();
      const variant = variants[index];
      if (variant) set({ selectedVariant: index, experiment: variant });
    },

    applyComparisonPreset: (id) => {
      const preset = COMPARISON_PRESETS.find((candidate) => candidate.id === id);
      const base = get().variants[0];
      if (preset && base) setVariants(preset.build(base).slice(0, MAX_VARIANTS), 0);
    },

    endComparison: () => {
      const { variants, experiment } = get();
      if (variants.length > 1) setVariants([experiment], 0);
    },

    setSeedCount: (count) => {
      const seedCount = Math.round(clamp(count, SEED_COUNT_LIMITS));
      if (!Number.isFinite(seedCount) || seedCount === get().seedCount) return;
      set({ seedCount });
      setVariants(get().variants, get().selectedVariant);
    },

    setChartOptions: (chartOptions) => set({ chartOptions }),

    setTargetAccuracy: (fraction) => {
      if (Number.isFinite(fraction)) set({ targetAccuracy: clamp(fraction, TARGET_ACCURACY_LIMITS) });
    },

    setTeaching: (teaching) => set({ teaching }),

    replaceWorkspace: (workspace) => {
      const fields = workspaceFields(workspace);
      set(fields);
      setVariants(fields.variants ?? [DEFAULT_EXPERIMENT], 0);
    },

    replaceExperiment: (experiment) => get().applyExperiment(experiment),
  };
};
