import { t, textOf } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import type { CsvChoice } from '../../store/datasetSlice';

/** What reading a file did (rows used, dropped, filled; one-hot columns), or every problem found. */
export function CsvOutcome({ csv }: { readonly csv: CsvChoice }) {
  if (csv.status === 'failed' && csv.problemCount > 0) {
    const [only] = csv.problems;
    if (csv.problemCount === 1 && only) {
      return (
        <div role="alert" className="csv-error">
          <p className="field-error" data-testid="csv-error">
            {t('dataset.csv.failed', { file: csv.fileName, message: textOf(only) })}
          </p>
          <p className="hint">{t('dataset.csv.nothingChanged')}</p>
        </div>
      );
    }
    const more = csv.problemCount - csv.problems.length;
    return (
      <div role="alert" className="csv-error">
        <p className="field-error" data-testid="csv-error">
          {t('csvImport.problems', { file: csv.fileName, count: groupDigits(csv.problemCount) })}
        </p>
        <ul className="csv-problems" data-testid="csv-problems">
          {csv.problems.map((problem, index) => (
            // Problems have no identity of their own; their order is the file's.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, replaced as a whole
            <li key={index}>{textOf(problem)}</li>
          ))}
        </ul>
        {more > 0 && <p className="hint">{t('csvImport.moreProblems', { count: groupDigits(more) })}</p>}
        <p className="hint">{t('dataset.csv.nothingChanged')}</p>
      </div>
    );
  }
  const outcome = csv.status === 'loaded' ? csv.reading?.outcome : undefined;
  if (!outcome?.ok) return null;
  const { report, dataset } = outcome;
  return (
    <ul className="csv-report" data-testid="csv-report">
      <li>
        {t('csvImport.report.used', {
          used: groupDigits(report.rowsUsed),
          read: groupDigits(report.rowsRead),
          features: dataset.numFeatures,
        })}
      </li>
      {report.rowsWithoutLabel > 0 && (
        <li>{t('csvImport.report.withoutLabel', { count: groupDigits(report.rowsWithoutLabel) })}</li>
      )}
      {report.rowsDropped > 0 && (
        <li>{t('csvImport.report.dropped', { count: groupDigits(report.rowsDropped) })}</li>
      )}
      {report.cellsFilled > 0 && (
        <li>
          {t('csvImport.report.filled', {
            cells: groupDigits(report.cellsFilled),
            rows: groupDigits(report.rowsFilled),
          })}
        </li>
      )}
      {report.oneHot.map((entry) => (
        <li key={entry.column}>
          {t('csvImport.report.oneHot', { column: entry.column, count: entry.added })}
        </li>
      ))}
    </ul>
  );
}
