import { useId } from 'react';
import { TEACHING_TARGETS, type TeachingOptions, type TeachingTarget } from '../../core/compare/workspace';
import { t } from '../../core/i18n/translate';
import { modeOf, TEACHING_MODES, TEACHING_TARGET_LABELS, withMode } from './teachingModes';

/** The link's teaching options and where a change to them goes (the Share panel's draft, not the page). */
interface TeachingChoicesProps {
  readonly teaching: TeachingOptions;
  readonly onChange: (teaching: TeachingOptions) => void;
}

/** Shown, locked or hidden, for one part of the page. */
function TargetChoice({
  target,
  teaching,
  onChange,
}: TeachingChoicesProps & { readonly target: TeachingTarget }) {
  const nameId = useId();
  const current = modeOf(teaching, target);
  return (
    <div className="teaching-choice" role="radiogroup" aria-labelledby={`${nameId}-label`}>
      <span id={`${nameId}-label`} className="teaching-target">
        {t(TEACHING_TARGET_LABELS[target])}
      </span>
      {TEACHING_MODES.map(({ mode, label }) => (
        <label key={mode} className="teaching-mode">
          <input
            type="radio"
            name={nameId}
            value={mode}
            checked={current === mode}
            onChange={() => onChange(withMode(teaching, target, mode))}
          />
          {t(label)}
        </label>
      ))}
    </div>
  );
}

/** A teacher's choices for the link: each part shown, locked or hidden; training on open; present mode. */
export function TeachingChoices({ teaching, onChange }: TeachingChoicesProps) {
  return (
    <div className="teaching-choices">
      <p className="hint">{t('share.intro')}</p>
      {TEACHING_TARGETS.map((target) => (
        <TargetChoice key={target} target={target} teaching={teaching} onChange={onChange} />
      ))}
      <label className="teaching-flag">
        <input
          type="checkbox"
          checked={teaching.autostart}
          onChange={(event) => onChange({ ...teaching, autostart: event.target.checked })}
        />
        {t('share.autostart')}
      </label>
      <label className="teaching-flag">
        <input
          type="checkbox"
          checked={teaching.present}
          onChange={(event) => onChange({ ...teaching, present: event.target.checked })}
        />
        {t('share.present')}
      </label>
    </div>
  );
}
