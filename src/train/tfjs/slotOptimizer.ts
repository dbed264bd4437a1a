/**
 * The machinery every optimizer shares: hyper-parameters that change between steps without losing
 * slot state (live learning-rate changes), the learning-rate schedule, gradient clipping by global
 * norm, slot variables and cached constant scalars.
 */
import * as tf from '@tensorflow/tfjs';
import type {
  HyperParameterValue,
  OptimizerConfig,
  OptimizerId,
  ScheduleConfig,
} from '../../core/experiment/experiment';
import { scheduledLearningRate } from '../../core/registries/schedules';
import { type OptimizerParams, resolveParams } from '../shared/optimizerParams';

/** Hyper-parameters by registry key. */

/** An optimizer with state: applies gradients to variables step by step. */
export interface Optimizer {
  readonly id: OptimizerId;
  /** Steps applied so far (Keras's `iterations`). */
  readonly iterations: number;
  /** The learning rate the next step uses (the schedule applied to the base rate). */
  readonly currentLearningRate: number;
  /** Applies one step: clips the gradients together, then updates each variable from its own. */
  applyGradients(variables: readonly tf.Variable[], gradients: readonly tf.Tensor[]): void;
  /** Replaces hyper-parameters from the next step on; slot state is kept. Missing keys keep their value. */
  setParams(params: OptimizerParams): void;
  /** Replaces the schedule and the clipping norm from the next step on (undefined: constant, no clipping). */
  setScheduleAndClipping(schedule: ScheduleConfig | undefined, clipNorm: number | undefined): void;
  /** Frees slot variables and cached constants. */
  dispose(): void;
}

/**
 * Scales gradients so that their global norm is at most `clipNorm`: g·c/max(‖g‖, c), TensorFlow's
 * clip_by_global_norm as Keras's `global_clipnorm` applies it. Call inside tf.tidy.
 */
export function clipByGlobalNorm(gradients: readonly tf.Tensor[], clipNorm: number): tf.Tensor[] {
  const norm = tf.sqrt(tf.addN(gradients.map((gradient) => tf.sum(tf.square(gradient)))));
  const scale = tf.div(clipNorm, tf.maximum(norm, clipNorm));
  return gradients.map((gradient) => tf.mul(gradient, scale));
}

/** Slot variables and constant scalars, shared by every optimizer. */
export abstract class SlotOptimizer implements Optimizer {
  iterations = 0;
  protected params: Record<string, HyperParameterValue>;
  private schedule: ScheduleConfig | undefined;
  private clipNorm: number | undefined;
  private readonly slots = new Map<string, Map<tf.Variable, tf.Variable>>();
  private readonly constants = new Map<string, { value: number; tensor: tf.Scalar }>();

  constructor(
    readonly id: OptimizerId,
    config: Omit<OptimizerConfig, 'id'>,
    /** Optimizer steps per epoch: turns the schedule's epochs into steps. */
    private readonly stepsPerEpoch = 1,
  ) {
    this.params = resolveParams(id, {}, config.params);
    this.schedule = config.schedule;
    this.clipNorm = config.clipNorm;
  }

  get currentLearningRate(): number {
    return scheduledLearningRate(
      this.schedule,
      this.number('learningRate'),
      this.iterations,
      this.stepsPerEpoch,
    );
  }

  applyGradients(variables: readonly tf.Variable[], gradients: readonly tf.Tensor[]): void {
    if (variables.length !== gradients.length) throw new Error('One gradient per variable is needed.');
    tf.tidy(() => {
      const applied = this.clipNorm === undefined ? gradients : clipByGlobalNorm(gradients, this.clipNorm);
      variables.forEach((variable, index) => {
        this.update(variable, applied[index] as tf.Tensor, this.iterations + 1);
      });
    });
    this.iterations++;
  }

  setParams(params: OptimizerParams): void {
    this.params = resolveParams(this.id, this.params, params);
    this.onParamsChanged();
  }

  setScheduleAndClipping(schedule: ScheduleConfig | undefined, clipNorm: number | undefined): void {
    this.schedule = schedule;
    this.clipNorm = clipNorm;
  }

  dispose(): void {
    for (const name of this.slots.keys()) this.dropSlot(name);
    for (const { tensor } of this.constants.values()) tensor.dispose();
    this.constants.clear();
  }

  /** Updates one variable in place at step `step` (1 for the first). Runs inside tf.tidy. */
  protected abstract update(variable: tf.Variable, gradient: tf.Tensor, step: number): void;

  /** Hook for optimizers whose slots depend on hyper-parameters. */
  protected onParamsChanged(): void {}

  /** The learning rate of the step being applied, in float64 (the schedule's value before this step). */
  protected learningRate(): number {
    return this.currentLearningRate;
  }

  protected number(key: string): number {
    return this.params[key] as number;
  }

  protected flag(key: string): boolean {
    return this.params[key] === true;
  }

  /** A float32 scalar of `value`, reused while the value stays the same. */
  protected constant(name: string, value: number): tf.Scalar {
    const cached = this.constants.get(name);
    if (cached?.value === value) return cached.tensor;
    cached?.tensor.dispose();
    const tensor = tf.keep(tf.scalar(value));
    this.constants.set(name, { value, tensor });
    return tensor;
  }

  /** The slot `name` of `variable`, created on first use filled with `initialValue`. */
  protected slot(name: string, variable: tf.Variable, initialValue = 0): tf.Variable {
    let byVariable = this.slots.get(name);
    if (!byVariable) {
      byVariable = new Map();
      this.slots.set(name, byVariable);
    }
    let slot = byVariable.get(variable);
    if (!slot) {
      // Not through tf.tidy: a Variable returned from a nested tidy is tracked by the outer one and leaks.
      const initial = tf.fill(variable.shape, initialValue);
      slot = tf.variable(initial, false);
      initial.dispose();
      byVariable.set(variable, slot);
    }
    return slot;
  }

  /** Frees every variable's slot `name`, so that switching the feature on again starts from zero. */
  protected dropSlot(name: string): void {
    for (const slot of this.slots.get(name)?.values() ?? []) slot.dispose();
    this.slots.delete(name);
  }
}
