import type { TeachingOptions, TeachingTarget } from '../../core/compare/workspace';
import { TEACHING_TARGET_LABELS } from './teachingModes';

/** Names in a list of words: "Model", "Model and Loss", "Dataset, Model and Loss". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const namesOf = (targets: readonly TeachingTarget[]): string =>
  listOf(targets.map((target) => TEACHING_TARGET_LABELS[target]));

/**
 * What a teaching link did to the page, in one line ("Model and Loss hidden · Optimizer locked ·
 * training started on opening · present mode"), or null for a plain page.
 */
export function teachingSummary(teaching: TeachingOptions): string | null {
  const parts = [
    ...(teaching.hidden.length > 0 ? [`${namesOf(teaching.hidden)} hidden`] : []),
    ...(teaching.locked.length > 0 ? [`${namesOf(teaching.locked)} locked`] : []),
    ...(teaching.autostart ? ['training started on opening'] : []),
    ...(teaching.present ? ['present mode'] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}
