import { t } from '../../core/i18n/translate';
import { selectLinkNote } from '../../store/datasetSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { selectNotice } from '../../store/uiSelectors';
import { usePlayground } from '../../store/usePlayground';

/** Copies the address of this experiment to the clipboard, and says whether it worked. */
export function CopyLinkButton() {
  const notice = usePlayground(selectNotice);
  const setNotice = usePlayground((state) => state.setNotice);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      const linkNote = selectLinkNote(playgroundStore.getState());
      setNotice(linkNote ? t('link.copiedWithNote', { note: linkNote }) : t('link.copied'));
    } catch {
      setNotice(t('link.clipboardFailed'));
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('link.copyLink')}
      </button>
      <span className="notice" aria-live="polite">
        {notice ?? ''}
      </span>
    </div>
  );
}
