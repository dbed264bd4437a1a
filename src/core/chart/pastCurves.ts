/**
 * Past runs from the notebook drawn beside the live ones: each one's test curve of the chart's
 * metric, in its own colour and dash, placed on the chosen x-axis from its stored series.
 */
import type { MetricKey } from '../run/metricHistory';
import { type ChartXAxis, xValue } from './chartOptions';
import type { LinePoint } from './chartSeries';

/** A stored series: the epochs kept and the value at each. */
export interface PastSeries {
  readonly epochs: readonly number[];
  readonly values: readonly number[];
}

/** A past run as a chart overlays it. */
export interface PastCurve {
  /** Unique among the overlays (the record's id). */
  readonly key: string;
  /** The legend's words: the run's name and what it changes from the experiment in the panels. */
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  /** Its series by metric (the mean over its seeds where they line up). */
  readonly series: Readonly<Partial<Record<MetricKey, PastSeries>>>;
  readonly trainingSetSize: number;
}

/** The value of an ascending series at `epoch`, linearly between its kept points. */
function valueAt(series: PastSeries | undefined, epoch: number): number {
  if (!series || series.epochs.length === 0) return 0;
  const { epochs, values } = series;
  let low = 0;
  let high = epochs.length - 1;
  if (epoch <= (epochs[0] as number)) return values[0] as number;
  if (epoch >= (epochs[high] as number)) return values[high] as number;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((epochs[middle] as number) <= epoch) low = middle;
    else high = middle;
  }
  const e0 = epochs[low] as number;
  const e1 = epochs[high] as number;
  const share = e1 === e0 ? 0 : (epoch - e0) / (e1 - e0);
  return (values[low] as number) + share * ((values[high] as number) - (values[low] as number));
}

/** The points of a past run's series of `key` on `axis`; infinite values become gaps, as live curves' do. */
export function pastLinePoints(curve: PastCurve, key: MetricKey, axis: ChartXAxis): LinePoint[] {
  const series = curve.series[key];
  if (!series) return [];
  const elapsed = curve.series.elapsedMs;
  return series.epochs.map((epoch, i) => {
    const y = series.values[i] as number;
    return {
      x: xValue(axis, epoch, axis === 'time' ? valueAt(elapsed, epoch) : 0, curve.trainingSetSize),
      y: Number.isFinite(y) ? y : Number.NaN,
    };
  });
}
