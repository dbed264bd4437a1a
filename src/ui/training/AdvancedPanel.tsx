import type { BackendPreference } from '../../core/run/types';
import { selectRun } from '../../store/runSelectors';
import { usePlayground } from '../../store/usePlayground';
import { SelectField } from '../common/SelectField';

const BACKEND_OPTIONS: readonly { readonly value: BackendPreference; readonly label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'webgl', label: 'WebGL (GPU)' },
  { value: 'wasm', label: 'WebAssembly' },
  { value: 'cpu', label: 'tfjs CPU (plain JavaScript)' },
  { value: 'js', label: 'Own JavaScript engine (dense networks)' },
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

  return (
    <details className="advanced-panel">
      <summary>Advanced</summary>
      <div className="advanced-body">
        <SelectField
          label="Backend"
          value={preference}
          options={BACKEND_OPTIONS}
          onChange={setBackendPreference}
        />
        <dl className="advanced-figures">
          <dt>Backend in use</dt>
          <dd data-testid="backend-in-use">
            {run.backend ? run.backendReason : 'starting…'}
            {isFallback && ' (instead of WebGL, which stopped working)'}
          </dd>
          <dt>Live tensors in the worker</dt>
          <dd data-testid="worker-tensor-count">{run.numTensors ?? '—'}</dd>
        </dl>
        <p className="hint">
          Changing the backend restarts the run. The tensor count is the worker's after the latest epochs: it
          stays flat while training unless tensors leak.
        </p>
      </div>
    </details>
  );
}
