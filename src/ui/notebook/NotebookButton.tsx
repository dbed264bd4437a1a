import { t } from '../../core/i18n/translate';
import { usePlayground } from '../../store/usePlayground';

/** Opens and closes the notebook (its region loads its code the first time it opens); says when runs are kept in memory only. */
export function NotebookButton() {
  const isOpen = usePlayground((state) => state.isNotebookOpen);
  const open = usePlayground((state) => state.openNotebook);
  const close = usePlayground((state) => state.closeNotebook);
  const problem = usePlayground((state) => state.notebookProblem);
  return (
    <span className="notebook-opener">
      <button
        type="button"
        className="notebook-button"
        aria-expanded={isOpen}
        {...(isOpen ? { 'aria-controls': 'notebook' } : {})}
        onClick={() => (isOpen ? close() : open())}
      >
        {t('notebook.open')}
      </button>
      {/* Said where it shows whether the notebook is open or not: training goes on, unsaved. */}
      <span className="notice" role="status">
        {problem ? t('notebook.memoryShort') : ''}
      </span>
    </span>
  );
}
