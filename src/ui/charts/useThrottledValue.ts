import { useEffect, useState } from 'react';
import { startThrottle } from '../../core/chart/throttle';
import type { PlaygroundState } from '../../store/playgroundState';
import { playgroundStore } from '../../store/playgroundStore';

/**
 * A store value, passed on to React at most once per `intervalMs` (the latest one wins, none is
 * lost at the end), `phaseMs` after the instances without a phase, and at once when what
 * `urgentSelector` reads changes. It listens to the store
 * itself: a component that subscribed to the value through React would render on every change,
 * and a race of many runs changes it many times a second. Redrawing the charts on every metrics
 * message kept the main thread busy and made long tasks (see docs/decisions/charts.md).
 */
export function useThrottledStoreValue<T>(
  selector: (state: PlaygroundState) => T,
  intervalMs: number,
  phaseMs = 0,
  urgentSelector?: (state: PlaygroundState) => unknown,
): T {
  const [shown, setShown] = useState(() => selector(playgroundStore.getState()));
  useEffect(() => {
    // Shows at once: the value may have moved between the first render and this subscription.
    const throttle = startThrottle({
      intervalMs,
      phaseMs,
      read: () => selector(playgroundStore.getState()),
      ...(urgentSelector ? { readUrgent: () => urgentSelector(playgroundStore.getState()) } : {}),
      show: setShown,
    });
    const unsubscribe = playgroundStore.subscribe(() => throttle.changed());
    return () => {
      unsubscribe();
      throttle.stop();
    };
  }, [selector, intervalMs, phaseMs, urgentSelector]);
  return shown;
}
