import { usePlayground } from '../../store/appStore';
import { selectIsRegression } from '../../store/modelSelectors';
import { MetricChart } from '../charts/MetricChart';
import { Panel } from '../common/Panel';
import { AdvancedPanel } from './AdvancedPanel';
import { BoundaryView } from './BoundaryView';
import { TrainingControls } from './TrainingControls';

/** The Training area: controls and status, the decision boundary, the live Loss and Accuracy charts, and Advanced settings. */
export function TrainingPanel() {
  // Regression's "accuracy" columns carry R² (coefficient of determination, may be negative).
  const isRegression = usePlayground(selectIsRegression);
  return (
    <Panel title="Training" className="training-panel" id="training">
      <TrainingControls />
      <div className="training-views">
        <BoundaryView />
        <MetricChart title="Loss" trainKey="trainLoss" testKey="testLoss" isPercent={false} />
        <MetricChart
          title={isRegression ? 'R²' : 'Accuracy'}
          trainKey="trainAccuracy"
          testKey="testAccuracy"
          isPercent={!isRegression}
        />
      </div>
      <AdvancedPanel />
    </Panel>
  );
}
