import { memo } from 'react';
import { findingTitle } from '../../core/doctor/findingText';
import { t } from '../../core/i18n/translate';
import type { NotebookRow as Row } from '../../core/notebook';
import { playgroundStore } from '../../store/playgroundStore';
import { durationText, lossText, percentText, rateText, startedText, statusText } from './notebookText';

interface NotebookRowProps {
  readonly row: Row;
  readonly isSelected: boolean;
}

/** Writes a text field's value to the record when the person leaves it or presses Enter. */
function EditableText({
  value,
  label,
  className,
  placeholder,
  onCommit,
}: {
  value: string;
  label: string;
  className: string;
  placeholder?: string;
  onCommit: (value: string) => void;
}) {
  return (
    <input
      type="text"
      className={className}
      aria-label={label}
      {...(placeholder ? { placeholder } : {})}
      defaultValue={value}
      key={value}
      onBlur={(event) => {
        if (event.currentTarget.value !== value) onCommit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}

/** The doctor's worst finding in its few words, in the page's language. */
function FindingCell({ row }: { readonly row: Row }) {
  if (!row.worstFinding) return null;
  // Recorded findings keep no fixes: a title needs none, and the settings may have changed since.
  return <>{findingTitle({ ...row.worstFinding, fixes: [] }, row.experiment)}</>;
}

/** One run of the notebook: select, star, name and note, figures, settings and actions. Drawn again only when its record or selection changes. */
export const NotebookRow = memo(function NotebookRow({ row, isSelected }: NotebookRowProps) {
  const { record } = row;
  const actions = playgroundStore.getState();
  const name = record.name || startedText(record.startedAt);
  const started = startedText(record.startedAt);
  return (
    <tr className={isSelected ? 'is-selected' : undefined} data-record-id={record.id}>
      <td>
        <input
          type="checkbox"
          checked={isSelected}
          aria-label={t('notebook.selectRun', { name })}
          onChange={() => actions.toggleSelected(record.id)}
        />
      </td>
      <td>
        <button
          type="button"
          className="notebook-star"
          aria-pressed={record.isStarred}
          aria-label={t('notebook.starRun', { name })}
          onClick={() => actions.editRecord(record.id, { isStarred: !record.isStarred })}
        >
          {record.isStarred ? '★' : '☆'}
        </button>
      </td>
      <th scope="row">
        <EditableText
          value={record.name}
          label={t('notebook.nameOf', { started })}
          className="notebook-name"
          onCommit={(value) => actions.editRecord(record.id, { name: value })}
        />
        <EditableText
          value={record.note}
          label={t('notebook.noteOf', { started })}
          placeholder={t('notebook.column.note')}
          className="notebook-note"
          onCommit={(value) => actions.editRecord(record.id, { note: value })}
        />
        <span className="notebook-started">{started}</span>
      </th>
      <td className="number">{percentText(row.finalAccuracy)}</td>
      <td className="number">{percentText(row.bestAccuracy)}</td>
      <td className="number">{lossText(row.testLoss)}</td>
      <td className="number">
        {record.epochs}
        {record.status !== 'done' && <span className="notebook-status"> ({statusText(record.status)})</span>}
      </td>
      <td className="number">{durationText(record.durationMs)}</td>
      <td>{row.dataset}</td>
      <td>{row.optimizer}</td>
      <td className="number">{rateText(row.learningRate)}</td>
      <td className="number">{row.batchSize}</td>
      <td>
        <code>{row.layers}</code>
      </td>
      <td className="notebook-diagnosis">{row.worstFinding ? <FindingCell row={row} /> : '–'}</td>
      <td className="notebook-actions">
        <button
          type="button"
          aria-label={t('notebook.openRunNamed', { name })}
          onClick={() => actions.openRecord(record.id)}
        >
          {t('notebook.openRun')}
        </button>
        <button
          type="button"
          aria-label={t('notebook.duplicateNamed', { name })}
          onClick={() => actions.duplicateRecord(record.id)}
        >
          {t('notebook.duplicate')}
        </button>
        <button
          type="button"
          aria-label={t('notebook.deleteNamed', { name })}
          onClick={() => actions.deleteRecords([record.id])}
        >
          {t('notebook.delete')}
        </button>
      </td>
    </tr>
  );
});
