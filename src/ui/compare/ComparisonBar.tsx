import { useId } from 'react';
import { COMPARISON_PRESETS } from '../../core/compare/presets';
import { MAX_VARIANTS, SEED_COUNT_LIMITS } from '../../core/compare/workspace';
import { t } from '../../core/i18n/translate';
import { selectIsComparing, selectVariantLabels } from '../../store/comparisonSelectors';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { useTeaching } from '../common/useTeaching';
import { variantColour } from '../theme';
import './compare.css';

const SEED_CHOICES = Array.from(
  { length: SEED_COUNT_LIMITS.max - SEED_COUNT_LIMITS.min + 1 },
  (_, index) => SEED_COUNT_LIMITS.min + index,
);

/** A drop-down of ready-made comparisons; choosing one replaces the variants. */
function PresetPicker() {
  const selectId = useId();
  const applyPreset = usePlayground((state) => state.applyComparisonPreset);
  return (
    <span className="compare-preset">
      <label htmlFor={selectId}>{t('compare.preset')}</label>
      <select
        id={selectId}
        value=""
        onChange={(event) => {
          if (event.target.value !== '') applyPreset(event.target.value);
        }}
      >
        <option value="">{t('compare.choose')}</option>
        {COMPARISON_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t(preset.label)}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The variant tabs: which variant the panels edit, each removable, and one more to add. A link
 * that locks the comparison locks adding and removing only: choosing which variant the panels
 * show edits nothing, and a panel left open by the link may be meant for variant B.
 */
function VariantTabs({ isLocked }: { readonly isLocked: boolean }) {
  const labels = usePlayground(selectVariantLabels);
  const isFull = labels.length >= MAX_VARIANTS;
  const selected = usePlayground((state) => state.selectedVariant);
  const selectVariant = usePlayground((state) => state.selectVariant);
  const removeVariant = usePlayground((state) => state.removeVariant);
  const addVariant = usePlayground((state) => state.addVariant);
  return (
    <fieldset className="variant-tabs">
      <legend className="visually-hidden">{t('compare.variants')}</legend>
      {labels.map((label, index) => (
        <span
          key={label.slice(0, 1)}
          className={`variant-tab${index === selected ? ' selected' : ''}`}
          style={{ borderColor: variantColour(index) }}
        >
          <button
            type="button"
            aria-pressed={index === selected}
            onClick={() => selectVariant(index)}
            data-testid={`variant-${index}`}
          >
            <span
              className="variant-swatch"
              style={{ background: variantColour(index) }}
              aria-hidden="true"
            />
            {label}
          </button>
          <button
            type="button"
            className="variant-remove"
            aria-label={t('compare.remove', { variant: label })}
            title={t('compare.removeHelp')}
            disabled={isLocked}
            onClick={() => removeVariant(index)}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        onClick={addVariant}
        disabled={isLocked || isFull}
        aria-describedby={isFull ? 'add-variant-reason' : undefined}
      >
        {t('compare.add')}
      </button>
      {isFull && (
        <span id="add-variant-reason" className="hint">
          {t('compare.full', { max: MAX_VARIANTS })}
        </span>
      )}
    </fieldset>
  );
}

/**
 * Comparison controls above the panels: Compare and ready-made races when there is one
 * experiment; during a race, the variant tabs, the seed count and a way back to one experiment.
 */
export function ComparisonBar() {
  const seedsId = useId();
  const isComparing = usePlayground(selectIsComparing);
  const selectedName = usePlayground((state) => String.fromCharCode(65 + state.selectedVariant));
  const seedCount = usePlayground((state) => state.seedCount);
  const startComparison = usePlayground((state) => state.startComparison);
  const endComparison = usePlayground((state) => state.endComparison);
  const setSeedCount = usePlayground((state) => state.setSeedCount);
  const { isLocked } = useTeaching('compare');
  // The variant's letter stands out in bold wherever the language puts it in the sentence.
  const [editingBefore = '', editingAfter = ''] = t('compare.editing', { variant: '\u0000' }).split('\u0000');

  if (!isComparing) {
    return (
      <section className="compare-bar" aria-label={t('compare.region')}>
        <Lockable target="compare">
          <button type="button" className="compare-start" onClick={startComparison}>
            {t('compare.start')}
          </button>
          <span className="hint">{t('compare.startHint')}</span>
          <PresetPicker />
        </Lockable>
      </section>
    );
  }
  return (
    <section className="compare-bar comparing" aria-label={t('compare.region')}>
      <VariantTabs isLocked={isLocked} />
      <Lockable target="compare">
        <div className="compare-settings">
          <span className="compare-seeds">
            <label htmlFor={seedsId} title={t('compare.seedsHelp')}>
              {t('compare.seeds')}
            </label>
            <select
              id={seedsId}
              value={seedCount}
              onChange={(event) => setSeedCount(Number(event.target.value))}
            >
              {SEED_CHOICES.map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </span>
          <PresetPicker />
          <button type="button" onClick={endComparison}>
            {t('compare.keepOnly', { variant: selectedName })}
          </button>
        </div>
        <p className="hint compare-editing">
          {editingBefore}
          <strong>{selectedName}</strong>
          {editingAfter}
        </p>
      </Lockable>
    </section>
  );
}
