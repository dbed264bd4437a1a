import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { VariantSummary } from '../../core/compare/summary';
import { plural, t } from '../../core/i18n/translate';
import { selectSummaryKey, selectVariantLabels, variantSummaries } from '../../store/comparisonSelectors';
import { variantFindings } from '../../store/doctorSelectors';
import { selectIsRegression } from '../../store/experimentSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { selectHistoryVersion } from '../../store/runSelectors';
import { usePlayground } from '../../store/usePlayground';
import { useThrottledStoreValue } from '../charts/useThrottledValue';
import { useTeaching } from '../common/useTeaching';
import { variantColour } from '../theme';
import { FindingView } from '../training/FindingView';
import './compare.css';

/** The table refreshes with the charts, on the same clock. */
const TABLE_REFRESH_MS = 250;

const percent = (fraction: number | null): string =>
  fraction === null ? '—' : `${(fraction * 100).toFixed(1)}%`;
const loss = (value: number | null): string =>
  value === null ? '—' : Number.isFinite(value) ? value.toFixed(4) : String(value);
const epoch = (value: number | null): string => (value === null ? '—' : String(Math.round(value)));

/** Epochs to the target; how many seeds reached it when not all did; "not yet" while training, then "not reached in N epochs". */
function epochsToTarget(summary: VariantSummary): string {
  if (summary.epochsToTarget !== null) return epoch(summary.epochsToTarget);
  if (summary.seedCount > 1 && summary.seedsAtTarget > 0)
    return t('compare.seedsAtTarget', { reached: summary.seedsAtTarget, count: summary.seedCount });
  if (!summary.isFinished) return t('compare.notYet');
  return summary.hasDiverged ? t('compare.never') : plural('compare.notReached', summary.epochs);
}

/** Whether the element's content is wider than the element, kept up to date as either is resized. */
function useIsCutSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [isCut, setIsCut] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (): void => setIsCut(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return isCut;
}

/**
 * The target accuracy in percent, typed; a value outside 1–100 is shown as a problem and not
 * applied. Part of the race's settings: a link that locks the comparison locks it too.
 */
function TargetField() {
  const inputId = useId();
  const { isLocked } = useTeaching('compare');
  const target = usePlayground((state) => state.targetAccuracy);
  const setTarget = usePlayground((state) => state.setTargetAccuracy);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(Math.round(target * 1000) / 10);
  const typed = Number(shown);
  const isValid = shown.trim() !== '' && Number.isFinite(typed) && typed >= 1 && typed <= 100;
  return (
    <span className="field inline-field">
      <label htmlFor={inputId}>{t('compare.target')}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        value={shown}
        disabled={isLocked}
        aria-invalid={!isValid}
        onChange={(event) => {
          const raw = event.target.value;
          setDraft(raw);
          const value = Number(raw);
          if (raw.trim() !== '' && Number.isFinite(value) && value >= 1 && value <= 100)
            setTarget(value / 100);
        }}
        onBlur={() => setDraft(null)}
      />
      {!isValid && (
        <span className="field-error" role="alert">
          {t('compare.targetInvalid', { target: Math.round(target * 1000) / 10 })}
        </span>
      )}
    </span>
  );
}

/** Per variant: final and best test accuracy, losses, epochs to the target, time per epoch, divergence. */
export function SummaryTable() {
  const version = useThrottledStoreValue(selectHistoryVersion, TABLE_REFRESH_MS);
  const runsKey = usePlayground(selectSummaryKey);
  const target = usePlayground((state) => state.targetAccuracy);
  const seedCount = usePlayground((state) => state.seedCount);
  const labels = usePlayground(selectVariantLabels);
  const isRegression = usePlayground(selectIsRegression);
  // biome-ignore lint/correctness/useExhaustiveDependencies: histories grow in place; version says when.
  const rows = useMemo(() => variantSummaries(playgroundStore.getState()), [runsKey, target, version]);
  const variants = usePlayground((state) => state.variants);
  // biome-ignore lint/correctness/useExhaustiveDependencies: histories grow in place; version says when.
  const findings = useMemo(
    () => variants.map((_, index) => variantFindings(playgroundStore.getState(), index)),
    [runsKey, variants, version],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const isCut = useIsCutSideways(scrollRef);
  return (
    <figure className="summary-table">
      <figcaption>
        <h3>{t('compare.summary')}</h3>
        {!isRegression && <TargetField />}
        {seedCount > 1 && (
          <span className="hint" data-testid="seed-note">
            {t('compare.seedNote', { count: seedCount })}
          </span>
        )}
      </figcaption>
      <div className="table-scroll" ref={scrollRef}>
        <table data-testid="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.column.variant')}</th>
              <th scope="col">
                {t(isRegression ? 'compare.column.finalR2' : 'compare.column.finalAccuracy')}
              </th>
              <th scope="col">{t(isRegression ? 'compare.column.bestR2' : 'compare.column.bestAccuracy')}</th>
              <th scope="col">{t('compare.column.finalTrainLoss')}</th>
              <th scope="col">{t('compare.column.finalTestLoss')}</th>
              {!isRegression && (
                <th scope="col">
                  {t('compare.column.epochsToTarget', { target: Math.round(target * 1000) / 10 })}
                </th>
              )}
              <th scope="col">{t('compare.column.msPerEpoch')}</th>
              <th scope="col">{t('compare.column.diverged')}</th>
              <th scope="col">{t('doctor.column')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={labels[index] ?? index}>
                <th scope="row">
                  <span
                    className="variant-swatch"
                    style={{ background: variantColour(index) }}
                    aria-hidden="true"
                  />
                  {labels[index]}
                </th>
                <td>{isRegression ? loss(row.finalTestAccuracy) : percent(row.finalTestAccuracy)}</td>
                <td>
                  {isRegression ? loss(row.bestTestAccuracy) : percent(row.bestTestAccuracy)}
                  {row.bestEpoch !== null && ` (${epoch(row.bestEpoch)})`}
                </td>
                <td>{loss(row.finalTrainLoss)}</td>
                <td>{loss(row.finalTestLoss)}</td>
                {!isRegression && <td>{epochsToTarget(row)}</td>}
                <td>{row.meanEpochMs === null ? '—' : row.meanEpochMs.toFixed(1)}</td>
                <td data-testid={`diverged-${index}`}>{t(row.hasDiverged ? 'compare.yes' : 'compare.no')}</td>
                <td className="diagnosis-cell" data-testid={`diagnosis-${index}`}>
                  {findings[index]?.[0] && variants[index] ? (
                    <FindingView
                      finding={findings[index][0]}
                      experiment={variants[index]}
                      variantIndex={index}
                      isCompact
                    />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isCut && (
        <p className="hint scroll-hint" data-testid="summary-scroll-hint">
          {t('compare.scrollHint')}
        </p>
      )}
    </figure>
  );
}
