import { t } from '../../core/i18n/translate';
import {
  selectBackendNoticeText,
  selectRunStatus,
  selectStatusText,
  selectTrainBlocker,
} from '../../store/runSelectors';
import { usePlayground } from '../../store/usePlayground';
import { useThrottledStoreValue } from '../charts/useThrottledValue';
import { DiagnosisView } from './DiagnosisView';

/** Shortest time between two updates of the status line while runs make progress. */
const STATUS_REFRESH_MS = 250;

/** Train, Pause, Step and Reset, with the polite status line, why Train is disabled, and the doctor's diagnosis. */
export function TrainingControls() {
  const status = usePlayground(selectRunStatus);
  // Progress words change with every metrics message of every run: read aloud and redrawn 4 times
  // a second. A new status (Pausing, Paused, Training) shows at once: it answers a button.
  const statusText = useThrottledStoreValue(selectStatusText, STATUS_REFRESH_MS, 0, selectRunStatus);
  const blocker = usePlayground(selectTrainBlocker);
  const backendNotice = usePlayground(selectBackendNoticeText);
  const train = usePlayground((state) => state.train);
  const pause = usePlayground((state) => state.pause);
  const step = usePlayground((state) => state.step);
  const reset = usePlayground((state) => state.reset);
  const isTraining = status === 'training';
  const isBusy = isTraining || status === 'pausing';
  const isBlocked = blocker !== null;

  return (
    <div className="training-controls">
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={train}
          disabled={isBusy || isBlocked}
          aria-describedby={isBlocked ? 'train-blocker' : undefined}
        >
          {t('training.train')}
        </button>
        <button type="button" onClick={pause} disabled={!isTraining}>
          {t('training.pause')}
        </button>
        <button type="button" onClick={step} disabled={isBusy || isBlocked}>
          {t('training.step')}
        </button>
        <button type="button" onClick={reset}>
          {t('training.reset')}
        </button>
      </div>
      {/* Why Train is disabled takes the status line's place, so that it moves nothing below it. */}
      <p
        role="status"
        aria-live="polite"
        id={isBlocked ? 'train-blocker' : undefined}
        className={isBlocked ? 'status status-blocked' : `status status-${status}`}
        data-testid="run-status"
      >
        {blocker ?? statusText}
      </p>
      <DiagnosisView />
      {backendNotice && (
        <p className="backend-notice" data-testid="backend-notice">
          {backendNotice}
        </p>
      )}
    </div>
  );
}
