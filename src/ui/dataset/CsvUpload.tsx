import { useId } from 'react';
import { CSV_MAX_CHARS, CSV_MAX_ROWS } from '../../core/datasets/csv';
import {
  CSV_SEPARATORS,
  type CsvSeparator,
  DECIMAL_MARKS,
  type DecimalMark,
} from '../../core/datasets/csvDialect';
import type { CsvReading } from '../../core/datasets/csvReading';
import type { MissingPolicy } from '../../core/datasets/csvTable';
import type { MessageKey } from '../../core/i18n/catalogue';
import { t, textOf } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import { selectCsv } from '../../store/datasetSelectors';
import type { CsvChoice } from '../../store/datasetSlice';
import { usePlayground } from '../../store/usePlayground';
import { SelectField } from '../common/SelectField';
import { CsvColumnTable } from './CsvColumnTable';
import { CsvOutcome } from './CsvOutcome';

const SEPARATOR_WORDS: Record<CsvSeparator, { readonly option: MessageKey; readonly phrase: MessageKey }> = {
  ',': { option: 'csvImport.separator.comma', phrase: 'csvImport.separated.comma' },
  ';': { option: 'csvImport.separator.semicolon', phrase: 'csvImport.separated.semicolon' },
  '\t': { option: 'csvImport.separator.tab', phrase: 'csvImport.separated.tab' },
  '|': { option: 'csvImport.separator.pipe', phrase: 'csvImport.separated.pipe' },
};
const DECIMAL_WORDS: Record<DecimalMark, { readonly option: MessageKey; readonly phrase: MessageKey }> = {
  '.': { option: 'csvImport.decimalMark.dot', phrase: 'csvImport.decimals.dot' },
  ',': { option: 'csvImport.decimalMark.comma', phrase: 'csvImport.decimals.comma' },
};
const MISSING_WORDS: Record<MissingPolicy, MessageKey> = {
  drop: 'csvImport.missing.drop',
  fill: 'csvImport.missing.fill',
};

/** "Detected: semicolon-separated, decimal commas.", or what is used when the person chose otherwise. */
function dialectSentence(reading: CsvReading): string {
  const { detected, dialect } = reading;
  const separator = t(SEPARATOR_WORDS[dialect.separator].phrase);
  const decimal = t(DECIMAL_WORDS[dialect.decimalMark].phrase);
  if (detected.separator === dialect.separator && detected.decimalMark === dialect.decimalMark) {
    return t('csvImport.detected', { separator, decimal });
  }
  return t('csvImport.readAs', {
    separator,
    decimal,
    detectedSeparator: t(SEPARATOR_WORDS[detected.separator].phrase),
    detectedDecimal: t(DECIMAL_WORDS[detected.decimalMark].phrase),
  });
}

/** The dialect and missing-value choices, the label drop-down and the column table of a file read. */
function CsvChoices({ csv, reading }: { readonly csv: CsvChoice; readonly reading: CsvReading }) {
  const change = usePlayground((state) => state.changeCsv);
  const labelInUse = reading.columns[reading.settings.labelColumn]?.name ?? '';
  const setLabelColumn = usePlayground((state) => state.setCsvLabelColumn);
  const { settings, dialect, columns } = reading;
  return (
    <>
      <p className="hint" data-testid="csv-dialect">
        {dialectSentence(reading)}
      </p>
      <div className="csv-choices">
        <SelectField
          label={t('csvImport.separator')}
          value={dialect.separator}
          options={CSV_SEPARATORS.map((value) => ({ value, label: t(SEPARATOR_WORDS[value].option) }))}
          onChange={(separator) => void change({ dialect: { ...dialect, separator } })}
        />
        <SelectField
          label={t('csvImport.decimalMark')}
          value={dialect.decimalMark}
          options={DECIMAL_MARKS.map((value) => ({ value, label: t(DECIMAL_WORDS[value].option) }))}
          onChange={(decimalMark) => void change({ dialect: { ...dialect, decimalMark } })}
        />
      </div>
      {columns.length > 1 && (
        <>
          <SelectField
            label={t('dataset.csv.labelColumn')}
            value={String(settings.labelColumn)}
            options={columns.map((column, index) => ({ value: String(index), label: column.name }))}
            onChange={(value) => void setLabelColumn(Number(value))}
          />
          {csv.refusal && (
            <p role="alert" className="field-error" data-testid="csv-label-refused">
              {t('csvImport.label.refused', { reason: textOf(csv.refusal), label: `'${labelInUse}'` })}
            </p>
          )}
          <SelectField
            label={t('csvImport.missing')}
            value={settings.missing}
            options={(['drop', 'fill'] as const).map((value) => ({ value, label: t(MISSING_WORDS[value]) }))}
            onChange={(missing) => void change({ settings: { ...settings, missing } })}
          />
          <p className="hint">{t('csvImport.missingNote')}</p>
          <CsvColumnTable reading={reading} fileName={csv.fileName} />
        </>
      )}
    </>
  );
}

/** The CSV file input, what was detected, the person's choices and the outcome. */
export function CsvUpload() {
  const csv = usePlayground(selectCsv);
  const chooseFile = usePlayground((state) => state.chooseCsvFile);
  const inputId = useId();
  const helpId = useId();
  return (
    <div className="csv-upload">
      <div className="field">
        <label htmlFor={inputId}>{t('dataset.csv.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          aria-describedby={helpId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void chooseFile(file, file.name);
          }}
        />
      </div>
      <p id={helpId} className="hint">
        {t('csvImport.help', { rows: groupDigits(CSV_MAX_ROWS), megabytes: CSV_MAX_CHARS / 1024 / 1024 })}
      </p>
      {csv?.status === 'reading' && (
        <p className="hint" role="status" data-testid="csv-progress">
          {t('csvImport.progress', { file: csv.fileName, percent: Math.round((csv.progress ?? 0) * 100) })}
        </p>
      )}
      {csv?.message && (
        <div role="alert" className="csv-error">
          <p className="field-error" data-testid="csv-error">
            {t('dataset.csv.failed', { file: csv.fileName, message: textOf(csv.message) })}
          </p>
          <p className="hint">{t('dataset.csv.nothingChanged')}</p>
        </div>
      )}
      {csv?.status === 'failed' && <CsvOutcome csv={csv} />}
      {csv?.reading && <CsvChoices csv={csv} reading={csv.reading} />}
      {csv?.status === 'loaded' && <CsvOutcome csv={csv} />}
    </div>
  );
}
