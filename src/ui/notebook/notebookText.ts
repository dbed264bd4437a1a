/** How the notebook writes its figures: accuracies in percent, losses, durations, sizes and start times. */
import { currentLanguage, t } from '../../core/i18n/translate';
import type { RecordedStatus } from '../../core/notebook';

/** An accuracy (a fraction) in percent with one decimal; a dash when there is none. */
export const percentText = (fraction: number | null): string =>
  fraction === null ? '–' : `${(fraction * 100).toFixed(1)}%`;

/** A loss with four decimals, or in exponent form when tiny or huge; a dash when there is none. */
export const lossText = (loss: number | null): string => {
  if (loss === null) return '–';
  return loss !== 0 && (Math.abs(loss) < 1e-3 || Math.abs(loss) >= 1e4)
    ? loss.toExponential(2)
    : loss.toFixed(4);
};

/** A learning rate in the fewest digits that show it. */
export const rateText = (rate: number | null): string =>
  rate === null
    ? '–'
    : rate !== 0 && Math.abs(rate) < 1e-4
      ? rate.toExponential()
      : String(Number(rate.toPrecision(6)));

/** Training time: seconds with one decimal under a minute, else minutes and whole seconds. */
export function durationText(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return t('notebook.seconds', { value: seconds.toFixed(1) });
  return t('notebook.minutes', { minutes: Math.floor(seconds / 60), seconds: Math.floor(seconds % 60) });
}

/** A size in kB, MB or GB (powers of 1000, as browsers report quotas). */
export function bytesText(bytes: number): string {
  if (bytes >= 1e9) return t('notebook.gigabytes', { value: (bytes / 1e9).toFixed(1) });
  if (bytes >= 1e6) return t('notebook.megabytes', { value: (bytes / 1e6).toFixed(1) });
  return t('notebook.kilobytes', { value: Math.max(1, Math.round(bytes / 1e3)) });
}

/** When a run started, as the page's language writes a date and time. */
export function startedText(ms: number): string {
  return new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(ms));
}

/** A status in words. */
export const statusText = (status: RecordedStatus): string => t(`notebook.status.${status}`);
