/**
 * The backends measured in the worker, kept in the page's localStorage (a worker has none) per
 * kind of model and device, so that a model is timed once: the load command hands the worker what
 * is kept for its model, and a runLoaded event that carries a measurement replaces the old one.
 */
import type { BackendMeasurement } from '../core/run/backendMeasurement';
import type { BackendName } from '../core/run/types';

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_KEY = 'training-playground.backend-measurements.v1';

/** Kinds of model kept at most: the oldest go first. */
const MAX_KEPT = 40;

const BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The page's localStorage, or null where it is missing or blocked (private modes, sandboxed frames). */
export function pageStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isMeasurement = (value: unknown): value is BackendMeasurement => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const times = entry.msPerStep;
  return (
    typeof entry.signature === 'string' &&
    typeof entry.device === 'string' &&
    BACKENDS.includes(entry.backend as BackendName) &&
    typeof times === 'object' &&
    times !== null &&
    Object.entries(times).every(
      ([name, ms]) => BACKENDS.includes(name as BackendName) && typeof ms === 'number',
    )
  );
};

/** Every kept measurement; what cannot be read is ignored. */
function readAll(storage: KeyValueStorage): BackendMeasurement[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isMeasurement) : [];
  } catch {
    return [];
  }
}

/** The kept measurements of one kind of model (one per device it was measured on). */
export function measurementsOf(storage: KeyValueStorage | null, signature: string): BackendMeasurement[] {
  return storage ? readAll(storage).filter((entry) => entry.signature === signature) : [];
}

/** Keeps `measurement` in place of any older one of the same model and device. */
export function keepMeasurement(storage: KeyValueStorage | null, measurement: BackendMeasurement): void {
  if (!storage) return;
  const others = readAll(storage).filter(
    (entry) => entry.signature !== measurement.signature || entry.device !== measurement.device,
  );
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify([...others, measurement].slice(-MAX_KEPT)));
  } catch {
    // A full or blocked storage only means measuring again next time.
  }
}
