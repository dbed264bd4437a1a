import { t } from '../../core/i18n/translate';
import { type LinkProblem, linkProblemParts } from '../../core/link';
import { selectLinkProblems } from '../../store/uiSelectors';
import { usePlayground } from '../../store/usePlayground';

/** A notice in the page's words, with the keys and values the link wrote shown as code. */
function ProblemWords({ problem }: { readonly problem: LinkProblem }) {
  return linkProblemParts(problem).map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one notice never reorder
    part.isFromLink ? <code key={index}>{part.text}</code> : part.text,
  );
}

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
          <li key={JSON.stringify(problem)}>
            <ProblemWords problem={problem} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('link.dismiss')}
      </button>
    </section>
  );
}
