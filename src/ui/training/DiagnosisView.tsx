import { VARIANT_NAMES } from '../../core/compare/differences';
import { fixLabel } from '../../core/doctor/findingText';
import { t } from '../../core/i18n/translate';
import { selectIsComparing } from '../../store/comparisonSelectors';
import { selectSelectedFindings } from '../../store/doctorSelectors';
import { selectUndoableFix } from '../../store/doctorSlice';
import { usePlayground } from '../../store/usePlayground';
import { useThrottledStoreValue } from '../charts/useThrottledValue';
import { FindingView } from './FindingView';

/** The findings refresh with the status line, on the same clock. */
const DIAGNOSIS_REFRESH_MS = 250;

/** The doctor's diagnosis of the selected variant beside the status line: the worst finding, the others behind a disclosure, Undo of the last fix. */
export function DiagnosisView() {
  const findings = useThrottledStoreValue(selectSelectedFindings, DIAGNOSIS_REFRESH_MS);
  const variantIndex = usePlayground((state) => state.selectedVariant);
  const experiment = usePlayground((state) => state.experiment);
  const isComparing = usePlayground(selectIsComparing);
  const undoable = usePlayground(selectUndoableFix);
  const undo = usePlayground((state) => state.undoDoctorFix);
  const [worst, ...others] = findings;
  if (!worst && !undoable) return null;
  const heading = isComparing
    ? t('doctor.headingVariant', { variant: VARIANT_NAMES[variantIndex] ?? String(variantIndex + 1) })
    : t('doctor.heading');
  return (
    <section className="diagnosis" aria-label={t('doctor.region')} data-testid="diagnosis">
      {worst && (
        <FindingView finding={worst} experiment={experiment} variantIndex={variantIndex} heading={heading} />
      )}
      {others.length > 0 && (
        <details className="diagnosis-all">
          <summary>{t('doctor.others', { count: others.length })}</summary>
          {others.map((finding) => (
            <FindingView
              key={finding.id}
              finding={finding}
              experiment={experiment}
              variantIndex={variantIndex}
            />
          ))}
        </details>
      )}
      {undoable && (
        <button type="button" className="undo-fix" onClick={undo}>
          {t('doctor.undo', { fix: fixLabel(undoable.change) })}
        </button>
      )}
    </section>
  );
}
