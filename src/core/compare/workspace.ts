/**
 * Everything a link reproduces beyond one experiment: the comparison's variants (variant A first),
 * how many seeds each runs over, how the curves are drawn, the target accuracy of the summary table,
 * and a teacher's options for the page. Plain data, shared by the store, the URL codec and the UI.
 */

import { type ChartOptions, DEFAULT_CHART_OPTIONS } from '../chart/chartOptions';
import type { Experiment } from '../experiment/experiment';
import type { Language } from '../i18n/languages';

/** The largest training seed (a 31-bit integer, as the registry bounds it). */
const MAX_SEED = 2_147_483_647;

/** At most this many variants race at once (A to D). */
export const MAX_VARIANTS = 4;

/** Bounds of the number of seeds each variant runs over. */
export const SEED_COUNT_LIMITS = { min: 1, max: 5 } as const;

/** Bounds of the summary table's target test accuracy, a fraction. */
export const TARGET_ACCURACY_LIMITS = { min: 0.01, max: 1 } as const;

/** The summary table's target test accuracy before the person sets one. */
export const DEFAULT_TARGET_ACCURACY = 0.9;

/** Parts of the page a teaching link can hide or lock: the four panels and three groups of controls. */
export const TEACHING_TARGETS = [
  'dataset',
  'model',
  'loss',
  'optimizer',
  /** Compare, the variant tabs and presets, the seed count. */
  'compare',
  /** The x-axis, smoothing and log-scale controls. */
  'chartOptions',
  /** The Advanced panel (backend, tensors). */
  'advanced',
  /** The language switch in the header: locked or hidden, the link's language is the class's. */
  'language',
] as const;

/** A part of the page a teaching link can hide or lock. */
export type TeachingTarget = (typeof TEACHING_TARGETS)[number];

/** How a teacher's link shapes the page. */
export interface TeachingOptions {
  /** Parts not shown at all. */
  readonly hidden: readonly TeachingTarget[];
  /** Parts shown but not editable. */
  readonly locked: readonly TeachingTarget[];
  /** Start training as soon as the page has loaded. */
  readonly autostart: boolean;
  /** Large type for a projector. */
  readonly present: boolean;
}

/** A page with nothing hidden or locked, waiting for Train, in normal type. */
export const DEFAULT_TEACHING: TeachingOptions = { hidden: [], locked: [], autostart: false, present: false };

/** What a link holds: the variants and the settings around them. */
export interface Workspace {
  /** 1 (no comparison) to MAX_VARIANTS experiments; all share variant A's data set. */
  readonly variants: readonly Experiment[];
  /** Seeds each variant trains with (training.seed, +1, +2, …). */
  readonly seedCount: number;
  readonly chartOptions: ChartOptions;
  /** Target test accuracy (fraction) whose first epoch the summary table reports. */
  readonly targetAccuracy: number;
  readonly teaching: TeachingOptions;
  /** The language the link asks for, or null: the person's own choice (remembered, else the browser's). */
  readonly language: Language | null;
}

/** A workspace of one experiment with every other setting at its default. */
export function workspaceOf(experiment: Experiment): Workspace {
  return {
    variants: [experiment],
    seedCount: SEED_COUNT_LIMITS.min,
    chartOptions: DEFAULT_CHART_OPTIONS,
    targetAccuracy: DEFAULT_TARGET_ACCURACY,
    teaching: DEFAULT_TEACHING,
    language: null,
  };
}

/** The experiment that seed number `seedIndex` (0 for the first) of a variant trains: only training.seed moves. */
export function withSeedIndex(experiment: Experiment, seedIndex: number): Experiment {
  if (seedIndex === 0) return experiment;
  // Wraps within the seed's bounds, so that the highest seeds stay valid.
  const seed = (experiment.training.seed + seedIndex) % (MAX_SEED + 1);
  return { ...experiment, training: { ...experiment.training, seed } };
}
