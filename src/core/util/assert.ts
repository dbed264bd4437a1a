/**
 * Exhaustiveness check for switches over unions: a call compiles only when every case is handled,
 * and throws, naming the value, if a value from outside the types arrives anyway.
 */
export function assertNever(value: never, what = 'value'): never {
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  throw new Error(`Unexpected ${what}: ${text}`);
}
