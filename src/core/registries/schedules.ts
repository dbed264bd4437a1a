import type { ScheduleConfig, ScheduleId } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import type { NumberParameterSpec } from './parameters';

/**
 * Registry entry of a learning-rate schedule. Each follows a Keras LearningRateSchedule with its
 * decay steps counted in epochs: decay_steps = decayEpochs × steps per epoch.
 */
export interface ScheduleSpec {
  readonly id: ScheduleId;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  /** The learning rate at step t (t steps done, s steps per epoch), in plain text. */
  readonly formula: MessageKey;
  readonly parameters: readonly NumberParameterSpec[];
}

const decayEpochs = (defaultValue: number, help: MessageKey): NumberParameterSpec => ({
  kind: 'number',
  key: 'decayEpochs',
  label: 'optimizer.decayEpochs.label',
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
  label: 'optimizer.decayRate.label',
  help: 'optimizer.decayRate.help',
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
    label: 'optimizer.constant.label',
    description: 'optimizer.constant.description',
    formula: 'optimizer.constant.formula',
    parameters: [],
  },
  stepDecay: {
    id: 'stepDecay',
    label: 'optimizer.stepDecay.label',
    description: 'optimizer.stepDecay.description',
    formula: 'optimizer.stepDecay.formula',
    parameters: [decayEpochs(100, 'optimizer.decayEpochs.helpStep'), decayRate],
  },
  exponentialDecay: {
    id: 'exponentialDecay',
    label: 'optimizer.exponentialDecay.label',
    description: 'optimizer.exponentialDecay.description',
    formula: 'optimizer.exponentialDecay.formula',
    parameters: [decayEpochs(100, 'optimizer.decayEpochs.helpExponential'), decayRate],
  },
  cosineDecay: {
    id: 'cosineDecay',
    label: 'optimizer.cosineDecay.label',
    description: 'optimizer.cosineDecay.description',
    formula: 'optimizer.cosineDecay.formula',
    parameters: [
      decayEpochs(500, 'optimizer.decayEpochs.helpCosine'),
      {
        kind: 'number',
        key: 'alpha',
        label: 'optimizer.alpha.label',
        help: 'optimizer.alpha.help',
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
  label: 'optimizer.clipNorm.label',
  help: 'optimizer.clipNorm.help',
  defaultValue: 1,
  min: 0.001,
  max: 1000,
  isInteger: false,
  scale: 'log',
};
