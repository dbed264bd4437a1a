import { t } from '../../core/i18n/translate';
import { usePlayground } from '../../store/usePlayground';

/** Opens and closes the notebook: the region loads its code the first time it opens. */
export function NotebookButton() {
  const isOpen = usePlayground((state) => state.isNotebookOpen);
  const open = usePlayground((state) => state.openNotebook);
  const close = usePlayground((state) => state.closeNotebook);
  return (
    <button
      type="button"
      className="notebook-button"
      aria-expanded={isOpen}
      {...(isOpen ? { 'aria-controls': 'notebook' } : {})}
      onClick={() => (isOpen ? close() : open())}
    >
      {t('notebook.open')}
    </button>
  );
}
