import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  DefaultLegendContent,
  type DefaultLegendContentProps,
  Legend,
  type LegendPayload,
  Line,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_X_AXES, type ChartXAxis } from '../../core/compare/chartOptions';
import { formatXTick, type LogAxis } from '../../core/compare/chartSeries';
import { ChartActiveDots } from './ChartActiveDots';
import { ChartSeriesLayer } from './ChartSeriesLayer';
import { ChartTooltipContent } from './ChartTooltipContent';
import type { ChartDrawing } from './chartDrawing';
import type { LatestValue } from './latestValue';

const formatPercent = (value: number): string => `${Math.round(value * 100)}%`;
const formatLoss = (value: number): string => {
  const size = Math.abs(value);
  if (size >= 10) return value.toFixed(0);
  // Small losses on a log axis (0.001) would all read 0.00 with two decimals.
  if (size > 0 && size < 0.01) return value.toExponential(0);
  return value.toFixed(2);
};
/** Log ticks are decades (and 2×, 5×): their shortest text reads best ("0.1", "1", "10"). */
const formatLogTick = (value: number): string => String(Number(value.toPrecision(3)));

const TICK_STYLE = { fontSize: 12 } as const;
const LEGEND_STYLE = { fontSize: 13 } as const;
const PERCENT_DOMAIN: [number, number] = [0, 1];
const FROM_ZERO_DOMAIN: [number, 'auto'] = [0, 'auto'];
/** Epochs end at the last one reached; seconds and examples end on a round tick. */
const EPOCHS_DOMAIN: [number, 'dataMax'] = [0, 'dataMax'];

/** What the frame of a chart depends on; none of it changes while curves merely grow. */
export interface ChartFrameProps {
  readonly xAxis: ChartXAxis;
  readonly isPercent: boolean;
  /** Whether several variants are compared: their legend wraps, the single-run one keeps one row. */
  readonly isComparing: boolean;
  /** A log y-axis, or null for a linear one; a new object only when a bound or tick moved. */
  readonly yLog: LogAxis | null;
  /** A new array only when an entry changed. */
  readonly legendPayload: readonly LegendPayload[];
  /** The drawing the series show. */
  readonly shown: LatestValue<ChartDrawing>;
}

/**
 * Everything inside a chart: recharts' grid, axes, legend and tooltip around the series drawn as
 * plain paths. Memoised: when a redraw only brings new chart data, React skips this whole subtree
 * and recharts updates just what its own store says moved (the axes' domains, the series).
 */
export const ChartFrame = memo(function ChartFrame({
  xAxis,
  isPercent,
  isComparing,
  yLog,
  legendPayload,
  shown,
}: ChartFrameProps) {
  const formatY = isPercent ? formatPercent : formatLoss;
  const formatX = useMemo(() => (value: number) => formatXTick(xAxis, value), [xAxis]);
  const xLabel = useMemo(() => {
    const unit = CHART_X_AXES.find((axis) => axis.id === xAxis)?.unit;
    return { value: unit, position: 'insideBottom', offset: -12 } as const;
  }, [xAxis]);
  const logDomain = useMemo(() => (yLog ? [...yLog.domain] : []), [yLog]);
  const logTicks = useMemo(() => (yLog ? [...yLog.ticks] : []), [yLog]);
  const tooltip = useMemo(
    () => (props: { label?: unknown }) => (
      <ChartTooltipContent shown={shown} label={props.label} formatX={formatX} formatY={formatY} />
    ),
    [shown, formatX, formatY],
  );
  const legend = useMemo(
    () => (props: DefaultLegendContentProps) => <DefaultLegendContent {...props} payload={legendPayload} />,
    [legendPayload],
  );
  return (
    <>
      <CartesianGrid stroke="#e3e3e3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={xAxis === 'epochs' ? EPOCHS_DOMAIN : FROM_ZERO_DOMAIN}
        allowDecimals={xAxis !== 'epochs'}
        tickFormatter={formatX}
        label={xLabel}
        tick={TICK_STYLE}
      />
      {yLog ? (
        <YAxis
          type="number"
          scale="log"
          domain={logDomain}
          ticks={logTicks}
          allowDataOverflow
          tickFormatter={formatLogTick}
          width={48}
          tick={TICK_STYLE}
        />
      ) : (
        <YAxis
          type="number"
          dataKey="yExtent"
          domain={isPercent ? PERCENT_DOMAIN : FROM_ZERO_DOMAIN}
          tickFormatter={formatY}
          width={48}
          tick={TICK_STYLE}
        />
      )}
      <Tooltip includeHidden content={tooltip} />
      <Legend
        verticalAlign="top"
        {...(isComparing ? {} : { height: 24 })}
        wrapperStyle={LEGEND_STYLE}
        content={legend}
      />
      {/* Invisible: it only makes recharts' tooltip show (a tooltip needs an item with a value at the hovered x). */}
      <Line dataKey="tip" hide legendType="none" dot={false} activeDot={false} isAnimationActive={false} />
      <ChartSeriesLayer shown={shown} />
      <ChartActiveDots shown={shown} />
    </>
  );
});
