import { useEffect } from 'react';
import { usePlayground } from '../../store/usePlayground';

/** The class on the root element in present mode: rem-based sizes all grow with the root's type. */
export const PRESENT_MODE_CLASS = 'present-mode';

/** Puts the page in present mode (large type for a projector) while the teaching options ask for it. */
export function usePresentMode(): void {
  const isPresent = usePlayground((state) => state.teaching.present);
  useEffect(() => {
    document.documentElement.classList.toggle(PRESENT_MODE_CLASS, isPresent);
  }, [isPresent]);
}
