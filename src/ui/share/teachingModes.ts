import { TEACHING_TARGETS, type TeachingOptions, type TeachingTarget } from '../../core/compare/workspace';
import type { MessageKey } from '../../core/i18n/catalogue';

/** What a teacher's link does to one part of the page: leaves it, locks it or hides it. */
export type TeachingMode = 'shown' | 'locked' | 'hidden';

/** The three modes in the order the Share panel offers them, with their words' keys. */
export const TEACHING_MODES: readonly { readonly mode: TeachingMode; readonly label: MessageKey }[] = [
  { mode: 'shown', label: 'share.mode.shown' },
  { mode: 'locked', label: 'share.mode.locked' },
  { mode: 'hidden', label: 'share.mode.hidden' },
];

/** How the Share panel names each part of the page (catalogue keys, put into words with t()). */
export const TEACHING_TARGET_LABELS: Readonly<Record<TeachingTarget, MessageKey>> = {
  dataset: 'share.target.dataset',
  model: 'share.target.model',
  loss: 'share.target.loss',
  optimizer: 'share.target.optimizer',
  compare: 'share.target.compare',
  chartOptions: 'share.target.chartOptions',
  language: 'share.target.language',
  advanced: 'share.target.advanced',
};

/** The mode of `target`; a part a link both hides and locks counts as hidden, as the page shows it. */
export function modeOf(teaching: TeachingOptions, target: TeachingTarget): TeachingMode {
  if (teaching.hidden.includes(target)) return 'hidden';
  return teaching.locked.includes(target) ? 'locked' : 'shown';
}

/** Targets in TEACHING_TARGETS order, so that the same choices always write the same link. */
const inPageOrder = (targets: ReadonlySet<TeachingTarget>): TeachingTarget[] =>
  TEACHING_TARGETS.filter((target) => targets.has(target));

/** The options with `target` put in `mode` and every other part as it was. */
export function withMode(
  teaching: TeachingOptions,
  target: TeachingTarget,
  mode: TeachingMode,
): TeachingOptions {
  const hidden = new Set(teaching.hidden);
  const locked = new Set(teaching.locked);
  hidden.delete(target);
  locked.delete(target);
  if (mode === 'hidden') hidden.add(target);
  if (mode === 'locked') locked.add(target);
  return { ...teaching, hidden: inPageOrder(hidden), locked: inPageOrder(locked) };
}
