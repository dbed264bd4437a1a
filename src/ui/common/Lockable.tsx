import type { ReactNode } from 'react';
import type { TeachingTarget } from '../../core/compare/workspace';
import { t } from '../../core/i18n/translate';
import { useTeaching } from './useTeaching';
import './teaching.css';

/**
 * Disables every control inside when a teacher's link locks `target`, and says so. A disabled
 * fieldset reaches every input, select and button however deep, and leaves text and explainers
 * readable. It is always rendered, locked or not, so that a change of lock keeps the fields' state.
 */
export function Lockable({
  target,
  children,
}: {
  readonly target: TeachingTarget;
  readonly children: ReactNode;
}) {
  const { isLocked } = useTeaching(target);
  return (
    <fieldset className={isLocked ? 'lockable is-locked' : 'lockable'} disabled={isLocked}>
      {isLocked && <p className="locked-note">{t('link.lockedByLink')}</p>}
      {children}
    </fieldset>
  );
}
