import type { TeachingTarget } from '../../core/compare/workspace';
import { usePlayground } from '../../store/usePlayground';

/** How a teacher's link treats one part of the page. */
export interface TeachingState {
  /** Not rendered at all. */
  readonly isHidden: boolean;
  /** Rendered, but every control inside is disabled. */
  readonly isLocked: boolean;
}

/** Whether the link hides or locks `target` (a part both hidden and locked is simply hidden). */
export function useTeaching(target: TeachingTarget): TeachingState {
  // Two boolean selectors rather than one object: a fresh object would re-render on every store change.
  const isHidden = usePlayground((state) => state.teaching.hidden.includes(target));
  const isLocked = usePlayground((state) => state.teaching.locked.includes(target));
  return { isHidden, isLocked: isLocked && !isHidden };
}
