import type { GrowingAxis } from '../../core/chart/chartAxes';
import type { MetricKey } from '../../core/run/metricHistory';
import { selectCurveSources } from '../../store/comparisonSelectors';
import { selectPastCurves } from '../../store/notebookSelectors';
import { selectHistoryVersion, selectRunStatus } from '../../store/runSelectors';
import { usePlayground } from '../../store/usePlayground';
import { ComparisonChart } from './ComparisonChart';
import { useThrottledStoreValue } from './useThrottledValue';

/**
 * The live charts' x-axis, one for both: they redraw half a refresh apart, and each choosing its
 * own would leave, say, the loss chart ending at 600 and the accuracy chart at 500 once a run is done.
 */
const LIVE_X_AXIS: { current: GrowingAxis | null } = { current: null };

/** Shortest time between two redraws of a chart while its curves grow (a shared clock for all charts). */
const CHART_REFRESH_MS = 250;

interface LiveChartProps {
  readonly title: string;
  readonly trainKey: MetricKey;
  readonly testKey: MetricKey;
  readonly isPercent: boolean;
  /**
   * Redrawn half a refresh after the charts without it: two charts falling due together are
   * redrawn by React in one task, a long one on a busy two-core machine (docs/decisions/charts.md).
   */
  readonly isStaggered?: boolean;
}

/** A chart of one metric fed from the store: every variant's runs, the previous run faint, the notebook's selected runs, the chosen options. */
export function LiveChart({ title, trainKey, testKey, isPercent, isStaggered = false }: LiveChartProps) {
  const version = useThrottledStoreValue(
    selectHistoryVersion,
    CHART_REFRESH_MS,
    isStaggered ? CHART_REFRESH_MS / 2 : 0,
  );
  const curves = usePlayground(selectCurveSources);
  const past = usePlayground(selectPastCurves);
  const ghost = usePlayground((state) => state.ghostHistory);
  const options = usePlayground((state) => state.chartOptions);
  const isGrowing = usePlayground((state) => selectRunStatus(state) === 'training');
  return (
    <ComparisonChart
      title={title}
      trainKey={trainKey}
      testKey={testKey}
      isPercent={isPercent}
      curves={curves}
      past={past}
      ghost={ghost}
      options={options}
      version={version}
      xAxisHolder={LIVE_X_AXIS}
      isGrowing={isGrowing}
    />
  );
}
