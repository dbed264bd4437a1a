import { memo, useMemo } from 'react';
import { type BaseTickContentProps, CartesianGrid, useChartWidth, XAxis, YAxis } from 'recharts';
import { type FixedAxis, labelledTicks } from '../../core/chart/chartAxes';
import type { ChartDrawing } from '../../core/chart/chartDrawing';
import { formatLogTick } from '../../core/chart/chartFormat';
import type { ChartHover } from '../../core/chart/chartHover';
import { CHART_X_AXES, type ChartXAxis } from '../../core/chart/chartOptions';
import type { LatestValue } from '../../core/chart/latestValue';
import { t } from '../../core/i18n/translate';
import { ChartHoverLayer } from './ChartHoverLayer';
import { ChartSeriesLayer } from './ChartSeriesLayer';

const TICK_FONT_PX = 12;
/** The least room between two x tick labels, as recharts keeps by default. */
const TICK_GAP_PX = 5;
const Y_AXIS_WIDTH_PX = 48;

/**
 * A chart's drawing mounts in four turns, each in a task of its own (mountTurns.ts): recharts'
 * chart and store with nothing in it, then the x-axis, then the y-axis and the series, then the
 * grid and the layer that follows the pointer. Each axis that joins recharts' store renders the
 * chart again at once, in the same task: both axes in one turn made it a long one (see
 * docs/decisions/charts.md).
 */
export const CHART_MOUNT_STAGES = 4;
const X_AXIS_STAGE = 2;
const Y_AXIS_STAGE = 3;

/** Room around the plot; the bottom leaves space for the x-axis' name. */
export const CHART_MARGIN = { top: 8, right: 16, bottom: 20, left: 4 } as const;

/** Shifts a one-line label so that `verticalAnchor` holds, as recharts' own Text does. */
const TICK_DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick label as one plain SVG text. recharts' own Text measured every label's words in the page
 * to wrap them within the axis' width, though a number never wraps (its cost: docs/decisions/charts.md).
 */
function tickText(
  { x, y, textAnchor, verticalAnchor, fill, className, payload }: BaseTickContentProps,
  format: (value: number) => string,
  labelled: ReadonlySet<number> | null,
) {
  const value = payload.value;
  if (typeof value !== 'number' || (labelled !== null && !labelled.has(value))) return <g />;
  return (
    <text
      x={x}
      y={y}
      dy={TICK_DY[verticalAnchor]}
      textAnchor={textAnchor}
      fill={fill}
      fontSize={TICK_FONT_PX}
      className={className}
    >
      {format(value)}
    </text>
  );
}

/** recharts' `tick` option drawing each label with `format`: only those of `labelled` when given. */
const tickOption =
  (format: (value: number) => string, labelled: ReadonlySet<number> | null = null) =>
  (props: BaseTickContentProps) =>
    tickText(props, format, labelled);

/** What the frame of a chart depends on; none of it changes while curves merely grow. */
export interface ChartFrameProps {
  readonly xAxis: ChartXAxis;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  /** The x-axis' domain and ticks; a new object only when a bound or tick moved. */
  readonly xRange: FixedAxis;
  /** The y-axis' domain and ticks, likewise. */
  readonly yRange: FixedAxis;
  /** Whether the y-axis is logarithmic (its ticks are then decades). */
  readonly isLogY: boolean;
  /** The drawing the series show. */
  readonly shown: LatestValue<ChartDrawing>;
  /** Where the pointer is over the plot. */
  readonly hover: LatestValue<ChartHover | null>;
  /** How many of its CHART_MOUNT_STAGES the drawing has had. */
  readonly stage: number;
}

/**
 * Everything inside a chart's drawing: recharts' grid and axes around the series drawn as plain
 * paths, and the layer that follows the pointer. Memoised, with axes whose domain and ticks the
 * app fixes: while the curves merely grow, none of this renders again; only the series, which
 * read `shown`, do. The legend and the tooltip are HTML beside the drawing (ComparisonChart):
 * inside recharts each registered itself in its store and re-laid the chart out, which made a
 * chart's first render long (see docs/decisions/charts.md).
 */
export const ChartFrame = memo(function ChartFrame({
  xAxis,
  formatX,
  formatY,
  xRange,
  yRange,
  isLogY,
  shown,
  hover,
  stage,
}: ChartFrameProps) {
  const xLabel = useMemo(() => {
    const unit = CHART_X_AXES.find((axis) => axis.id === xAxis)?.unit;
    return { value: unit && t(unit), position: 'insideBottom', offset: -12 } as const;
  }, [xAxis]);
  const xDomain = useMemo(() => [...xRange.domain], [xRange]);
  const xTicks = useMemo(() => [...xRange.ticks], [xRange]);
  const yDomain = useMemo(() => [...yRange.domain], [yRange]);
  const yTicks = useMemo(() => [...yRange.ticks], [yRange]);
  const chartWidth = useChartWidth();
  const plotWidth =
    chartWidth === undefined
      ? undefined
      : chartWidth - CHART_MARGIN.left - CHART_MARGIN.right - Y_AXIS_WIDTH_PX;
  const xTick = useMemo(() => {
    const isLabelled = labelledTicks(xRange.ticks.map(formatX), plotWidth, TICK_FONT_PX, TICK_GAP_PX);
    return tickOption(formatX, new Set(xRange.ticks.filter((_, index) => isLabelled[index])));
  }, [xRange, formatX, plotWidth]);
  const yTick = useMemo(() => tickOption(isLogY ? formatLogTick : formatY), [isLogY, formatY]);
  if (stage < X_AXIS_STAGE) return null;
  return (
    <>
      {stage >= CHART_MOUNT_STAGES && <CartesianGrid stroke="#e3e3e3" />}
      <XAxis
        type="number"
        dataKey="x"
        domain={xDomain}
        ticks={xTicks}
        // Every tick drawn, its labels thinned from an estimate of their widths (labelledTicks).
        // recharts' own thinning either measures each label in the page (its grid once more) at
        // every move of the axis, or, by a fixed interval, may leave the axis' end unlabelled.
        interval={0}
        // The app chooses the ticks: recharts' own rounding of them (in decimal arithmetic) is unused.
        niceTicks="none"
        allowDataOverflow
        label={xLabel}
        tick={xTick}
      />
      {stage >= Y_AXIS_STAGE && (
        <YAxis
          key={isLogY ? 'log' : 'linear'}
          type="number"
          {...(isLogY ? { scale: 'log' as const } : {})}
          domain={yDomain}
          ticks={yTicks}
          // Every tick shown, unmeasured: 4 to 8 intervals stacked over the plot's height never overlap.
          interval={0}
          niceTicks="none"
          allowDataOverflow
          width={Y_AXIS_WIDTH_PX}
          tick={yTick}
        />
      )}
      {stage >= Y_AXIS_STAGE && <ChartSeriesLayer shown={shown} />}
      {stage >= CHART_MOUNT_STAGES && <ChartHoverLayer shown={shown} hover={hover} />}
    </>
  );
});
