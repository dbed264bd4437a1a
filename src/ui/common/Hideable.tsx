import type { ReactNode } from 'react';
import type { TeachingTarget } from '../../core/compare/workspace';
import { useTeaching } from './useTeaching';

/** Renders its children unless a teacher's link hides `target`. */
export function Hideable({
  target,
  children,
}: {
  readonly target: TeachingTarget;
  readonly children: ReactNode;
}) {
  const { isHidden } = useTeaching(target);
  return isHidden ? null : children;
}
