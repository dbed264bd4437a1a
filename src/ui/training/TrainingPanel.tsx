import { lazy, Suspense } from 'react';
import { usePlayground } from '../../store/appStore';
import { selectIsRegression } from '../../store/modelSelectors';
import { Panel } from '../common/Panel';
import { AdvancedPanel } from './AdvancedPanel';
import { BoundaryView } from './BoundaryView';
import { TrainingControls } from './TrainingControls';

/**
 * recharts and its dependencies are more than half of the page's script: loaded as their own
 * chunk, they no longer delay the first paint and Train (the main chunk stays under 150 KB gzip).
 */
const MetricChart = lazy(() =>
  import('../charts/MetricChart').then((module) => ({ default: module.MetricChart })),
);

/** A chart's place while its code loads, of the same height so that nothing jumps. */
function ChartPlaceholder({ title }: { readonly title: string }) {
  return (
    <figure className="metric-chart chart-loading">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <p className="hint">Loading the chart…</p>
    </figure>
  );
}

/** The Training area: controls and status, the decision boundary, the live Loss and Accuracy charts, and Advanced settings. */
export function TrainingPanel() {
  // Regression's "accuracy" columns carry R² (coefficient of determination, may be negative).
  const isRegression = usePlayground(selectIsRegression);
  const accuracyTitle = isRegression ? 'R²' : 'Accuracy';
  return (
    <Panel title="Training" className="training-panel" id="training">
      <TrainingControls />
      <div className="training-views">
        <BoundaryView />
        <Suspense fallback={<ChartPlaceholder title="Loss" />}>
          <MetricChart title="Loss" trainKey="trainLoss" testKey="testLoss" isPercent={false} />
        </Suspense>
        <Suspense fallback={<ChartPlaceholder title={accuracyTitle} />}>
          <MetricChart
            title={accuracyTitle}
            trainKey="trainAccuracy"
            testKey="testAccuracy"
            isPercent={!isRegression}
          />
        </Suspense>
      </div>
      <AdvancedPanel />
    </Panel>
  );
}
