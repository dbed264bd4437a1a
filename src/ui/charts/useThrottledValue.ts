import { useEffect, useRef, useState } from 'react';

/**
 * The value, passed on at most once per `intervalMs` tick of a shared clock (the latest one wins,
 * none is lost at the end), so that several charts redraw together. Measured: redrawing the
 * recharts charts on every metrics message kept the main thread about 70% busy and produced
 * long tasks; four redraws a second still read as live.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastTick = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const show = (): void => {
      lastTick.current = Math.floor(performance.now() / intervalMs);
      setShown(value);
    };
    const nowMs = performance.now();
    const tick = Math.floor(nowMs / intervalMs);
    if (tick > lastTick.current) {
      show();
      return;
    }
    const timer = setTimeout(show, (tick + 1) * intervalMs - nowMs);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}
