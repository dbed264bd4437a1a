import { describe, expect, it } from 'vitest';
import { inWords } from '../../../test/kits/reasonWords';
import { type BackendMeasurement, reasonOf } from '../../core/run/backendMeasurement';
import type { BackendName } from '../../core/run/types';
import type { BackendChoice } from '../tfjs/backend';
import { type BackendLab, chooseMeasuredBackend, type MeasureRequest } from './backendMeasure';

interface FakeBackend {
  /** Milliseconds each step takes on the fake clock (the first, the warm-up, may differ). */
  readonly stepMs: number;
  readonly warmUpMs?: number;
  readonly starts?: boolean;
  readonly stepFails?: boolean;
}

/** Backends whose steps advance a fake clock; records what was activated and stepped. */
function fakeLab(backends: Partial<Record<BackendName, FakeBackend>>) {
  let clock = 0;
  let active: BackendName | null = null;
  const steps: BackendName[] = [];
  const lab: BackendLab = {
    activate: async (name) => {
      const fake = backends[name];
      if (!fake || fake.starts === false) return false;
      active = name;
      return true;
    },
    trial: () => {
      const name = active as BackendName;
      const fake = backends[name] as FakeBackend;
      let count = 0;
      return {
        step: async () => {
          if (fake.stepFails) throw new Error(`Kernel 'X' not registered for backend '${name}'`);
          clock += count === 0 ? (fake.warmUpMs ?? fake.stepMs) : fake.stepMs;
          count += 1;
          steps.push(name);
        },
        dispose: () => {},
      };
    },
    now: () => clock,
  };
  return { lab, steps, active: () => active, elapsed: () => clock };
}

/** A plan whose reasons are fixed words ("webgl: policy"), sent as a message's detail. */
const plan = (...backends: BackendName[]): BackendChoice[] =>
  backends.map((backend) => ({
    backend,
    reason: reasonOf('training.error.detail', { detail: `${backend}: policy` }),
  }));

const request = (changes: Partial<MeasureRequest> = {}): MeasureRequest => ({
  plan: plan('webgl', 'wasm', 'cpu'),
  signature: 'lenet',
  device: 'GPU · 8 cores',
  cached: [],
  ...changes,
});

describe('the backend chosen by measurement', () => {
  it('picks the faster of two backends, leaves it active and says why with the times', async () => {
    const { lab, active } = fakeLab({
      webgl: { stepMs: 12, warmUpMs: 900 },
      wasm: { stepMs: 40 },
      cpu: { stepMs: 400 },
    });
    const choice = await chooseMeasuredBackend(request(), lab);
    expect(choice?.backend).toBe('webgl');
    expect(active()).toBe('webgl');
    expect(choice?.measurement).toEqual({
      signature: 'lenet',
      device: 'GPU · 8 cores',
      backend: 'webgl',
      msPerStep: { webgl: 12, wasm: 40 },
    });
    expect(inWords(choice)?.reason).toBe(
      'webgl: policy; fastest when measured here (webgl 12 ms, wasm 40 ms per step)',
    );
  });

  it('picks wasm when it is the faster one, and never times cpu beside another candidate', async () => {
    const { lab, steps } = fakeLab({ webgl: { stepMs: 90 }, wasm: { stepMs: 30 }, cpu: { stepMs: 20 } });
    const choice = await chooseMeasuredBackend(request(), lab);
    expect(choice?.backend).toBe('wasm');
    expect(steps).not.toContain('cpu');
  });

  it('stays within its budget: a few steps each, a loser stopped after its warm-up', async () => {
    const { lab, steps, elapsed } = fakeLab({ wasm: { stepMs: 50 }, webgl: { stepMs: 40, warmUpMs: 2_000 } });
    const choice = await chooseMeasuredBackend(request({ plan: plan('wasm', 'webgl', 'cpu') }), lab);
    expect(choice?.backend).toBe('wasm');
    expect(steps.filter((name) => name === 'webgl')).toHaveLength(1);
    expect(steps.filter((name) => name === 'wasm').length).toBeLessThanOrEqual(4);
    expect(elapsed()).toBeLessThan(2_300);
  });

  it('takes a kept measurement of this model on this device without timing anything', async () => {
    const kept: BackendMeasurement = {
      signature: 'lenet',
      device: 'GPU · 8 cores',
      backend: 'wasm',
      msPerStep: { wasm: 30, webgl: 50 },
    };
    const elsewhere = { ...kept, device: 'other laptop', backend: 'webgl' } as const;
    const { lab, steps, active } = fakeLab({ webgl: { stepMs: 10 }, wasm: { stepMs: 30 } });
    const choice = await chooseMeasuredBackend(request({ cached: [elsewhere, kept] }), lab);
    expect(steps).toEqual([]);
    expect(choice?.backend).toBe('wasm');
    expect(active()).toBe('wasm');
    expect(choice?.measurement).toBe(kept);
    // Another model, or the same on another device, is measured afresh.
    const other = await chooseMeasuredBackend(request({ cached: [{ ...kept, signature: 'mlp' }] }), lab);
    expect(other?.backend).toBe('webgl');
  });

  it('falls back when a backend fails: one that does not start, one that lacks a kernel', async () => {
    const { lab } = fakeLab({
      webgl: { stepMs: 5, stepFails: true },
      wasm: { stepMs: 30, starts: false },
      cpu: { stepMs: 400 },
    });
    const choice = await chooseMeasuredBackend(request(), lab);
    expect(choice?.backend).toBe('cpu');
    expect(choice?.failures).toEqual([
      "webgl: Kernel 'X' not registered for backend 'webgl'",
      'wasm: wasm did not start',
    ]);
    // Nothing fast was measured: cpu is the plan's fallback, so nothing is kept.
    expect(choice?.measurement).toBeNull();
  });

  it('measures again when a kept backend no longer starts, and gives null when nothing starts', async () => {
    const kept: BackendMeasurement = {
      signature: 'lenet',
      device: 'GPU · 8 cores',
      backend: 'webgl',
      msPerStep: { webgl: 5 },
    };
    const { lab } = fakeLab({ webgl: { stepMs: 5, starts: false }, wasm: { stepMs: 30 } });
    expect((await chooseMeasuredBackend(request({ cached: [kept] }), lab))?.backend).toBe('wasm');
    expect(await chooseMeasuredBackend(request(), fakeLab({}).lab)).toBeNull();
  });
});
