/**
 * Chooses a tfjs backend by timing a few training steps of the run on each candidate, within
 * about MEASUREMENT_BUDGET_MS in all, or takes a choice the page measured before on this device.
 * tfjs-free: the worker's tfjs engine supplies the backends and throwaway copies of the run
 * (tfjs/backendChoice.ts); the tests supply fakes (docs/decisions/backend-measurement.md).
 */
import type { BackendMeasurement, BackendReason, StepTimes } from '../../core/run/backendMeasurement';
import { MEASUREMENT_TEXT, reasonOf } from '../../core/run/backendMeasurement';
import type { BackendName } from '../../core/run/types';
import { messageOf } from '../../core/util/messageOf';
import type { BackendChoice } from '../tfjs/backend';

/** Time for all the timed steps of one measurement; a warm-up step may add to it. */
export const MEASUREMENT_BUDGET_MS = 300;

/** Timed steps per backend at most: a few smooth out a stray slow one. */
const MAX_TIMED_STEPS = 3;

/**
 * A warm-up step slower than this many times the best backend's step has lost: not timed further.
 * A backend that compiles on first use (WebGL) is measured first, before there is a best.
 */
const LOST_FACTOR = 2;

/** A throwaway copy of the run on the active backend. */
export interface BackendTrial {
  /** One training step, finished (work queued on a GPU included); throws when the backend cannot run it. */
  step(): Promise<void>;
  dispose(): void;
}

/** What measuring needs of tfjs. */
export interface BackendLab {
  /** Switches tfjs to `backend`; false when it does not start. */
  activate(backend: BackendName): Promise<boolean>;
  /** A throwaway copy of the run on the active backend. */
  trial(): BackendTrial;
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

/** A backend chosen by measurement: the active one, why, and what to keep. */
export interface MeasuredChoice {
  readonly backend: BackendName;
  readonly reason: BackendReason;
  /** What to keep; null when every candidate failed and the plan's fallback was taken. */
  readonly measurement: BackendMeasurement | null;
  /** Backends that failed while being measured, with the error in words. */
  readonly failures: readonly string[];
}

/** What to measure for one run. */
export interface MeasureRequest {
  /** The automatic plan, in order: its backends are the candidates, its reasons the fallbacks'. */
  readonly plan: readonly BackendChoice[];
  readonly signature: string;
  readonly device: string;
  /** What the page kept from earlier measurements of this kind of model. */
  readonly cached: readonly BackendMeasurement[];
}

/** Milliseconds per step of one backend, or the error that stopped it. */
async function timeBackend(
  lab: BackendLab,
  backend: BackendName,
  shareMs: number,
  bestMs: number,
): Promise<number> {
  if (!(await lab.activate(backend))) throw new Error(`${backend} did not start`);
  const trial = lab.trial();
  try {
    const warmUpStart = lab.now();
    await trial.step();
    const warmUpMs = lab.now() - warmUpStart;
    if (warmUpMs > LOST_FACTOR * bestMs) return warmUpMs;
    let steps = 0;
    const start = lab.now();
    while (steps < MAX_TIMED_STEPS && (steps === 0 || lab.now() - start < shareMs)) {
      await trial.step();
      steps += 1;
    }
    return (lab.now() - start) / steps;
  } finally {
    trial.dispose();
  }
}

/** Activates the first backend of `plan` that starts; null when none does. */
async function firstThatStarts(
  lab: BackendLab,
  plan: readonly BackendChoice[],
): Promise<BackendChoice | null> {
  for (const choice of plan) if (await lab.activate(choice.backend)) return choice;
  return null;
}

/**
 * The measured choice: a kept measurement of this model on this device if there is one, else the
 * fastest candidate when timed. cpu is timed only when it is the only candidate: it never beat
 * wasm in any workload measured (docs/decisions/engines.md) and one of its LeNet steps alone
 * exceeds the budget. A candidate that fails is skipped; when every one fails, the plan's order
 * decides. Null when no backend starts at all.
 */
export async function chooseMeasuredBackend(
  request: MeasureRequest,
  lab: BackendLab,
): Promise<MeasuredChoice | null> {
  const { plan, signature, device } = request;
  const policyReason = (backend: BackendName): BackendReason =>
    plan.find((choice) => choice.backend === backend)?.reason ??
    reasonOf('training.reason.backend', { backend });
  const kept = request.cached.find(
    (entry) =>
      entry.signature === signature &&
      entry.device === device &&
      plan.some((c) => c.backend === entry.backend),
  );
  if (kept && (await lab.activate(kept.backend))) {
    return {
      backend: kept.backend,
      reason: MEASUREMENT_TEXT.reason(kept, policyReason(kept.backend)),
      measurement: kept,
      failures: [],
    };
  }
  const withoutCpu = plan.filter((choice) => choice.backend !== 'cpu');
  const candidates = withoutCpu.length > 0 ? withoutCpu : plan;
  const shareMs = MEASUREMENT_BUDGET_MS / Math.max(candidates.length, 1);
  const times: StepTimes = {};
  const failures: string[] = [];
  let best: BackendName | null = null;
  for (const { backend } of candidates) {
    try {
      const bestMs = best === null ? Number.POSITIVE_INFINITY : (times[best] as number);
      const ms = await timeBackend(lab, backend, shareMs, bestMs);
      times[backend] = ms;
      if (ms < bestMs) best = backend;
    } catch (error) {
      failures.push(`${backend}: ${messageOf(error)}`);
    }
  }
  if (best !== null && (await lab.activate(best))) {
    const measurement: BackendMeasurement = { signature, device, backend: best, msPerStep: times };
    return {
      backend: best,
      reason: MEASUREMENT_TEXT.reason(measurement, policyReason(best)),
      measurement,
      failures,
    };
  }
  const fallback = await firstThatStarts(
    lab,
    plan.filter((choice) => !failures.some((failure) => failure.startsWith(`${choice.backend}:`))),
  );
  return fallback && { backend: fallback.backend, reason: fallback.reason, measurement: null, failures };
}
