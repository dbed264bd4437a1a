import { DEFAULT_TEACHING } from '../../core/compare/workspace';
import { t } from '../../core/i18n/translate';
import { usePlayground } from '../../store/usePlayground';
import { teachingSummary } from './teachingSummary';

/**
 * Says that the page was shaped by a teaching link ("Teaching link: Model and Loss hidden") and
 * offers to show everything again, so that nothing is hidden or started without a word.
 */
export function TeachingNotice() {
  const teaching = usePlayground((state) => state.teaching);
  const setTeaching = usePlayground((state) => state.setTeaching);
  const summary = teachingSummary(teaching);
  if (summary === null) return null;
  return (
    <p className="teaching-notice" data-testid="teaching-notice">
      <span>{t('share.notice', { summary })}</span>
      <button type="button" className="secondary" onClick={() => setTeaching(DEFAULT_TEACHING)}>
        {t('share.showEverything')}
      </button>
    </p>
  );
}
