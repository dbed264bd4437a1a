import { useEffect, useId, useState } from 'react';
import { type ValidationContext, validateNumberField } from '../../core/experiment/validation';
import { t } from '../../core/i18n/translate';
import type { NumberParameterSpec } from '../../core/registries/parameters';
import { playgroundStore } from '../../store/playgroundStore';

interface NumberFieldProps {
  /** Identifies the field's error in the store, e.g. 'training.batchSize'. */
  readonly fieldId: string;
  readonly spec: NumberParameterSpec;
  /** The label in words when it says more than the spec's ("Units, layer 2"). */
  readonly label?: string;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly isDisabled?: boolean;
  /** Outside facts that bound the value (the training-set size bounds the batch size). */
  readonly context?: ValidationContext;
}

/**
 * A labelled number entry that keeps what the person typed: a valid value is committed at once,
 * an invalid one stays in the box with a message beside it while the experiment keeps its last
 * valid value (so nothing entered elsewhere is lost).
 */
export function NumberField({
  fieldId,
  spec,
  label = t(spec.label),
  value,
  onCommit,
  isDisabled = false,
  context,
}: NumberFieldProps) {
  const inputId = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (a link, a reset, clamping) unless the box holds an unfinished edit.
  useEffect(() => {
    setDraft((current) => (error === null && Number(current) !== value ? String(value) : current));
  }, [value, error]);

  useEffect(() => () => playgroundStore.getState().setFieldError(fieldId, null), [fieldId]);

  const handleChange = (raw: string): void => {
    setDraft(raw);
    const result = validateNumberField(spec, raw, context, label);
    if ('error' in result) {
      setError(result.error);
      playgroundStore.getState().setFieldError(fieldId, result.error);
      return;
    }
    setError(null);
    playgroundStore.getState().setFieldError(fieldId, null);
    if (result.value !== value) onCommit(result.value);
  };

  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId} title={t(spec.help)}>
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode={spec.isInteger ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={draft}
        disabled={isDisabled}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => handleChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
