import { selectVariantLabels } from '../../store/comparisonSelectors';
import { usePlayground } from '../../store/usePlayground';
import { ChartLegend } from './ChartLegend';
import { raceLegendEntries } from './chartDrawing';
import './charts.css';

/** A race's legend, once above both charts: the two charts name the same lines, and a legend each took two rows apiece. */
export function RaceLegend() {
  const labels = usePlayground(selectVariantLabels);
  return (
    <div className="race-legend" aria-hidden="true" data-testid="race-legend">
      <ChartLegend entries={raceLegendEntries(labels)} />
    </div>
  );
}
