/**
 * A tfjs backend chosen by timing a few training steps on each candidate, kept by the page per
 * kind of model and device so that the measuring happens once (docs/decisions/backend-measurement.md).
 * Its words for people live here, in one place, as messages the page puts into words (the worker
 * that makes them does not know the page's language).
 */
import type { Experiment } from '../experiment/experiment';
import type { MessageKey, MessageRef } from '../i18n/catalogue';
import type { BackendName } from './types';

/**
 * Why a backend trains, as messages: the first says why, each later one adds to the text before it,
 * which it takes as its {reason} ("wasm: small dense network" + "{reason}; measured here (…)").
 */
export type BackendReason = readonly MessageRef[];

/** A reason of one message. */
export const reasonOf = (key: MessageKey, params?: MessageRef['params']): BackendReason => [
  params ? { key, params } : { key },
];

/** The reason with one more message that adds to it. */
export const withNote = (
  reason: BackendReason,
  key: MessageKey,
  params?: MessageRef['params'],
): BackendReason => [...reason, params ? { key, params } : { key }];

/** Milliseconds per training step on each backend that was timed. */
export type StepTimes = Partial<Record<BackendName, number>>;

/** The fastest backend for one kind of model on one device, with the times that chose it. */
export interface BackendMeasurement {
  /** The kind of model: modelSignature(experiment). */
  readonly signature: string;
  /** The device it was measured on (renderer and cores), as the worker describes it. */
  readonly device: string;
  readonly backend: BackendName;
  readonly msPerStep: StepTimes;
}

/**
 * What a step's speed depends on: the input (data set), the layers and the batch size. The
 * optimizer, loss and seed barely change it, so experiments differing only in those share a choice.
 */
export function modelSignature(experiment: Experiment): string {
  const { dataset, model, training } = experiment;
  return JSON.stringify([dataset.id, dataset.numClasses, model.hiddenLayers, training.batchSize]);
}

/** "48 ms", or "0.4 ms" under ten. */
export const milliseconds = (value: number): string =>
  `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** "wasm 48 ms, cpu 430 ms": every timed backend, fastest first. */
export function stepTimesText(times: StepTimes): string {
  return (Object.entries(times) as [BackendName, number][])
    .sort(([, a], [, b]) => a - b)
    .map(([backend, ms]) => `${backend} ${milliseconds(ms)}`)
    .join(', ');
}

/** Short messages about measured backends, for the status line and the Advanced panel. */
export const MEASUREMENT_TEXT = {
  /** The reason a measured backend was chosen. */
  reason: (measurement: BackendMeasurement, policyReason: BackendReason): BackendReason => {
    const timed = Object.keys(measurement.msPerStep).length;
    return withNote(
      policyReason,
      timed > 1 ? 'training.reason.measuredFastest' : 'training.reason.measured',
      {
        times: stepTimesText(measurement.msPerStep),
      },
    );
  },
  /** Backends that failed while timed, after the reason. */
  failed: (reason: BackendReason, failures: readonly string[]): BackendReason =>
    failures.length === 0
      ? reason
      : withNote(reason, 'training.reason.failedWhenTimed', { failures: failures.join('; ') }),
  /** The status line's part: "48 ms per step". */
  perStep: (ms: number): MessageRef => ({ key: 'training.perStep', params: { ms: milliseconds(ms) } }),
} as const;
