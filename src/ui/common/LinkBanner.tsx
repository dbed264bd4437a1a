import { t } from '../../core/i18n/translate';
import { linkProblemText } from '../../core/link';
import { selectLinkProblems } from '../../store/uiSelectors';
import { usePlayground } from '../../store/usePlayground';

/** Lists what was wrong with the opened link, and what was kept instead, in the page's language; dismissible. */
export function LinkBanner() {
  const problems = usePlayground(selectLinkProblems);
  const dismiss = usePlayground((state) => state.dismissLinkProblems);
  if (problems.length === 0) return null;
  return (
    <section className="link-banner" aria-labelledby="link-banner-title">
      <h2 id="link-banner-title">{t('link.bannerTitle')}</h2>
      <ul>
        {problems.map((problem) => (
          // The store lists each notice once, so its content names it.
          <li key={JSON.stringify(problem)}>{linkProblemText(problem)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('link.dismiss')}
      </button>
    </section>
  );
}
