import { raceLegendEntries } from '../../core/chart/chartDrawing';
import { selectVariantLabels } from '../../store/comparisonSelectors';
import { usePlayground } from '../../store/usePlayground';
import { CHART_PALETTE } from '../theme';
import { ChartLegend } from './ChartLegend';
import './charts.css';

/** A race's legend, once above both charts: the two charts name the same lines, and a legend each took two rows apiece. */
export function RaceLegend() {
  const labels = usePlayground(selectVariantLabels);
  return (
    <div className="race-legend" aria-hidden="true" data-testid="race-legend">
      <ChartLegend entries={raceLegendEntries(labels, CHART_PALETTE)} />
    </div>
  );
}
