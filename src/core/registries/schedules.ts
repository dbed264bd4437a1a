import type { ScheduleConfig, ScheduleId } from '../experiment/experiment';
import type { NumberParameterSpec } from './parameters';

/**
 * Registry entry of a learning-rate schedule. Each follows a Keras LearningRateSchedule with its
 * decay steps counted in epochs: decay_steps = decayEpochs × steps per epoch.
 */
export interface ScheduleSpec {
  readonly id: ScheduleId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  /** The learning rate at step t (t steps done, s steps per epoch), in plain text. */
  readonly formula: string;
  readonly parameters: readonly NumberParameterSpec[];
}

const decayEpochs = (defaultValue: number, help: string): NumberParameterSpec => ({
  kind: 'number',
  key: 'decayEpochs',
  label: 'Decay epochs',
  help,
  defaultValue,
  min: 1,
  max: 100_000,
  isInteger: true,
  scale: 'linear',
  step: 1,
});

const decayRate: NumberParameterSpec = {
  kind: 'number',
  key: 'decayRate',
  label: 'Decay rate',
  help: 'Factor the learning rate is multiplied by over each decay period.',
  defaultValue: 0.5,
  min: 0.01,
  max: 1,
  isInteger: false,
  scale: 'linear',
  step: 0.05,
};

/** Learning-rate schedules the Optimizer panel offers. */
export const SCHEDULES: Readonly<Record<ScheduleId, ScheduleSpec>> = {
  constant: {
    id: 'constant',
    label: 'Constant',
    description: 'The same learning rate from the first step to the last.',
    formula: 'η',
    parameters: [],
  },
  stepDecay: {
    id: 'stepDecay',
    label: 'Step decay',
    description:
      'Cuts the learning rate by a fixed factor every few epochs (Keras ExponentialDecay, staircase).',
    formula: 'η · rate^⌊t / (epochs·s)⌋',
    parameters: [decayEpochs(100, 'Epochs between two cuts.'), decayRate],
  },
  exponentialDecay: {
    id: 'exponentialDecay',
    label: 'Exponential decay',
    description:
      'Shrinks the learning rate smoothly, by the rate over each decay period (Keras ExponentialDecay).',
    formula: 'η · rate^(t / (epochs·s))',
    parameters: [decayEpochs(100, 'Epochs over which the rate is multiplied by the decay rate.'), decayRate],
  },
  cosineDecay: {
    id: 'cosineDecay',
    label: 'Cosine decay',
    description:
      'Follows half a cosine from the full rate down to a floor, then stays there (Keras CosineDecay).',
    formula: 'η · ((1−α)·½(1 + cos(π·min(t, T)/T)) + α),  T = epochs·s',
    parameters: [
      decayEpochs(500, 'Epochs from the full rate down to the floor.'),
      {
        kind: 'number',
        key: 'alpha',
        label: 'Floor (α)',
        help: 'Share of the learning rate left at the end of the decay.',
        defaultValue: 0,
        min: 0,
        max: 1,
        isInteger: false,
        scale: 'linear',
        step: 0.05,
      },
    ],
  },
};

/** The schedule ids in display order. */
export const SCHEDULE_IDS = Object.keys(SCHEDULES) as ScheduleId[];

/** Default settings of a schedule. */
export function defaultScheduleParams(id: ScheduleId): Record<string, number> {
  const params: Record<string, number> = {};
  for (const parameter of SCHEDULES[id].parameters) params[parameter.key] = parameter.defaultValue;
  return params;
}

/** A setting of a schedule, its default when missing. */
function param(schedule: ScheduleConfig, key: string): number {
  const value = new Map(Object.entries(schedule.params)).get(key);
  const fallback = SCHEDULES[schedule.id].parameters.find((spec) => spec.key === key)?.defaultValue ?? 0;
  return typeof value === 'number' ? value : fallback;
}

/**
 * The learning rate after `stepsDone` optimizer steps (0 before the first, as Keras passes
 * `iterations` before incrementing it), in float64. `schedule` absent means constant.
 */
export function scheduledLearningRate(
  schedule: ScheduleConfig | undefined,
  learningRate: number,
  stepsDone: number,
  stepsPerEpoch: number,
): number {
  if (!schedule) return learningRate;
  const decaySteps = param(schedule, 'decayEpochs') * Math.max(stepsPerEpoch, 1);
  switch (schedule.id) {
    case 'constant':
      return learningRate;
    case 'stepDecay':
      return learningRate * param(schedule, 'decayRate') ** Math.floor(stepsDone / decaySteps);
    case 'exponentialDecay':
      return learningRate * param(schedule, 'decayRate') ** (stepsDone / decaySteps);
    case 'cosineDecay': {
      const alpha = param(schedule, 'alpha');
      const cosine = 0.5 * (1 + Math.cos((Math.PI * Math.min(stepsDone, decaySteps)) / decaySteps));
      return learningRate * ((1 - alpha) * cosine + alpha);
    }
    default:
      throw new Error(`Unknown schedule: ${String(schedule.id satisfies never)}`);
  }
}

/** Gradient clipping's bounds: the largest global norm a gradient may keep. */
export const CLIP_NORM_SPEC: NumberParameterSpec = {
  kind: 'number',
  key: 'clipNorm',
  label: 'Max gradient norm',
  help: 'A gradient longer than this (over all weights together) is scaled down to this length.',
  defaultValue: 1,
  min: 0.001,
  max: 1000,
  isInteger: false,
  scale: 'log',
};
