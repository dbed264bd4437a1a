import { useId } from 'react';
import { t } from '../../core/i18n/translate';
import type { NumberParameterSpec } from '../../core/registries/parameters';
import { formatNumber } from '../../core/util/numberText';
import { NumberField } from '../common/NumberField';

interface LearningRateFieldProps {
  readonly spec: NumberParameterSpec;
  readonly value: number;
  readonly fieldId: string;
  readonly onCommit: (value: number) => void;
}

/** Slider positions per factor of ten: fine enough to reach 0.003 and 0.0035, coarse enough to drag. */
const STEPS_PER_DECADE = 100;

/** A value to three significant digits: what a slider position means, without float noise. */
const rounded = (value: number): number => Number(value.toPrecision(3));

/** Factor of one arrow press: about ten presses per factor of ten, rather than the slider's hundred positions. */
const ARROW_FACTOR = 1.25;

/** Factor of Page Up and Page Down: a whole order of magnitude. */
const PAGE_FACTOR = 10;

/** What a key does to the rate, as a factor (or the bound it jumps to); null for keys the slider keeps. */
function keyFactor(key: string): number | 'min' | 'max' | null {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return ARROW_FACTOR;
    case 'ArrowDown':
    case 'ArrowLeft':
      return 1 / ARROW_FACTOR;
    case 'PageUp':
      return PAGE_FACTOR;
    case 'PageDown':
      return 1 / PAGE_FACTOR;
    case 'Home':
      return 'min';
    case 'End':
      return 'max';
    default:
      return null;
  }
}

/** The rate after a key press on the slider, within the parameter's bounds; null when the key is not the slider's. */
export function rateAfterKey(key: string, value: number, min: number, max: number): number | null {
  const factor = keyFactor(key);
  if (factor === null) return null;
  if (factor === 'min') return min;
  if (factor === 'max') return max;
  return Math.min(max, Math.max(min, rounded(value * factor)));
}

/**
 * The learning rate: typed exactly in a text box, or dragged on a slider whose positions are
 * spaced by powers of ten (1e-6 to 100), since rates that matter span orders of magnitude. From
 * the keyboard an arrow multiplies or divides the rate by 1.25 and Page Up/Down by 10. Both are
 * labelled and stay in step.
 */
export function LearningRateField({ spec, value, fieldId, onCommit }: LearningRateFieldProps) {
  const sliderId = useId();
  const low = Math.log10(spec.min);
  const high = Math.log10(spec.max);
  const position = Math.min(high, Math.max(low, Math.log10(value)));
  return (
    <div className="learning-rate">
      <NumberField fieldId={fieldId} spec={spec} value={value} onCommit={onCommit} />
      <div className="field">
        <label htmlFor={sliderId}>{t('optimizer.rateSlider')}</label>
        <input
          id={sliderId}
          type="range"
          min={low}
          max={high}
          step={1 / STEPS_PER_DECADE}
          value={position}
          aria-valuetext={formatNumber(value)}
          onKeyDown={(event) => {
            const next = rateAfterKey(event.key, value, spec.min, spec.max);
            if (next === null) return;
            event.preventDefault();
            if (next !== value) onCommit(next);
          }}
          onChange={(event) => {
            const next = Math.min(spec.max, Math.max(spec.min, rounded(10 ** Number(event.target.value))));
            if (next !== value) onCommit(next);
          }}
        />
        <span className="range-ends" aria-hidden="true">
          <span>{formatNumber(spec.min)}</span>
          <span>{formatNumber(spec.max)}</span>
        </span>
      </div>
    </div>
  );
}
