import { useEffect, useState } from 'react';
import { playgroundStore } from '../../store/appStore';
import type { PlaygroundState } from '../../store/playgroundState';

/**
 * A store value, passed on to React at most once per `intervalMs` (the latest one wins, none is
 * lost at the end). It listens to the store itself: a component that subscribed to the value
 * through React would render on every change, and a race of many runs changes it about a hundred
 * times a second. Every instance sees the same store change first, so the charts still redraw
 * together. Measured: redrawing the recharts charts on every metrics message kept the main
 * thread about 70% busy and produced long tasks; four redraws a second still read as live.
 */
export function useThrottledStoreValue<T>(selector: (state: PlaygroundState) => T, intervalMs: number): T {
  const [shown, setShown] = useState(() => selector(playgroundStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastShownMs = Number.NEGATIVE_INFINITY;
    let lastShown = selector(playgroundStore.getState());
    const show = (): void => {
      timer = null;
      lastShownMs = performance.now();
      lastShown = selector(playgroundStore.getState());
      setShown(lastShown);
    };
    // The value may have moved between the first render and this subscription.
    show();
    // Compared with what was shown, not with the previous state: histories grow in place, so a
    // selector reading one gives the same answer for both states.
    const unsubscribe = playgroundStore.subscribe((state) => {
      if (timer !== null || Object.is(selector(state), lastShown)) return;
      // A gap since the last showing, not a clock tick: a late timer must not allow two in a row.
      const waitMs = lastShownMs + intervalMs - performance.now();
      if (waitMs <= 0) show();
      else timer = setTimeout(show, waitMs);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [selector, intervalMs]);
  return shown;
}
