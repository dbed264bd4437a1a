import { useId } from 'react';

interface CheckboxFieldProps {
  readonly label: string;
  /** One line shown as the label's tooltip. */
  readonly help: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A labelled on/off setting. */
export function CheckboxField({ label, help, checked, onChange }: CheckboxFieldProps) {
  const inputId = useId();
  return (
    <div className="field checkbox-field">
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={inputId} title={help}>
        {label}
      </label>
    </div>
  );
}
