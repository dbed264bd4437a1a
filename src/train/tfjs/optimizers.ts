/**
 * The tfjs engine's optimizers: Keras 3's update rules op for op on variables, rather than
 * tf.train.*, so that hyper-parameters change between steps without losing slot state and the
 * maths is ours to check against float64 references. Settings, schedule, clipping and the step
 * count are shared (optimizerState.ts); here are the slots (a variable beside each weight variable),
 * the settings as float32 scalars, clipping in tf ops, and each optimizer's rule.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig } from '../../core/experiment/experiment';
import {
  applyUpdateRule,
  OptimizerState,
  type SlotName,
  type StepSettings,
  type UpdateRules,
} from '../shared/optimizerState';

/** Slot variables per weight variable, and float32 scalars of the settings, reused while a value stays. */
class SlotVariables {
  private readonly slots = new Map<SlotName, Map<tf.Variable, tf.Variable>>();
  private readonly scalars = new Map<string, { value: number; tensor: tf.Scalar }>();

  /** The slot `name` of `variable`, created on first use filled with `initialValue`. */
  slot(name: SlotName, variable: tf.Variable, initialValue = 0): tf.Variable {
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

  /** A float32 scalar of `value`, computed in float64 and rounded once as Keras does with Python floats. */
  scalar(name: string, value: number): tf.Scalar {
    const cached = this.scalars.get(name);
    if (cached?.value === value) return cached.tensor;
    cached?.tensor.dispose();
    const tensor = tf.keep(tf.scalar(value));
    this.scalars.set(name, { value, tensor });
    return tensor;
  }

  /** Frees every variable's slot `name`. */
  drop(name: SlotName): void {
    for (const slot of this.slots.get(name)?.values() ?? []) slot.dispose();
    this.slots.delete(name);
  }

  /** Frees every slot and scalar. */
  dispose(): void {
    for (const name of this.slots.keys()) this.drop(name);
    for (const { tensor } of this.scalars.values()) tensor.dispose();
    this.scalars.clear();
  }
}

/** Each optimizer's update of one variable, in tf ops (formulas in optimizerState.ts). Runs inside tf.tidy. */
const RULES: UpdateRules<tf.Variable, tf.Tensor, SlotVariables> = {
  sgd(variable, gradient, settings, slots) {
    const learningRate = slots.scalar('learningRate', settings.learningRate);
    if (settings.momentum === 0) {
      variable.assign(tf.sub(variable, tf.mul(gradient, learningRate)));
      return;
    }
    const mu = slots.scalar('momentum', settings.momentum);
    const velocity = slots.slot('momentum', variable);
    velocity.assign(tf.sub(tf.mul(velocity, mu), tf.mul(gradient, learningRate)));
    const step = settings.isNesterov
      ? tf.sub(tf.mul(velocity, mu), tf.mul(gradient, learningRate))
      : velocity;
    variable.assign(tf.add(variable, step));
  },

  rmsprop(variable, gradient, settings, slots) {
    const rho = slots.scalar('rho', settings.rho);
    const oneMinusRho = slots.scalar('oneMinusRho', settings.oneMinusRho);
    const epsilon = slots.scalar('epsilon', settings.epsilon);
    const velocity = slots.slot('velocity', variable);
    velocity.assign(tf.add(tf.mul(rho, velocity), tf.mul(oneMinusRho, tf.square(gradient))));
    let denominator: tf.Tensor;
    if (settings.isCentered) {
      const average = slots.slot('averageGradient', variable);
      average.assign(tf.add(tf.mul(rho, average), tf.mul(oneMinusRho, gradient)));
      denominator = tf.add(tf.sub(velocity, tf.square(average)), epsilon);
    } else {
      denominator = tf.add(velocity, epsilon);
    }
    const learningRate = slots.scalar('learningRate', settings.learningRate);
    const increment = tf.div(tf.mul(learningRate, gradient), tf.sqrt(denominator));
    if (settings.momentum > 0) {
      const buffer = slots.slot('momentum', variable);
      buffer.assign(tf.add(tf.mul(slots.scalar('momentum', settings.momentum), buffer), increment));
      variable.assign(tf.sub(variable, buffer));
    } else {
      variable.assign(tf.sub(variable, increment));
    }
  },

  adagrad(variable, gradient, settings, slots) {
    const accumulator = slots.slot('accumulator', variable, settings.initialAccumulatorValue);
    accumulator.assign(tf.add(accumulator, tf.square(gradient)));
    const learningRate = slots.scalar('learningRate', settings.learningRate);
    const epsilon = slots.scalar('epsilon', settings.epsilon);
    variable.assign(
      tf.sub(variable, tf.div(tf.mul(learningRate, gradient), tf.sqrt(tf.add(accumulator, epsilon)))),
    );
  },

  adadelta(variable, gradient, settings, slots) {
    const rho = slots.scalar('rho', settings.rho);
    const oneMinusRho = slots.scalar('oneMinusRho', settings.oneMinusRho);
    const epsilon = slots.scalar('epsilon', settings.epsilon);
    const accumulatedGradient = slots.slot('accumulatedGradient', variable);
    const accumulatedDelta = slots.slot('accumulatedDelta', variable);
    accumulatedGradient.assign(
      tf.add(tf.mul(rho, accumulatedGradient), tf.mul(oneMinusRho, tf.square(gradient))),
    );
    const delta = tf.neg(
      tf.div(
        tf.mul(tf.sqrt(tf.add(accumulatedDelta, epsilon)), gradient),
        tf.sqrt(tf.add(accumulatedGradient, epsilon)),
      ),
    );
    accumulatedDelta.assign(tf.add(tf.mul(rho, accumulatedDelta), tf.mul(oneMinusRho, tf.square(delta))));
    const learningRate = slots.scalar('learningRate', settings.learningRate);
    variable.assign(tf.add(variable, tf.mul(learningRate, delta)));
  },

  adam(variable, gradient, settings, slots) {
    const m = slots.slot('m', variable);
    const v = slots.slot('v', variable);
    m.assign(tf.add(m, tf.mul(tf.sub(gradient, m), slots.scalar('oneMinusBeta1', settings.oneMinusBeta1))));
    v.assign(
      tf.add(
        v,
        tf.mul(tf.sub(tf.square(gradient), v), slots.scalar('oneMinusBeta2', settings.oneMinusBeta2)),
      ),
    );
    const epsilon = slots.scalar('epsilon', settings.epsilon);
    const alpha = slots.scalar('alpha', settings.alpha);
    variable.assign(tf.sub(variable, tf.div(tf.mul(m, alpha), tf.add(tf.sqrt(v), epsilon))));
  },

  adamax(variable, gradient, settings, slots) {
    const m = slots.slot('m', variable);
    const u = slots.slot('u', variable);
    m.assign(tf.add(m, tf.mul(tf.sub(gradient, m), slots.scalar('oneMinusBeta1', settings.oneMinusBeta1))));
    u.assign(tf.maximum(tf.mul(slots.scalar('beta2', settings.beta2), u), tf.abs(gradient)));
    const learningRate = slots.scalar('learningRate', settings.learningRate);
    const epsilon = slots.scalar('epsilon', settings.epsilon);
    const correction = slots.scalar('oneMinusBeta1Power', settings.oneMinusBeta1Power);
    variable.assign(
      tf.sub(variable, tf.div(tf.mul(learningRate, m), tf.mul(correction, tf.add(u, epsilon)))),
    );
  },
};

/**
 * Scales gradients so that their global norm is at most `clipNorm`: g·c/max(‖g‖, c), TensorFlow's
 * clip_by_global_norm as Keras's `global_clipnorm` applies it. Call inside tf.tidy.
 */
function clipByGlobalNorm(gradients: readonly tf.Tensor[], clipNorm: number): tf.Tensor[] {
  const norm = tf.sqrt(tf.addN(gradients.map((gradient) => tf.sum(tf.square(gradient)))));
  const scale = tf.div(clipNorm, tf.maximum(norm, clipNorm));
  return gradients.map((gradient) => tf.mul(gradient, scale));
}

/** An optimizer of the tfjs engine, over any number of variables (one gradient each). */
export class TfjsOptimizer extends OptimizerState<readonly tf.Variable[], readonly tf.Tensor[]> {
  private readonly slots = new SlotVariables();

  override applyGradients(variables: readonly tf.Variable[], gradients: readonly tf.Tensor[]): void {
    if (variables.length !== gradients.length) throw new Error('One gradient per variable is needed.');
    tf.tidy(() => super.applyGradients(variables, gradients));
  }

  /** Frees slot variables and cached scalars. */
  override dispose(): void {
    this.slots.dispose();
  }

  protected clip(gradients: readonly tf.Tensor[], clipNorm: number): tf.Tensor[] {
    return clipByGlobalNorm(gradients, clipNorm);
  }

  protected update(
    variables: readonly tf.Variable[],
    gradients: readonly tf.Tensor[],
    settings: StepSettings,
  ): void {
    variables.forEach((variable, index) => {
      applyUpdateRule(RULES, variable, gradients[index] as tf.Tensor, settings, this.slots);
    });
  }

  protected dropSlot(name: SlotName): void {
    this.slots.drop(name);
  }
}

/**
 * Builds the optimizer of a config; missing hyper-parameters take Keras's defaults. `stepsPerEpoch`
 * turns the schedule's epochs into optimizer steps.
 */
export function createOptimizer(config: OptimizerConfig, stepsPerEpoch = 1): TfjsOptimizer {
  return new TfjsOptimizer(config, stepsPerEpoch);
}
