import { useSyncExternalStore } from 'react';
import type { ChartDrawing } from '../../core/chart/chartDrawing';
import { formatReadout } from '../../core/chart/chartFormat';
import type { CurveSource } from '../../core/chart/chartSeries';
import type { LatestValue } from '../../core/chart/latestValue';

interface ChartLatestTableProps {
  readonly title: string;
  readonly curves: readonly CurveSource[];
  /** The drawing shown; its latest means are listed, one per curve source, in the same order. */
  readonly shown: LatestValue<ChartDrawing>;
  readonly isPercent: boolean;
}

const describeValue = (value: number | undefined, isPercent: boolean): string => {
  if (value === undefined) return 'no data yet';
  if (!Number.isFinite(value)) return 'diverged (not a number)';
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
  const caption = `${title}: latest values${seedCount > 1 ? `, mean of ${seedCount} seeds` : ''}`;
  if (curves.length <= 1) {
    const values = latest[0] ?? null;
    return (
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <tbody>
          <tr>
            <th scope="row">Train</th>
            <td>{describeValue(values?.train, isPercent)}</td>
          </tr>
          <tr>
            <th scope="row">Test</th>
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
          <th scope="col">Variant</th>
          <th scope="col">Epoch</th>
          <th scope="col">Train</th>
          <th scope="col">Test</th>
        </tr>
      </thead>
      <tbody>
        {curves.map((source, i) => {
          const values = latest[i] ?? null;
          return (
            <tr key={source.variantIndex}>
              <th scope="row">{source.label}</th>
              <td>{values ? String(values.epoch) : 'none yet'}</td>
              <td>{describeValue(values?.train, isPercent)}</td>
              <td>{describeValue(values?.test, isPercent)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
