import type { TeachingOptions, TeachingTarget } from '../../core/compare/workspace';
import { t } from '../../core/i18n/translate';
import { TEACHING_TARGET_LABELS } from './teachingModes';

/** Names in a list of words: "Model", "Model and Loss", "Dataset, Model and Loss" (Chinese: "数据集、模型和损失函数"). */
function listOf(names: readonly string[]): string {
  const last = names.at(-1);
  if (names.length <= 1 || last === undefined) return names.join('');
  return t('share.list.last', { names: names.slice(0, -1).join(t('share.list.separator')), last });
}

const namesOf = (targets: readonly TeachingTarget[]): string =>
  listOf(targets.map((target) => t(TEACHING_TARGET_LABELS[target])));

/**
 * What a teaching link did to the page, in one line ("Model and Loss hidden · Optimizer locked ·
 * training started on opening · present mode"), or null for a plain page. Made when shown, in
 * the page's language.
 */
export function teachingSummary(teaching: TeachingOptions): string | null {
  const parts = [
    ...(teaching.hidden.length > 0 ? [t('share.summary.hidden', { names: namesOf(teaching.hidden) })] : []),
    ...(teaching.locked.length > 0 ? [t('share.summary.locked', { names: namesOf(teaching.locked) })] : []),
    ...(teaching.autostart ? [t('share.summary.autostart')] : []),
    ...(teaching.present ? [t('share.summary.present')] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}
