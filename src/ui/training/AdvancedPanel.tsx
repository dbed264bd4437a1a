import type { MessageKey } from '../../core/i18n/catalogue';
import { t } from '../../core/i18n/translate';
import { backendReasonText } from '../../core/run/backendReasonText';
import type { BackendPreference } from '../../core/run/types';
import { selectRun } from '../../store/runSelectors';
import { usePlayground } from '../../store/usePlayground';
import { SelectField } from '../common/SelectField';

const BACKEND_OPTIONS: readonly { readonly value: BackendPreference; readonly label: MessageKey }[] = [
  { value: 'auto', label: 'training.backend.auto' },
  { value: 'webgl', label: 'training.backend.webgl' },
  { value: 'wasm', label: 'training.backend.wasm' },
  { value: 'cpu', label: 'training.backend.cpu' },
  { value: 'js', label: 'training.backend.js' },
];

/**
 * Settings and figures for people who look under the hood: which tfjs backend trains (and a way
 * to force one), and the worker's live tensor count, which stays flat unless tensors leak.
 */
export function AdvancedPanel() {
  const run = usePlayground(selectRun);
  const preference = usePlayground((state) => state.backendPreference);
  const setBackendPreference = usePlayground((state) => state.setBackendPreference);
  const isFallback = usePlayground((state) => state.backendFallback !== null);
  const reason = run.backend ? backendReasonText(run.backendReason) : t('training.backendStarting');

  return (
    <details className="advanced-panel">
      <summary>{t('training.advanced')}</summary>
      <div className="advanced-body">
        <SelectField
          label={t('training.backend')}
          value={preference}
          options={BACKEND_OPTIONS.map((option) => ({ value: option.value, label: t(option.label) }))}
          onChange={setBackendPreference}
        />
        <dl className="advanced-figures">
          <dt>{t('training.backendInUse')}</dt>
          <dd data-testid="backend-in-use">
            {isFallback ? t('training.backendInsteadOfWebgl', { reason }) : reason}
          </dd>
          <dt>{t('training.liveTensors')}</dt>
          <dd data-testid="worker-tensor-count">{run.numTensors ?? '—'}</dd>
        </dl>
        <p className="hint">{t('training.advancedHint')}</p>
      </div>
    </details>
  );
}
