import { selectLinkProblems } from '../../store/uiSelectors';
import { usePlayground } from '../../store/usePlayground';

/** Lists what was wrong with the opened link, and what was kept instead; dismissible. */
export function LinkBanner() {
  const problems = usePlayground(selectLinkProblems);
  const dismiss = usePlayground((state) => state.dismissLinkProblems);
  if (problems.length === 0) return null;
  return (
    <section className="link-banner" aria-labelledby="link-banner-title">
      <h2 id="link-banner-title">Parts of this link could not be used</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
