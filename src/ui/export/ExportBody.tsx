import { useEffect } from 'react';
import type { MessageKey } from '../../core/i18n/catalogue';
import { t, textOf } from '../../core/i18n/translate';
import { EXPORT_FILE_NAMES, EXPORT_FORMATS, type ExportFormat } from '../../core/run/exportFormat';
import { selectIsComparing } from '../../store/comparisonSelectors';
import { usePlayground } from '../../store/usePlayground';
import { downloadFiles } from './downloadFiles';
import './export.css';

/** Each format's button and the line under it. */
const FORMAT_WORDS: Readonly<
  Record<ExportFormat, { readonly label: MessageKey; readonly help: MessageKey }>
> = {
  model: { label: 'export.model', help: 'export.modelHelp' },
  weights: { label: 'export.weights', help: 'export.weightsHelp' },
  data: { label: 'export.data', help: 'export.dataHelp' },
  pytorch: { label: 'export.pytorch', help: 'export.pytorchHelp' },
};

/** Code, not words: the same in every language. */
const JS_SNIPPET = `import * as tf from '@tensorflow/tfjs';

const model = await tf.loadLayersModel('${EXPORT_FILE_NAMES.modelJson}');
const example = tf.zeros([1, ...model.inputs[0].shape.slice(1)]);
model.predict(example).print();`;

const PYTHON_COMMAND = `python3 ${EXPORT_FILE_NAMES.pytorchScript} --data ${EXPORT_FILE_NAMES.dataCsv} --weights ${EXPORT_FILE_NAMES.weightsJson}`;

/** The export section's content: four downloads of the selected run, what happened, and how to use the files. */
export function ExportBody() {
  const run = usePlayground((state) => state.runs[0]);
  const isComparing = usePlayground(selectIsComparing);
  const status = usePlayground((state) => state.exportStatus);
  const delivery = usePlayground((state) => state.exportDelivery);
  const requestExport = usePlayground((state) => state.requestExport);
  const exportDelivered = usePlayground((state) => state.exportDelivered);

  useEffect(() => {
    if (!delivery) return;
    const refusal = downloadFiles(delivery.files);
    exportDelivered(refusal === null ? { names: delivery.files.map((file) => file.name) } : { refusal });
  }, [delivery, exportDelivered]);

  const isTraining = run?.status === 'training' || run?.status === 'pausing';
  const isLoaded = run !== undefined && run.parameterCount !== null && run.status !== 'failed';
  const isPreparing = status?.phase === 'preparing' && status.runId === run?.runId;
  const canExport = isLoaded && !isTraining && !isPreparing;
  const statusText =
    status === null
      ? ''
      : status.phase === 'preparing'
        ? t('export.preparing', { name: t(FORMAT_WORDS[status.format].label) })
        : status.phase === 'done'
          ? t('export.done', { names: status.names.join(', ') })
          : textOf(status.message);

  return (
    <div className="export-body">
      <p className="hint">
        {t('export.intro', { epoch: run?.epoch ?? 0 })}
        {isComparing && ` ${t('export.introRace')}`}
      </p>
      <ul className="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button type="button" disabled={!canExport} onClick={() => requestExport(format)}>
              {t(FORMAT_WORDS[format].label)}
            </button>
            <span className="hint">{t(FORMAT_WORDS[format].help)}</span>
          </li>
        ))}
      </ul>
      {!isLoaded && <p className="hint">{t('export.noRun')}</p>}
      {isTraining && <p className="hint">{t('export.waitTraining')}</p>}
      <p
        className={status?.phase === 'failed' ? 'export-status error' : 'export-status'}
        role="status"
        aria-live="polite"
        data-testid="export-status"
      >
        {statusText}
      </p>
      <h4>{t('export.snippetTitle')}</h4>
      <p className="hint">{t('export.snippetHint')}</p>
      <pre className="export-code">
        <code>{JS_SNIPPET}</code>
      </pre>
      <h4>{t('export.pythonTitle')}</h4>
      <p className="hint">{t('export.pythonHint')}</p>
      <pre className="export-code">
        <code>{PYTHON_COMMAND}</code>
      </pre>
    </div>
  );
}
