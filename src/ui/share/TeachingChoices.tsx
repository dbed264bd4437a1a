import { useId } from 'react';
import { TEACHING_TARGETS, type TeachingTarget } from '../../core/compare/workspace';
import { usePlayground } from '../../store/usePlayground';
import { modeOf, TEACHING_MODES, TEACHING_TARGET_LABELS, withMode } from './teachingModes';

/** Shown, locked or hidden, for one part of the page. */
function TargetChoice({ target }: { readonly target: TeachingTarget }) {
  const nameId = useId();
  const teaching = usePlayground((state) => state.teaching);
  const setTeaching = usePlayground((state) => state.setTeaching);
  const current = modeOf(teaching, target);
  return (
    <div className="teaching-choice" role="radiogroup" aria-labelledby={`${nameId}-label`}>
      <span id={`${nameId}-label`} className="teaching-target">
        {TEACHING_TARGET_LABELS[target]}
      </span>
      {TEACHING_MODES.map(({ mode, label }) => (
        <label key={mode} className="teaching-mode">
          <input
            type="radio"
            name={nameId}
            value={mode}
            checked={current === mode}
            onChange={() => setTeaching(withMode(teaching, target, mode))}
          />
          {label}
        </label>
      ))}
    </div>
  );
}

/** A teacher's choices for the link: each part shown, locked or hidden; training on open; present mode. */
export function TeachingChoices() {
  const teaching = usePlayground((state) => state.teaching);
  const setTeaching = usePlayground((state) => state.setTeaching);
  return (
    <div className="teaching-choices">
      <p className="hint">
        What students see when they open the link. Anyone can change these back here: they shape the page,
        they do not secure it.
      </p>
      {TEACHING_TARGETS.map((target) => (
        <TargetChoice key={target} target={target} />
      ))}
      <label className="teaching-flag">
        <input
          type="checkbox"
          checked={teaching.autostart}
          onChange={(event) => setTeaching({ ...teaching, autostart: event.target.checked })}
        />
        Start training when the link opens
      </label>
      <label className="teaching-flag">
        <input
          type="checkbox"
          checked={teaching.present}
          onChange={(event) => setTeaching({ ...teaching, present: event.target.checked })}
        />
        Present mode: large type for a projector
      </label>
    </div>
  );
}
