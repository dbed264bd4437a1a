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
import { formatXTick } from '../../core/compare/chartSeries';
import { ChartActiveDots } from './ChartActiveDots';
import { ChartSeriesLayer } from './ChartSeriesLayer';
import { ChartTooltipContent } from './ChartTooltipContent';
import type { FixedAxis } from './chartAxes';
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

/** What the frame of a chart depends on; none of it changes while curves merely grow. */
export interface ChartFrameProps {
  readonly xAxis: ChartXAxis;
  readonly isPercent: boolean;
  /** Whether several variants are compared: their legend wraps, the single-run one keeps one row. */
  readonly isComparing: boolean;
  /** The x-axis' domain and ticks; a new object only when a bound or tick moved. */
  readonly xRange: FixedAxis;
  /** The y-axis' domain and ticks, likewise. */
  readonly yRange: FixedAxis;
  /** Whether the y-axis is logarithmic (its ticks are then decades). */
  readonly isLogY: boolean;
  /** A new array only when an entry changed. */
  readonly legendPayload: readonly LegendPayload[];
  /** The drawing the series show. */
  readonly shown: LatestValue<ChartDrawing>;
}

/**
 * Everything inside a chart: recharts' grid, axes, legend and tooltip around the series drawn as
 * plain paths. Memoised, with axes whose domain and ticks the app fixes: while the curves merely
 * grow, none of this renders again; only the series and the table, which read `shown`, do.
 */
export const ChartFrame = memo(function ChartFrame({
  xAxis,
  isPercent,
  isComparing,
  xRange,
  yRange,
  isLogY,
  legendPayload,
  shown,
}: ChartFrameProps) {
  const formatY = isPercent ? formatPercent : formatLoss;
  const formatX = useMemo(() => (value: number) => formatXTick(xAxis, value), [xAxis]);
  const xLabel = useMemo(() => {
    const unit = CHART_X_AXES.find((axis) => axis.id === xAxis)?.unit;
    return { value: unit, position: 'insideBottom', offset: -12 } as const;
  }, [xAxis]);
  const xDomain = useMemo(() => [...xRange.domain], [xRange]);
  const xTicks = useMemo(() => [...xRange.ticks], [xRange]);
  const yDomain = useMemo(() => [...yRange.domain], [yRange]);
  const yTicks = useMemo(() => [...yRange.ticks], [yRange]);
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
        domain={xDomain}
        ticks={xTicks}
        allowDataOverflow
        tickFormatter={formatX}
        label={xLabel}
        tick={TICK_STYLE}
      />
      <YAxis
        key={isLogY ? 'log' : 'linear'}
        type="number"
        {...(isLogY ? { scale: 'log' as const } : {})}
        domain={yDomain}
        ticks={yTicks}
        // Every tick shown, unmeasured: 4 to 8 intervals stacked over the plot's height never
        // overlap, and recharts' check measured each label in the DOM (about 15 ms of a chart's
        // first render). The x-axis keeps the check: at 360 px its labels would overlap.
        interval={0}
        allowDataOverflow
        tickFormatter={isLogY ? formatLogTick : formatY}
        width={48}
        tick={TICK_STYLE}
      />
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
