import { describe, expect, it } from 'vitest';
import type { BackendMeasurement } from '../core/run/backendMeasurement';
import { type KeyValueStorage, keepMeasurement, measurementsOf } from './backendMeasurements';

const memoryStorage = (): KeyValueStorage & { values: Map<string, string> } => {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => values.set(key, value),
  };
};

const lenet: BackendMeasurement = {
  signature: 'lenet',
  device: 'SwiftShader · 2 cores',
  backend: 'wasm',
  msPerStep: { wasm: 48 },
};

describe('measured backends kept in the page', () => {
  it('keeps one measurement per model and device, the newest', () => {
    const storage = memoryStorage();
    keepMeasurement(storage, lenet);
    keepMeasurement(storage, {
      ...lenet,
      device: 'GPU · 8 cores',
      backend: 'webgl',
      msPerStep: { webgl: 9, wasm: 40 },
    });
    keepMeasurement(storage, { ...lenet, msPerStep: { wasm: 45 } });
    keepMeasurement(storage, { ...lenet, signature: 'mlp' });
    const kept = measurementsOf(storage, 'lenet');
    expect(kept.map((entry) => entry.device)).toEqual(['GPU · 8 cores', 'SwiftShader · 2 cores']);
    expect(kept[1]?.msPerStep).toEqual({ wasm: 45 });
  });

  it('reads nothing from a missing storage, or from entries it cannot use', () => {
    expect(measurementsOf(null, 'lenet')).toEqual([]);
    keepMeasurement(null, lenet);
    const storage = memoryStorage();
    storage.setItem('training-playground.backend-measurements.v1', '{not json');
    expect(measurementsOf(storage, 'lenet')).toEqual([]);
    storage.setItem(
      'training-playground.backend-measurements.v1',
      JSON.stringify([{ ...lenet, backend: 'quantum' }, { ...lenet, msPerStep: { wasm: 'fast' } }, lenet]),
    );
    expect(measurementsOf(storage, 'lenet')).toEqual([lenet]);
  });
});
