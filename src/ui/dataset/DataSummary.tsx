import { t } from '../../core/i18n/translate';
import { selectAnalysis, selectAnalysisTiming } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { DataFacts } from './DataFacts';
import { ImageGrid } from './ImageGrid';
import { ScatterPreview } from './ScatterPreview';

/** The preview of the data in use (scatter or sample images) and what the data says. */
export function DataSummary() {
  const analysis = usePlayground(selectAnalysis);
  const timing = usePlayground(selectAnalysisTiming);
  // Drawn points are previewed by the drawing plane itself.
  const isDrawn = usePlayground(
    (state) => state.experiment.dataset.id === 'custom' && state.customData?.source === 'points',
  );
  if (!analysis) return <p className="hint">{t('dataset.analysing')}</p>;
  const { preview } = analysis;
  return (
    <>
      {preview.kind === 'images' ? (
        <ImageGrid preview={preview} classNames={analysis.classNames} />
      ) : (
        !isDrawn && <ScatterPreview preview={preview} numClasses={analysis.statistics.numClasses} />
      )}
      <DataFacts analysis={analysis} timing={timing} />
    </>
  );
}
