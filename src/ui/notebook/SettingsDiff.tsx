import { useShallow } from 'zustand/react/shallow';
import { t } from '../../core/i18n/translate';
import { settingsDiff } from '../../core/notebook';
import { selectedRecords } from '../../store/notebookSelectors';
import { usePlayground } from '../../store/usePlayground';

/** The link keys whose values differ between the selected runs, one row each, one column per run. */
export function SettingsDiff() {
  const records = usePlayground(useShallow(selectedRecords));
  if (records.length < 2) return <p className="hint">{t('notebook.diffHint')}</p>;
  const differences = settingsDiff(records.map((record) => record.link));
  return (
    <div className="notebook-diff">
      <h3>{t('notebook.diffTitle')}</h3>
      {differences.length === 0 ? (
        <p>{t('notebook.diffSame')}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="notebook-diff">
            <thead>
              <tr>
                <th scope="col">{t('notebook.diffKey')}</th>
                {records.map((record) => (
                  <th scope="col" key={record.id}>
                    {record.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {differences.map((difference) => (
                <tr key={difference.key}>
                  <th scope="row">
                    <code>{difference.key}</code>
                  </th>
                  {difference.values.map((value, index) => (
                    <td key={records[index]?.id ?? index}>{value || '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
