import { useSyncExternalStore } from 'react';
import type { ChartDrawing } from '../../core/chart/chartDrawing';
import { formatReadout } from '../../core/chart/chartFormat';
import type { CurveSource } from '../../core/chart/chartSeries';
import type { LatestValue } from '../../core/chart/latestValue';
import { t } from '../../core/i18n/translate';

interface ChartLatestTableProps {
  readonly title: string;
  readonly curves: readonly CurveSource[];
  /** The drawing shown; its latest means are listed, one per curve source, in the same order. */
  readonly shown: LatestValue<ChartDrawing>;
  readonly isPercent: boolean;
}

const describeValue = (value: number | undefined, isPercent: boolean): string => {
  if (value === undefined) return t('charts.noData');
  if (!Number.isFinite(value)) return t('charts.notANumber');
  return formatReadout(value, isPercent);
};

/**
 * The chart's latest values as a visually hidden table, for screen readers (the drawing itself is
 * hidden from them): Train and Test rows for one run, a row per variant when comparing. It changes
 * with the drawn series, in the same render, so that the page is laid out once per redraw.
 */
export function ChartLatestTable({ title, curves, shown, isPercent }: ChartLatestTableProps) {
  const { latest } = useSyncExternalStore(shown.subscribe, shown.get, shown.get);
  const seedCount = Math.max(0, ...curves.map((source) => source.histories.length));
  const caption =
    seedCount > 1
      ? t('charts.latestMeans', { title, count: seedCount })
      : t('charts.latestValues', { title });
  if (curves.length <= 1) {
    const values = latest[0] ?? null;
    return (
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('charts.train')}</th>
            <td>{describeValue(values?.train, isPercent)}</td>
          </tr>
          <tr>
            <th scope="row">{t('charts.test')}</th>
            <td>{describeValue(values?.test, isPercent)}</td>
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.variant')}</th>
          <th scope="col">{t('charts.epoch')}</th>
          <th scope="col">{t('charts.train')}</th>
          <th scope="col">{t('charts.test')}</th>
        </tr>
      </thead>
      <tbody>
        {curves.map((source, i) => {
          const values = latest[i] ?? null;
          return (
            <tr key={source.variantIndex}>
              <th scope="row">{source.label}</th>
              <td>{values ? String(values.epoch) : t('charts.noneYet')}</td>
              <td>{describeValue(values?.train, isPercent)}</td>
              <td>{describeValue(values?.test, isPercent)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
