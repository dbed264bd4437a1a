import { useId } from 'react';
import { CSV_MAX_CHARS, CSV_MAX_ROWS } from '../../core/datasets/csv';
import type { CustomSource } from '../../core/datasets/custom';
import { groupDigits } from '../../core/util/numberText';
import { selectCsv, selectCustomData, selectOwnDataTool } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { SelectField } from '../common/SelectField';
import { DrawingPlane } from './DrawingPlane';

const TOOLS: readonly { readonly tool: CustomSource; readonly label: string }[] = [
  { tool: 'csv', label: 'Upload a file' },
  { tool: 'points', label: 'Draw points on the plane' },
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
    label: name || `column ${index + 1}`,
  }));
  return (
    <div className="csv-upload">
      <div className="field">
        <label htmlFor={inputId}>CSV file</label>
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
        A header row, numeric feature columns and one label column; up to {groupDigits(CSV_MAX_ROWS)} rows or{' '}
        {CSV_MAX_CHARS / 1024 / 1024} MB. It stays in this tab.
      </p>
      {columnOptions.length > 1 && csv && (
        <SelectField
          label="Label column"
          value={String(csv.labelColumn)}
          options={columnOptions}
          onChange={(value) => void setLabelColumn(Number(value))}
        />
      )}
      {csv?.status === 'parsing' && <p className="hint">Reading {csv.fileName}…</p>}
      {csv?.status === 'failed' && (
        <div role="alert" className="csv-error">
          <p className="field-error" data-testid="csv-error">
            {csv.fileName}: {csv.message}
          </p>
          <p className="hint">Nothing changed: the data set in use stays as it was.</p>
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
        <legend>Own data from</legend>
        {TOOLS.map((option) => (
          <label key={option.tool} className="class-option">
            <input
              type="radio"
              name="own-data-tool"
              checked={tool === option.tool}
              onChange={() => setTool(option.tool)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {tool === 'csv' ? <CsvUpload /> : <DrawingPlane />}
      <p className="hint" data-testid="own-data-in-use">
        {custom && isInUse
          ? `In use: ${custom.name}, ${groupDigits(custom.count)} rows, ${custom.numFeatures} features, ${custom.numClasses} classes.`
          : 'No own data in use yet: training uses the data set chosen before.'}
      </p>
    </div>
  );
}
