/** How a chart writes its values: tick labels, the tooltip. */
import type { ChartXAxis } from './chartOptions';

/** A percentage tick label: whole percents ("25%"). */
export const formatPercent = (value: number): string => `${Math.round(value * 100)}%`;

/** A loss tick label: two decimals, whole numbers from 10, an exponent under 0.01. */
export const formatLoss = (value: number): string => {
  const size = Math.abs(value);
  if (size >= 10) return value.toFixed(0);
  // Small losses on a log axis (0.001) would all read 0.00 with two decimals.
  if (size > 0 && size < 0.01) return value.toExponential(0);
  return value.toFixed(2);
};

/**
 * A value read off a chart (tooltip, the hidden table of latest values): finer than a tick label,
 * which only places the curve. A percentage to one decimal; a loss to four decimals, or, under
 * 0.001, to three significant digits (0.0000234) rather than 0.0000 or the axis' short 2e-5.
 */
export const formatReadout = (value: number, isPercent: boolean): string => {
  if (isPercent) return `${(value * 100).toFixed(1)}%`;
  const size = Math.abs(value);
  if (size > 0 && size < 0.001) return value.toPrecision(3);
  return value.toFixed(4);
};

/** Text of an x-axis tick: whole epochs (in k from 10,000), examples in k or M, seconds to one decimal ("1.5", "3"). */
export function formatXTick(axis: ChartXAxis, value: number): string {
  switch (axis) {
    case 'epochs':
      // From 10,000 on in thousands, so that the axis' last label fits the chart's right margin.
      return Math.abs(value) >= 1e4 ? `${Number((value / 1e3).toFixed(1))}k` : String(Math.round(value));
    case 'examples': {
      const size = Math.abs(value);
      if (size >= 1e6) return `${Number((value / 1e6).toFixed(1))}M`;
      if (size >= 1e3) return `${Number((value / 1e3).toFixed(size >= 1e4 ? 0 : 1))}k`;
      return String(Math.round(value));
    }
    case 'time':
      return String(Number(value.toFixed(1)));
  }
}

/**
 * Log ticks are decades (and 2×, 5×): their shortest text reads best ("0.1", "1", "10"); under
 * 0.001 and from 10,000 an exponent ("1e-5"), which fits the axis' width where "0.00001" was cut.
 */
export const formatLogTick = (value: number): string => {
  const size = Math.abs(value);
  if (size > 0 && (size < 0.001 || size >= 1e4)) return value.toExponential(0).replace('e+', 'e');
  return String(Number(value.toPrecision(3)));
};

/** The formatters of one chart: x by what the axis measures, y as a percentage or a loss. */
export interface ChartFormats {
  readonly formatX: (value: number) => string;
  /** A y tick label. */
  readonly formatY: (value: number) => string;
  /** A y value read off the chart (formatReadout). */
  readonly formatValue: (value: number) => string;
}

const formatsByAxis = new Map<string, ChartFormats>();

/** The same functions for the same axis and kind, so that memoised children see no change. */
export function chartFormats(xAxis: ChartXAxis, isPercent: boolean): ChartFormats {
  const key = `${xAxis}/${isPercent}`;
  let formats = formatsByAxis.get(key);
  if (!formats) {
    formats = {
      formatX: (value) => formatXTick(xAxis, value),
      formatY: isPercent ? formatPercent : formatLoss,
      formatValue: (value) => formatReadout(value, isPercent),
    };
    formatsByAxis.set(key, formats);
  }
  return formats;
}
