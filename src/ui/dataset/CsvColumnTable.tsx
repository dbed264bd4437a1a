import { useId } from 'react';
import type { CsvReading } from '../../core/datasets/csvReading';
import { type ColumnSummary, type ColumnUse, ignoredReason } from '../../core/datasets/csvTable';
import { t, textOf } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import { usePlayground } from '../../store/usePlayground';

/** Category values shown in the kind cell at most. */
const VALUES_SHOWN = 5;

/** "number", "category, 3 values: Biscoe, Dream, Torgersen", "text, 342 different values" or "empty". */
function kindText(column: ColumnSummary): string {
  switch (column.kind) {
    case 'number':
      return t('csvImport.kind.number');
    case 'category': {
      const shown = column.values.slice(0, VALUES_SHOWN).join(', ');
      const values = column.values.length > VALUES_SHOWN ? `${shown}, …` : shown;
      return t('csvImport.kind.category', { count: column.values.length, values });
    }
    case 'text':
      return t('csvImport.kind.text', { count: column.distinctCount });
    case 'empty':
      return t('csvImport.kind.empty');
  }
}

/** Every column of a file: its kind, missing count, first values and use (label, feature or ignored). */
export function CsvColumnTable({
  reading,
  fileName,
}: {
  readonly reading: CsvReading;
  readonly fileName: string;
}) {
  const change = usePlayground((state) => state.changeCsv);
  const headingId = useId();
  const { columns, settings } = reading;
  const setUse = (index: number, use: ColumnUse): void => {
    const uses = settings.uses.map((old, i) => (i === index ? use : old));
    void change({ settings: { ...settings, uses } });
  };
  return (
    <section className="csv-columns" aria-labelledby={`${headingId}`}>
      <h4 id={headingId}>{t('csvImport.table', { file: fileName, rows: groupDigits(reading.rowCount) })}</h4>
      <ul data-testid="csv-columns">
        {columns.map((column, index) => {
          const isLabel = index === settings.labelColumn;
          const use = settings.uses[index] ?? 'ignore';
          const reason = ignoredReason(column);
          const isOneHot = !isLabel && use === 'feature' && column.kind === 'category';
          return (
            <li key={column.name} data-column={column.name} className="csv-column">
              <div className="csv-column-head">
                <strong>{column.name}</strong>
                {isLabel ? (
                  <span className="csv-column-label">{t('csvImport.use.label')}</span>
                ) : (
                  column.kind !== 'empty' && (
                    <select
                      aria-label={t('csvImport.useOf', { column: column.name })}
                      value={use}
                      onChange={(event) =>
                        setUse(index, event.target.value === 'feature' ? 'feature' : 'ignore')
                      }
                    >
                      <option value="feature">{t('csvImport.use.feature')}</option>
                      <option value="ignore">{t('csvImport.use.ignore')}</option>
                    </select>
                  )
                )}
              </div>
              <dl>
                <dt>{t('csvImport.kind')}</dt>
                <dd>{kindText(column)}</dd>
                <dt>{t('csvImport.missingCount')}</dt>
                <dd>{groupDigits(column.missing)}</dd>
                {column.preview.length > 0 && (
                  <>
                    <dt>{t('csvImport.preview')}</dt>
                    <dd className="csv-preview">{column.preview.join(' · ')}</dd>
                  </>
                )}
              </dl>
              {!isLabel && use === 'ignore' && reason && <p className="hint">{textOf(reason)}</p>}
              {isOneHot && (
                <p className="hint">{t('csvImport.oneHotNote', { count: column.values.length })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
