import { lazy, Suspense } from 'react';
import { t } from '../../core/i18n/translate';
import {
  FULL_EVALUATION_MAX_EXAMPLES,
  TRAIN_EVALUATION_SAMPLE_SIZE,
} from '../../core/run/evaluationSampleSize';
import { groupDigits } from '../../core/util/numberText';
import {
  selectDifferencesText,
  selectIsComparing,
  selectVariantLabels,
} from '../../store/comparisonSelectors';
import { trainingSetSizeOf } from '../../store/datasetSelectors';
import { selectIsRegression } from '../../store/experimentSelectors';
import { usePlayground } from '../../store/usePlayground';
import { ChartOptionsBar } from '../charts/ChartOptionsBar';
import { RaceLegend } from '../charts/RaceLegend';
import { Hideable } from '../common/Hideable';
import { Lockable } from '../common/Lockable';
import { Panel } from '../common/Panel';
import { SummaryTable } from '../compare/SummaryTable';
import { ExportSection } from '../export/ExportSection';
import { AdvancedPanel } from './AdvancedPanel';
import { BoundaryView } from './BoundaryView';
import { TrainingControls } from './TrainingControls';

/**
 * recharts and its dependencies are a large share of the page's script: loaded as their own chunk,
 * they no longer delay the first paint and Train (see docs/decisions/bundle.md).
 */
const LiveChart = lazy(() => import('../charts/LiveChart').then((module) => ({ default: module.LiveChart })));

/** Side of each variant's boundary view in a race: four fit beside each other above the charts. */
const RACE_BOUNDARY_PX = 150;

/** A chart's place while its code loads, of the same height so that nothing jumps. */
function ChartPlaceholder({ title }: { readonly title: string }) {
  return (
    <figure className="metric-chart chart-loading">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <p className="hint">{t('charts.loading')}</p>
    </figure>
  );
}

/** One decision-boundary view per variant, side by side, each named. */
function RaceBoundaries() {
  const labels = usePlayground(selectVariantLabels);
  return (
    <div className="race-boundaries">
      {labels.map((label, index) => (
        <BoundaryView
          key={label.slice(0, 1)}
          variantIndex={index}
          sizePx={RACE_BOUNDARY_PX}
          caption={label}
        />
      ))}
    </div>
  );
}

/** The Training area: controls and status, the decision boundaries, the live charts, a race's summary, and Advanced settings. */
export function TrainingPanel() {
  // Regression's "accuracy" columns carry R² (coefficient of determination, may be negative).
  const isRegression = usePlayground(selectIsRegression);
  const isComparing = usePlayground(selectIsComparing);
  const differences = usePlayground(selectDifferencesText);
  const chartOptions = usePlayground((state) => state.chartOptions);
  const setChartOptions = usePlayground((state) => state.setChartOptions);
  const accuracyTitle = isRegression ? 'R²' : t('charts.accuracy');
  const lossTitle = t('charts.loss');
  const isTrainCurveSampled = usePlayground(
    (state) => trainingSetSizeOf(state) > FULL_EVALUATION_MAX_EXAMPLES,
  );
  return (
    <Panel title={t('training.title')} className="training-panel" id="training">
      <TrainingControls />
      {isComparing && (
        <p className="differences" data-testid="differences">
          {differences}
        </p>
      )}
      <Hideable target="chartOptions">
        <Lockable target="chartOptions">
          <ChartOptionsBar options={chartOptions} onChange={setChartOptions} />
        </Lockable>
      </Hideable>
      {isComparing && <RaceBoundaries />}
      {isComparing && <RaceLegend />}
      <div className={isComparing ? 'training-views race-views' : 'training-views'}>
        {!isComparing && <BoundaryView />}
        <Suspense fallback={<ChartPlaceholder title={lossTitle} />}>
          <LiveChart title={lossTitle} trainKey="trainLoss" testKey="testLoss" isPercent={false} />
        </Suspense>
        <Suspense fallback={<ChartPlaceholder title={accuracyTitle} />}>
          <LiveChart
            title={accuracyTitle}
            trainKey="trainAccuracy"
            testKey="testAccuracy"
            isPercent={!isRegression}
            isStaggered
          />
        </Suspense>
      </div>
      {isTrainCurveSampled && (
        <p className="hint" data-testid="train-sample-note">
          {t('training.trainSampleNote', {
            limit: groupDigits(FULL_EVALUATION_MAX_EXAMPLES),
            sample: groupDigits(TRAIN_EVALUATION_SAMPLE_SIZE),
          })}
        </p>
      )}
      {isComparing && <SummaryTable />}
      <Hideable target="advanced">
        <Lockable target="advanced">
          <AdvancedPanel />
        </Lockable>
      </Hideable>
      <ExportSection />
    </Panel>
  );
}
