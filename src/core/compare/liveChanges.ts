import type { Experiment, OptimizerConfig } from '../experiment/experiment';
import { t } from '../i18n/translate';
import { shortSettingName, variantDifferences } from './differences';

/** A change of the optimizer's settings while a run trained: from what, to what, after which epoch. */
export interface LiveChange {
  /** The last epoch trained with the settings before; the change applies from the next step. */
  readonly epoch: number;
  readonly before: OptimizerConfig;
  readonly after: OptimizerConfig;
}

/** A change in a few words, "lr 0.01 → 0.1"; several settings are joined with commas. */
export function liveChangeText(change: LiveChange, experiment: Experiment): string {
  const [before, after] = [change.before, change.after].map((optimizer) => ({ ...experiment, optimizer }));
  return variantDifferences([before as Experiment, after as Experiment])
    .map((difference) => `${shortSettingName(difference)} ${difference.values[0]} → ${difference.values[1]}`)
    .join(t('compare.listSeparator'));
}

const sameOptimizer = (a: OptimizerConfig, b: OptimizerConfig): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The run's changes with one more: changes after the same epoch (a slider dragged, a number typed)
 * make one marker from the first setting to the last, and a change taken back leaves none.
 */
export function withLiveChange(changes: readonly LiveChange[], change: LiveChange): LiveChange[] {
  const last = changes.at(-1);
  if (last && last.epoch === change.epoch) {
    const merged = { ...last, after: change.after };
    const earlier = changes.slice(0, -1);
    return sameOptimizer(merged.before, merged.after) ? earlier : [...earlier, merged];
  }
  return sameOptimizer(change.before, change.after) ? [...changes] : [...changes, change];
}
