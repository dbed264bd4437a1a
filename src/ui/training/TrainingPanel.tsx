import { MetricChart } from '../charts/MetricChart';
import { Panel } from '../common/Panel';
import { BoundaryView } from './BoundaryView';
import { TrainingControls } from './TrainingControls';

/** The Training area: controls and status, the decision boundary, and the live Loss and Accuracy charts. */
export function TrainingPanel() {
  return (
    <Panel title="Training" className="training-panel">
      <TrainingControls />
      <div className="training-views">
        <BoundaryView />
        <MetricChart title="Loss" trainKey="trainLoss" testKey="testLoss" isPercent={false} />
        <MetricChart title="Accuracy" trainKey="trainAccuracy" testKey="testAccuracy" isPercent={true} />
      </div>
    </Panel>
  );
}
