import { useEffect, useMemo, useRef, useState } from 'react';
import { ComposedChart, ResponsiveContainer } from 'recharts';
import {
  type FixedAxis,
  type GrowingAxis,
  growAxis,
  linearAxis,
  PERCENT_AXIS,
} from '../../core/chart/chartAxes';
import { type ChartDrawing, chartDrawing } from '../../core/chart/chartDrawing';
import { chartFormats } from '../../core/chart/chartFormat';
import type { ChartHover } from '../../core/chart/chartHover';
import type { ChartOptions } from '../../core/chart/chartOptions';
import type { CurveSource } from '../../core/chart/chartSeries';
import { type DrawingExtent, drawingExtent, legendEntries } from '../../core/chart/drawingReadout';
import { createLatestValue } from '../../core/chart/latestValue';
import type { PastCurve } from '../../core/chart/pastCurves';
import type { MetricHistory, MetricKey } from '../../core/run/metricHistory';
import { CHART_PALETTE } from '../theme';
import { CHART_MARGIN, CHART_MOUNT_STAGES, ChartFrame } from './ChartFrame';
import { ChartLatestTable } from './ChartLatestTable';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { useMountStage } from './mountTurns';
import './charts.css';

/**
 * At most this many points per drawn line: enough for a smooth curve at this width, few enough to
 * redraw quickly. Downsampling buckets are powers of two wide, so a long line has 200 to 400.
 */
export const MAX_POINTS_PER_LINE = 400;

/** The palette the charts draw in (re-exported for the tests that build drawings). */
export { CHART_PALETTE };

/** Height of the drawing (plot and axes) when it fills its parent's width; the legend is above it. */
const CHART_HEIGHT_PX = 196;

/** The drawing has no rows of data: its axes are fixed by the app and its series are drawn apart. */
const NO_ROWS: object[] = [];

/** No past runs overlaid: one array, so that the drawing's memo holds. */
const NO_PAST: readonly PastCurve[] = [];

/** What a comparison chart shows; the histories inside `curves` and `ghost` grow in place. */
export interface ComparisonChartProps {
  readonly title: string;
  readonly trainKey: MetricKey;
  readonly testKey: MetricKey;
  readonly isPercent: boolean;
  /** One entry per variant (A first); a single entry draws like the one-run chart. */
  readonly curves: readonly CurveSource[];
  /** Past runs from the notebook, overlaid with their own colours and dashes; none when absent. */
  readonly past?: readonly PastCurve[];
  /** The previous run, drawn faint; shown only when there is a single variant. */
  readonly ghost: MetricHistory | null;
  readonly options: ChartOptions;
  /** Changes whenever a history has grown: the histories are mutated in place. */
  readonly version: number;
  /** Draws at this size instead of filling the parent's width (a render without layout, as in tests). */
  readonly fixedSize?: { readonly width: number; readonly height: number };
  /**
   * Where the growing x-axis is kept: shared by charts shown side by side, which then end their
   * x-axes alike even though they redraw at different moments; a chart's own when absent.
   */
  readonly xAxisHolder?: { current: GrowingAxis | null };
  /** Whether the curves are growing (a run trains): the x-axis then keeps room ahead of them. */
  readonly isGrowing?: boolean;
}

/** `value`, or the earlier one equal to it by JSON text: memoised children then skip the redraw. */
function useStableByValue<T>(value: T): T {
  const text = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compared by value, through its text.
  return useMemo(() => value, [text]);
}

/** The y-axis: quarters of 100% for accuracy, the drawing's decades on a log axis, else round steps over the data. */
function yAxisOf(drawing: ChartDrawing, extent: DrawingExtent, isPercent: boolean): FixedAxis {
  if (isPercent) return PERCENT_AXIS;
  if (drawing.yLog) return drawing.yLog;
  return linearAxis(extent.yLow, extent.yHigh);
}

/**
 * Live loss or accuracy curves of one run or of several variants overlaid: the mean over seeds
 * with its min-max band, smoothed with the raw curve faint behind, on the chosen x-axis. Test lines
 * are dashed and every line is named in the legend, so colour is never the only cue.
 *
 * recharts draws the frame (axes and grid) with no rows of data at all; the series are plain SVG
 * paths (ChartSeriesLayer), the legend and tooltip plain HTML beside the drawing. Every prop handed
 * to the frame stays the same object from one redraw to the next unless its meaning changed, so
 * that only what moved is recomputed. The drawing itself mounts in a later task than the page
 * (useMountStage), in pieces, one chart at a time.
 */
export function ComparisonChart({
  title,
  trainKey,
  testKey,
  isPercent,
  curves,
  past = NO_PAST,
  ghost,
  options,
  version,
  fixedSize,
  xAxisHolder,
  isGrowing = true,
}: ComparisonChartProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the histories are mutated in place; version says when.
  const drawing = useMemo(
    () =>
      chartDrawing(curves, ghost, { trainKey, testKey }, options, MAX_POINTS_PER_LINE, CHART_PALETTE, past),
    [curves, ghost, trainKey, testKey, options, version, past],
  );
  const [shown] = useState(() => createLatestValue(drawing));
  const [hover] = useState(() => createLatestValue<ChartHover | null>(null));
  const stage = useMountStage(CHART_MOUNT_STAGES);
  const hasTurn = stage > 0;
  // After recharts' own effects have taken a moved axis: the series then render with its new scale.
  useEffect(() => shown.set(drawing), [shown, drawing]);
  const extent = drawingExtent(drawing);
  const hasWholeX = options.xAxis === 'epochs';
  // Remembered across redraws (not state: choosing it must not cause another render); choosing again
  // from the same inputs gives the same axis, so a second render in StrictMode changes nothing.
  const ownX = useRef<GrowingAxis | null>(null);
  const growingX = xAxisHolder ?? ownX;
  growingX.current = growAxis(
    growingX.current,
    extent.xHigh,
    performance.now(),
    options.xAxis,
    hasWholeX,
    isGrowing,
  );
  const xRange = useStableByValue(growingX.current.axis);
  const yRange = useStableByValue(yAxisOf(drawing, extent, isPercent));
  const legend = useStableByValue(legendEntries(drawing));
  const isLogY = drawing.yLog !== null;
  const { formatX, formatY, formatValue } = chartFormats(options.xAxis, isPercent);
  const width = fixedSize?.width;
  const height = fixedSize?.height;

  // The same element while the frame's inputs stay: React then skips recharts entirely, and a redraw
  // reaches only the components that read `shown`.
  const chart = useMemo(
    () => (
      // The chart is hidden from assistive technology (the table below speaks for it), so it takes no focus either.
      <ComposedChart
        margin={CHART_MARGIN}
        accessibilityLayer={false}
        data={NO_ROWS}
        {...(width !== undefined && height !== undefined ? { width, height } : {})}
      >
        <ChartFrame
          xAxis={options.xAxis}
          formatX={formatX}
          formatY={formatY}
          xRange={xRange}
          yRange={yRange}
          isLogY={isLogY}
          shown={shown}
          hover={hover}
          stage={stage}
        />
      </ComposedChart>
    ),
    [width, height, options.xAxis, formatX, formatY, xRange, yRange, isLogY, shown, hover, stage],
  );

  return (
    <figure className="metric-chart comparison-chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        <ChartLegend entries={legend} />
        <div className="chart-drawing">
          {fixedSize ? (
            hasTurn && chart
          ) : (
            <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
              {hasTurn && chart}
            </ResponsiveContainer>
          )}
          <ChartTooltip shown={shown} hover={hover} formatX={formatX} formatValue={formatValue} />
        </div>
      </div>
      <ChartLatestTable title={title} curves={curves} shown={shown} isPercent={isPercent} />
    </figure>
  );
}
