import { useEffect, useRef, useState } from 'react';

/**
 * The value, passed on at most once per `intervalMs` (the latest one wins, none is lost at the
 * end). Measured: redrawing the recharts charts on every metrics message kept the main thread
 * about 70% busy and produced long tasks; four redraws a second still read as live.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownMs = useRef(0);
  useEffect(() => {
    const waitMs = lastShownMs.current + intervalMs - performance.now();
    if (waitMs <= 0) {
      lastShownMs.current = performance.now();
      setShown(value);
      return;
    }
    const timer = setTimeout(() => {
      lastShownMs.current = performance.now();
      setShown(value);
    }, waitMs);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}
