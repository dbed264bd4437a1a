import { useId } from 'react';
import { CSV_MAX_CHARS, CSV_MAX_ROWS } from '../../core/datasets/csv';
import type { CustomSource } from '../../core/datasets/custom';
import type { MessageKey } from '../../core/i18n/catalogue';
import { t, textOf } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import { selectCsv, selectCustomData, selectOwnDataTool } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { SelectField } from '../common/SelectField';
import { DrawingPlane } from './DrawingPlane';

const TOOLS: readonly { readonly tool: CustomSource; readonly label: MessageKey }[] = [
  { tool: 'csv', label: 'dataset.own.toolCsv' },
  { tool: 'points', label: 'dataset.own.toolPoints' },
];

/** The CSV file input, the label-column choice and the parser's verdict. */
function CsvUpload() {
  const csv = usePlayground(selectCsv);
  const chooseFile = usePlayground((state) => state.chooseCsvFile);
  const setLabelColumn = usePlayground((state) => state.setCsvLabelColumn);
  const inputId = useId();
  const helpId = useId();
  const columnOptions = (csv?.columns ?? []).map((name, index) => ({
    value: String(index),
    label: name || t('dataset.csv.columnNumber', { index: index + 1 }),
  }));
  return (
    <div className="csv-upload">
      <div className="field">
        <label htmlFor={inputId}>{t('dataset.csv.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={helpId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void chooseFile(file, file.name);
          }}
        />
      </div>
      <p id={helpId} className="hint">
        {t('dataset.csv.help', { rows: groupDigits(CSV_MAX_ROWS), megabytes: CSV_MAX_CHARS / 1024 / 1024 })}
      </p>
      {columnOptions.length > 1 && csv && (
        <SelectField
          label={t('dataset.csv.labelColumn')}
          value={String(csv.labelColumn)}
          options={columnOptions}
          onChange={(value) => void setLabelColumn(Number(value))}
        />
      )}
      {csv?.status === 'parsing' && (
        <p className="hint">{t('dataset.csv.reading', { file: csv.fileName })}</p>
      )}
      {csv?.status === 'failed' && (
        <div role="alert" className="csv-error">
          <p className="field-error" data-testid="csv-error">
            {t('dataset.csv.failed', {
              file: csv.fileName,
              message: csv.message ? textOf(csv.message) : '',
            })}
          </p>
          <p className="hint">{t('dataset.csv.nothingChanged')}</p>
        </div>
      )}
    </div>
  );
}

/** Own data: an uploaded CSV or points drawn on the plane, and which of them is in use. */
export function OwnData() {
  const tool = usePlayground(selectOwnDataTool);
  const setTool = usePlayground((state) => state.setOwnDataTool);
  const custom = usePlayground(selectCustomData);
  const isInUse = usePlayground((state) => state.experiment.dataset.id === 'custom');
  return (
    <div className="own-data">
      <fieldset className="radio-group tool-choice">
        <legend>{t('dataset.own.from')}</legend>
        {TOOLS.map((option) => (
          <label key={option.tool} className="class-option">
            <input
              type="radio"
              name="own-data-tool"
              checked={tool === option.tool}
              onChange={() => setTool(option.tool)}
            />
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      {tool === 'csv' ? <CsvUpload /> : <DrawingPlane />}
      <p className="hint" data-testid="own-data-in-use">
        {custom && isInUse
          ? t('dataset.own.inUse', {
              // Drawn points carry an English name made with the data; the page names them in its language.
              name: custom.source === 'points' ? t('dataset.own.drawnName') : custom.name,
              rows: groupDigits(custom.count),
              features: custom.numFeatures,
              classes: custom.numClasses,
            })
          : t('dataset.own.none')}
      </p>
    </div>
  );
}
