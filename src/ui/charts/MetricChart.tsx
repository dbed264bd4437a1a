import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  type LegendPayload,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MetricHistory, MetricKey } from '../../core/metricHistory';
import { downsample } from '../../core/series';
import { usePlayground } from '../../store/appStore';
import { selectHistoryVersion } from '../../store/selectors';
import { SERIES_COLOURS } from '../theme';
import { useThrottledValue } from './useThrottledValue';

/** Points per drawn line: enough for a smooth curve at this width, few enough to redraw quickly. */
const MAX_POINTS_PER_LINE = 300;

/** Shortest time between two redraws of a chart while its curves grow. */
const CHART_REFRESH_MS = 250;

interface MetricChartProps {
  readonly title: string;
  readonly trainKey: MetricKey;
  readonly testKey: MetricKey;
  readonly isPercent: boolean;
}

interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

function series(history: MetricHistory | null, key: MetricKey): ChartPoint[] {
  if (!history || history.length === 0) return [];
  const { xs, ys } = downsample(history.epochValues(), history.values(key), MAX_POINTS_PER_LINE);
  return xs.map((x, i) => ({ x, y: ys[i] as number }));
}

const LEGEND_ORDER = ['Train', 'Test', 'Train (previous)', 'Test (previous)'];

/** Train before test, current before previous; 'plainline' icons show each line's dash, so colour is not the only cue. */
const legendOrder = (item: LegendPayload): number => LEGEND_ORDER.indexOf(String(item.value));

const formatPercent = (value: number): string => `${Math.round(value * 100)}%`;
const formatLoss = (value: number): string => (Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(2));

/** A live line chart of one metric: train and test lines, and the previous run's lines faint. */
export function MetricChart({ title, trainKey, testKey, isPercent }: MetricChartProps) {
  const version = useThrottledValue(usePlayground(selectHistoryVersion), CHART_REFRESH_MS);
  const history = usePlayground((state) => state.history);
  const ghost = usePlayground((state) => state.ghostHistory);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the history is mutated in place; version says when.
  const lines = useMemo(
    () => ({
      train: series(history, trainKey),
      test: series(history, testKey),
      ghostTrain: series(ghost, trainKey),
      ghostTest: series(ghost, testKey),
      latest: history.latest(),
    }),
    [history, ghost, trainKey, testKey, version],
  );

  const formatTick = isPercent ? formatPercent : formatLoss;
  const latestTrain = lines.latest?.[trainKey];
  const latestTest = lines.latest?.[testKey];
  const describeValue = (value: number | undefined): string =>
    value === undefined ? 'no data yet' : isPercent ? `${(value * 100).toFixed(1)}%` : value.toFixed(4);

  return (
    <figure className="metric-chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          {/* The chart is hidden from assistive technology (the table below speaks for it), so it takes no focus either. */}
          <LineChart margin={{ top: 8, right: 16, bottom: 20, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e3e3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 'dataMax']}
              allowDecimals={false}
              label={{ value: 'Epoch', position: 'insideBottom', offset: -12 }}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={isPercent ? [0, 1] : [0, 'auto']}
              tickFormatter={formatTick}
              width={48}
              tick={{ fontSize: 12 }}
            />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatTick(value) : String(value))} />
            <Legend
              verticalAlign="top"
              height={24}
              wrapperStyle={{ fontSize: 13 }}
              itemSorter={legendOrder}
            />
            {lines.ghostTrain.length > 0 && (
              <Line
                data={lines.ghostTrain}
                dataKey="y"
                name="Train (previous)"
                stroke={SERIES_COLOURS.train}
                strokeOpacity={0.3}
                dot={false}
                legendType="plainline"
                isAnimationActive={false}
              />
            )}
            {lines.ghostTest.length > 0 && (
              <Line
                data={lines.ghostTest}
                dataKey="y"
                name="Test (previous)"
                stroke={SERIES_COLOURS.test}
                strokeOpacity={0.3}
                strokeDasharray="5 4"
                dot={false}
                legendType="plainline"
                isAnimationActive={false}
              />
            )}
            <Line
              data={lines.train}
              dataKey="y"
              name="Train"
              stroke={SERIES_COLOURS.train}
              strokeWidth={2}
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
            <Line
              data={lines.test}
              dataKey="y"
              name="Test"
              stroke={SERIES_COLOURS.test}
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}: latest values</caption>
        <tbody>
          <tr>
            <th scope="row">Train</th>
            <td>{describeValue(latestTrain)}</td>
          </tr>
          <tr>
            <th scope="row">Test</th>
            <td>{describeValue(latestTest)}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
