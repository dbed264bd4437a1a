/** A value that components read through `useSyncExternalStore` and that is replaced from outside React's render. */
export interface LatestValue<T> {
  readonly get: () => T;
  readonly set: (value: T) => void;
  readonly subscribe: (onChange: () => void) => () => void;
}

/**
 * A minimal external store of one value. A chart hands its drawing to its series through one of
 * these, set in an effect: recharts passes new axis settings to its own store in an effect too, and
 * both stores' updates then render together, so the series never meet a stale axis scale.
 */
export function createLatestValue<T>(initial: T): LatestValue<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (value) => {
      if (Object.is(value, current)) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
