import { t, textOf } from '../../core/i18n/translate';
import { DATASETS } from '../../core/registries/datasets';
import { selectDatasetLoad } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';

const megabytes = (bytes: number): string =>
  t('dataset.load.megabytes', { value: (bytes / 1024 / 1024).toFixed(1) });

/** Progress of a data set being fetched (bytes received of the total), or why it could not be. */
export function LoadStatus() {
  const load = usePlayground(selectDatasetLoad);
  const inUse = usePlayground((state) => DATASETS[state.experiment.dataset.id].label);
  if (load.status === 'idle' || load.datasetId === null) return null;
  const label = t(DATASETS[load.datasetId].label);
  if (load.status === 'failed') {
    // The worker names the set in English; the page names it in its own language.
    const message =
      load.message && textOf({ ...load.message, params: { ...load.message.params, name: label } });
    return (
      <div role="alert" className="load-error" data-testid="load-error">
        <p className="field-error">{message}</p>
        <p className="hint">{t('dataset.load.stillInUse', { name: t(inUse) })}</p>
      </div>
    );
  }
  const received = load.progress?.receivedBytes ?? 0;
  const total = load.progress?.totalBytes ?? null;
  const amount =
    total === null
      ? megabytes(received)
      : t('dataset.load.amountOfTotal', { received: megabytes(received), total: megabytes(total) });
  return (
    <div className="load-progress" data-testid="load-progress">
      <progress
        aria-label={t('dataset.load.progressLabel', { name: label })}
        max={total ?? undefined}
        value={total === null ? undefined : received}
      />
      <span aria-live="polite">{t('dataset.load.progress', { name: label, amount })}</span>
    </div>
  );
}
