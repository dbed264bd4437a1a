import type { Finding } from '../../core/doctor/diagnose';
import { findingExplanation, findingTitle, fixLabel } from '../../core/doctor/findingText';
import type { Experiment } from '../../core/experiment/experiment';
import { t } from '../../core/i18n/translate';
import { usePlayground } from '../../store/usePlayground';

/** One finding of the doctor: its title, its evidence in words, and a button per fix of that variant. */
export function FindingView({
  finding,
  experiment,
  variantIndex,
  heading,
  isCompact = false,
}: {
  readonly finding: Finding;
  readonly experiment: Experiment;
  readonly variantIndex: number;
  /** Words before the title ("Diagnosis:"), or none. */
  readonly heading?: string;
  /** The title alone, the explanation and fixes behind a disclosure (the summary table's cells). */
  readonly isCompact?: boolean;
}) {
  const applyFix = usePlayground((state) => state.applyDoctorFix);
  const title = findingTitle(finding, experiment);
  const body = (
    <>
      <p className="finding-explanation">{findingExplanation(finding, experiment)}</p>
      {finding.fixes.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a group of buttons is what role=group names; a fieldset holds form fields.
        <div className="fix-row" role="group" aria-label={t('doctor.fixes', { title })}>
          {finding.fixes.map((fix) => (
            <button key={fix.kind} type="button" onClick={() => applyFix(variantIndex, fix)}>
              {fixLabel(fix)}
            </button>
          ))}
        </div>
      )}
    </>
  );
  return (
    <div className={`finding finding-${finding.id}`} data-finding={finding.id}>
      <p className="finding-title">
        {heading && <strong className="finding-heading">{heading}</strong>}
        {title}
      </p>
      {isCompact ? (
        <details className="finding-details">
          <summary>{t('doctor.why')}</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </div>
  );
}
