import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { MessageKey } from '../../core/i18n/catalogue';
import { t, textOf } from '../../core/i18n/translate';
import {
  DEFAULT_NOTEBOOK_SORT,
  filterRows,
  NOTEBOOK_COLUMNS,
  type NotebookColumn,
  type NotebookSort,
  rowOf,
  sortRows,
} from '../../core/notebook';
import { usePlayground } from '../../store/usePlayground';
import { NotebookExchange } from './NotebookExchange';
import { NotebookRow } from './NotebookRow';
import { bytesText } from './notebookText';
import { SettingsDiff } from './SettingsDiff';
import './notebook.css';

/** Columns whose values are figures: right-aligned, and sorted largest first on the first click. */
const NUMERIC: ReadonlySet<NotebookColumn> = new Set([
  'finalAccuracy',
  'bestAccuracy',
  'testLoss',
  'epochs',
  'time',
  'learningRate',
  'batchSize',
]);

/** Where the records are kept and how much room they take, or why they are in memory only. */
function StorageLine() {
  const problem = usePlayground((state) => state.notebookProblem);
  const usage = usePlayground((state) => state.notebookUsage);
  if (problem)
    return (
      <p className="notebook-problem" role="alert">
        {textOf(problem)}
      </p>
    );
  return (
    <p className="hint notebook-usage">
      {usage
        ? t('notebook.usage', { used: bytesText(usage.usedBytes), quota: bytesText(usage.quotaBytes) })
        : t('notebook.usageUnknown')}
    </p>
  );
}

/** After a deletion: what went, and Undo. */
function UndoLine() {
  const undo = usePlayground((state) => state.notebookUndo);
  const undoDelete = usePlayground((state) => state.undoDelete);
  return (
    <div className="notebook-undo" aria-live="polite">
      {undo && (
        <>
          <span>
            {undo.length === 1
              ? t('notebook.deletedOne', { name: undo[0]?.name ?? '' })
              : t('notebook.deletedMany', { count: undo.length })}
          </span>{' '}
          <button type="button" onClick={undoDelete}>
            {t('notebook.undo')}
          </button>
        </>
      )}
    </div>
  );
}

/** Clear all, asking first. */
function ClearAll({ count }: { readonly count: number }) {
  const [isAsking, setIsAsking] = useState(false);
  const clear = usePlayground((state) => state.clearNotebook);
  if (!isAsking)
    return (
      <button type="button" disabled={count === 0} onClick={() => setIsAsking(true)}>
        {t('notebook.clearAll')}
      </button>
    );
  return (
    <span className="notebook-confirm" role="alert">
      <span>{t('notebook.clearConfirm', { count })}</span>{' '}
      <button
        type="button"
        className="danger"
        onClick={() => {
          clear();
          setIsAsking(false);
        }}
      >
        {t('notebook.clearYes')}
      </button>{' '}
      <button type="button" onClick={() => setIsAsking(false)}>
        {t('notebook.cancel')}
      </button>
    </span>
  );
}

/** A column header that sorts by its column: a first click sorts figures largest first and words A to Z, the next reverses. */
function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: NotebookColumn;
  sort: NotebookSort;
  onSort: (sort: NotebookSort) => void;
}) {
  const isSorted = sort.column === column;
  const label = t(`notebook.column.${column}` as MessageKey);
  const arrow = isSorted ? (sort.isDescending ? ' ▼' : ' ▲') : '';
  return (
    <th
      scope="col"
      className={NUMERIC.has(column) ? 'number' : undefined}
      aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ column, isDescending: isSorted ? !sort.isDescending : NUMERIC.has(column) })}
      >
        {label}
        <span aria-hidden="true">{arrow}</span>
      </button>
    </th>
  );
}

/**
 * The notebook: every recorded run in a table sortable by each column, filters, the settings that
 * differ between the selected runs (which the charts also draw), and the storage it lives in.
 * Loaded as a chunk of its own the first time it opens: closed, it costs nothing.
 */
export default function NotebookPanel() {
  const headingId = useId();
  const records = usePlayground((state) => state.notebookRecords);
  const isLoaded = usePlayground((state) => state.isNotebookLoaded);
  const selection = usePlayground((state) => state.notebookSelection);
  const close = usePlayground((state) => state.closeNotebook);
  const [sort, setSort] = useState<NotebookSort>(DEFAULT_NOTEBOOK_SORT);
  const [text, setText] = useState('');
  const [isStarredOnly, setIsStarredOnly] = useState(false);
  // Typing stays quick with many runs: the table follows the filter a moment later.
  const filterText = useDeferredValue(text);
  const rows = useMemo(() => records.map(rowOf), [records]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, { text: filterText, isStarredOnly }), sort),
    [rows, filterText, isStarredOnly, sort],
  );
  const selected = new Set(selection);
  return (
    <section id="notebook" className="panel notebook-panel" aria-labelledby={headingId} tabIndex={-1}>
      <div className="notebook-heading">
        <h2 id={headingId}>{t('notebook.title')}</h2>
        <button type="button" onClick={close}>
          {t('notebook.close')}
        </button>
      </div>
      <p className="hint">{t('notebook.intro')}</p>
      <StorageLine />
      <NotebookExchange />
      <div className="notebook-toolbar">
        <label className="notebook-filter">
          {t('notebook.filter')}{' '}
          <input
            type="search"
            value={text}
            placeholder={t('notebook.filterPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label className="notebook-starred">
          <input
            type="checkbox"
            checked={isStarredOnly}
            onChange={(event) => setIsStarredOnly(event.target.checked)}
          />{' '}
          {t('notebook.starredOnly')}
        </label>
        <span className="hint" data-testid="notebook-count">
          {t('notebook.count', { shown: shown.length, total: records.length })}
        </span>
        <ClearAll count={records.length} />
      </div>
      <UndoLine />
      {!isLoaded && records.length === 0 ? (
        <p className="hint">{t('notebook.loading')}</p>
      ) : records.length === 0 ? (
        <p className="hint">{t('notebook.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="hint">{t('notebook.noMatch')}</p>
      ) : (
        <div className="table-scroll notebook-table-scroll">
          <table className="notebook-table" data-testid="notebook-table">
            <caption className="visually-hidden">{t('notebook.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notebook.column.select')}</th>
                <th scope="col">{t('notebook.column.star')}</th>
                {NOTEBOOK_COLUMNS.map((column) => (
                  <SortHeader key={column} column={column} sort={sort} onSort={setSort} />
                ))}
                <th scope="col">{t('notebook.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <NotebookRow key={row.record.id} row={row} isSelected={selected.has(row.record.id)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">{t('notebook.overlayHint')}</p>
      <SettingsDiff />
    </section>
  );
}
