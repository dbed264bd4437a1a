import { t } from '../../core/i18n/translate';

const NUMBERED_CLASS = /^class (\d+)$/;

/**
 * A class name as the page shows it: the numbered names the app makes up for generated and drawn
 * data ('class 1') are words of the app and follow the language; names read from data stay as they are.
 */
export function shownClassName(name: string): string {
  const match = NUMBERED_CLASS.exec(name);
  return match ? t('dataset.draw.className', { index: Number(match[1]) }) : name;
}
