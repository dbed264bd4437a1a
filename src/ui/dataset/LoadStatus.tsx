import { DATASETS } from '../../core/registries/datasets';
import { selectDatasetLoad } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Progress of a data set being fetched (bytes received of the total), or why it could not be. */
export function LoadStatus() {
  const load = usePlayground(selectDatasetLoad);
  const inUse = usePlayground((state) => DATASETS[state.experiment.dataset.id].label);
  if (load.status === 'idle' || load.datasetId === null) return null;
  const label = DATASETS[load.datasetId].label;
  if (load.status === 'failed') {
    return (
      <div role="alert" className="load-error" data-testid="load-error">
        <p className="field-error">{load.message}</p>
        <p className="hint">The data set in use is still {inUse}.</p>
      </div>
    );
  }
  const received = load.progress?.receivedBytes ?? 0;
  const total = load.progress?.totalBytes ?? null;
  return (
    <div className="load-progress" data-testid="load-progress">
      <progress
        aria-label={`Loading ${label}`}
        max={total ?? undefined}
        value={total === null ? undefined : received}
      />
      <span aria-live="polite">
        Loading {label}…{' '}
        {total === null ? megabytes(received) : `${megabytes(received)} of ${megabytes(total)}`}
      </span>
    </div>
  );
}
