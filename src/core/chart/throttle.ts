/**
 * When to pass a changing value on to React: at most once per `intervalMs`, the latest value
 * winning and none lost at the end, and `phaseMs` after every other throttle of the same interval
 * that started at the same moment. Kept apart from React so that its timing can be tested.
 */
export interface ThrottleOptions<T> {
  readonly intervalMs: number;
  /**
   * How much later than a throttle with no phase this one shows its values. Two charts whose
   * redraws fall due at the same moment are redrawn by React in one longer task; half an interval
   * apart, each redraw is a task of its own (see docs/decisions/charts.md).
   */
  readonly phaseMs: number;
  /** The value now. */
  readonly read: () => T;
  /**
   * What must show at once when it changes, however recently the value was shown: the run's
   * status, so that the status line says "Pausing" when Pause is pressed, not up to an interval
   * later. Compared with Object.is.
   */
  readonly readUrgent?: () => unknown;
  /** Passes a value on. */
  readonly show: (value: T) => void;
}

/** A started throttle: `changed` after every change of the source, `stop` when done. */
export interface Throttle {
  changed(): void;
  stop(): void;
}

/** Shows the current value at once, then throttles the changes reported to it. */
export function startThrottle<T>({
  intervalMs,
  phaseMs,
  read,
  readUrgent = () => null,
  show,
}: ThrottleOptions<T>): Throttle {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // All three are set by the first showNow(), just below.
  let lastShown: T;
  let lastUrgent: unknown;
  let lastShownMs = Number.NEGATIVE_INFINITY;
  const showNow = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastShownMs = performance.now();
    lastShown = read();
    lastUrgent = readUrgent();
    show(lastShown);
  };
  showNow();
  // As if shown `phaseMs` later than it was, so that every later showing keeps that distance.
  lastShownMs += phaseMs;
  return {
    changed() {
      if (!Object.is(readUrgent(), lastUrgent)) return showNow();
      // Compared with what was shown, not with the previous value: histories grow in place, so a
      // selector reading one gives the same answer before and after.
      if (timer !== null || Object.is(read(), lastShown)) return;
      // A gap since the last showing, not a clock tick: a late timer must not allow two in a row.
      // After a quiet spell a phased throttle still waits its phase behind the others.
      const waitMs = Math.max(lastShownMs + intervalMs - performance.now(), phaseMs);
      if (waitMs <= 0) showNow();
      else timer = setTimeout(showNow, waitMs);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
