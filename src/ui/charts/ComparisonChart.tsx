import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  type LegendPayload,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_X_AXES, type ChartOptions } from '../../core/compare/chartOptions';
import { type CurveSource, formatXTick } from '../../core/compare/chartSeries';
import type { MetricHistory, MetricKey } from '../../core/metricHistory';
import { ChartLatestTable } from './ChartLatestTable';
import { chartDrawing, type DrawnLine } from './chartDrawing';
import './charts.css';

/** Points per drawn line: enough for a smooth curve at this width, few enough to redraw quickly. */
export const MAX_POINTS_PER_LINE = 300;

/** Height of the drawing when it fills its parent's width, as the one-run chart had. */
const CHART_HEIGHT_PX = 220;

/** Extra height per pair of compared variants: their legend wraps onto more rows, the plot keeps its size. */
const LEGEND_ROW_PX = 22;

const TEST_DASH = '5 4';
const FAINT_OPACITY = 0.3;
const BAND_OPACITY = 0.15;

/** What a comparison chart shows; the histories inside `curves` and `ghost` grow in place. */
export interface ComparisonChartProps {
  readonly title: string;
  readonly trainKey: MetricKey;
  readonly testKey: MetricKey;
  readonly isPercent: boolean;
  /** One entry per variant (A first); a single entry draws like the one-run chart. */
  readonly curves: readonly CurveSource[];
  /** The previous run, drawn faint; shown only when there is a single variant. */
  readonly ghost: MetricHistory | null;
  readonly options: ChartOptions;
  /** Changes whenever a history has grown: the histories are mutated in place. */
  readonly version: number;
  /** Draws at this size instead of filling the parent's width (a render without layout, as in tests). */
  readonly fixedSize?: { readonly width: number; readonly height: number };
}

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

/** A recharts line for a drawn line: bold means, faint raw curves and previous runs, dashed tests. */
function lineElement(line: DrawnLine) {
  return (
    <Line
      key={line.name}
      data={line.points}
      dataKey="y"
      name={line.name}
      stroke={line.colour}
      {...(line.role === 'mean' ? { strokeWidth: 2 } : { strokeOpacity: FAINT_OPACITY })}
      {...(line.isDashed ? { strokeDasharray: TEST_DASH } : {})}
      {...(line.isNamed
        ? { legendType: 'plainline' as const }
        : { legendType: 'none' as const, tooltipType: 'none' as const, activeDot: false })}
      dot={false}
      isAnimationActive={false}
    />
  );
}

/**
 * Live loss or accuracy curves of one run or of several variants overlaid: the mean over seeds
 * with its min-max band, smoothed with the raw curve faint behind, on the chosen x-axis. Test lines
 * are dashed and every line is named in the legend, so colour is never the only cue.
 */
export function ComparisonChart({
  title,
  trainKey,
  testKey,
  isPercent,
  curves,
  ghost,
  options,
  version,
  fixedSize,
}: ComparisonChartProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the histories are mutated in place; version says when.
  const drawing = useMemo(
    () => chartDrawing(curves, ghost, { trainKey, testKey }, options, MAX_POINTS_PER_LINE),
    [curves, ghost, trainKey, testKey, options, version],
  );
  const isComparing = curves.length > 1;
  const formatY = isPercent ? formatPercent : formatLoss;
  const xAxis = CHART_X_AXES.find((axis) => axis.id === options.xAxis) ?? CHART_X_AXES[0];
  const formatX = (value: number): string => formatXTick(options.xAxis, value);
  const chartHeightPx = CHART_HEIGHT_PX + (isComparing ? LEGEND_ROW_PX * Math.ceil(curves.length / 2) : 0);
  const legendOrder = (item: LegendPayload): number => drawing.legendNames.indexOf(String(item.value));

  const chart = (
    // The chart is hidden from assistive technology (the table below speaks for it), so it takes no focus either.
    <ComposedChart
      margin={{ top: 8, right: 16, bottom: 20, left: 4 }}
      accessibilityLayer={false}
      {...(fixedSize ?? {})}
    >
      <CartesianGrid stroke="#e3e3e3" />
      <XAxis
        type="number"
        dataKey="x"
        // Epochs end at the last one reached; seconds and examples end on a round tick.
        domain={options.xAxis === 'epochs' ? [0, 'dataMax'] : [0, 'auto']}
        allowDecimals={options.xAxis !== 'epochs'}
        tickFormatter={formatX}
        label={{ value: xAxis?.unit, position: 'insideBottom', offset: -12 }}
        tick={{ fontSize: 12 }}
      />
      {drawing.yLog ? (
        <YAxis
          type="number"
          scale="log"
          domain={[...drawing.yLog.domain]}
          ticks={[...drawing.yLog.ticks]}
          allowDataOverflow
          tickFormatter={formatLogTick}
          width={48}
          tick={{ fontSize: 12 }}
        />
      ) : (
        <YAxis
          type="number"
          domain={isPercent ? [0, 1] : [0, 'auto']}
          tickFormatter={formatY}
          width={48}
          tick={{ fontSize: 12 }}
        />
      )}
      <Tooltip
        labelFormatter={(value) => (typeof value === 'number' ? formatX(value) : String(value))}
        formatter={(value) => (typeof value === 'number' ? formatY(value) : String(value))}
      />
      <Legend
        verticalAlign="top"
        {...(isComparing ? {} : { height: 24 })}
        wrapperStyle={{ fontSize: 13 }}
        itemSorter={legendOrder}
      />
      {drawing.bands.map((band) => (
        <Area
          key={band.key}
          data={band.points}
          dataKey="range"
          stroke="none"
          fill={band.colour}
          fillOpacity={BAND_OPACITY}
          legendType="none"
          tooltipType="none"
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
      {drawing.lines.map(lineElement)}
    </ComposedChart>
  );

  return (
    <figure className="metric-chart comparison-chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        {fixedSize ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={chartHeightPx}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      <ChartLatestTable title={title} curves={curves} latest={drawing.latest} isPercent={isPercent} />
    </figure>
  );
}
