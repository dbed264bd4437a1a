/**
 * The plain-JavaScript engine's optimizers over one flat weight vector. Settings, schedule,
 * clipping and the step count are shared (optimizerState.ts); here are the slots, clipping in loops
 * and each optimizer's rule, the tfjs engine's (tfjs/optimizers.ts) value for value. Weights and
 * slots are stored in float32 like the tfjs variables (so that an overflow diverges at the same
 * point); each update is computed in float64 from float32-rounded settings, as the tfjs scalars are.
 */
import type { OptimizerConfig } from '../../core/experiment/experiment';
import {
  applyUpdateRule,
  OptimizerState,
  type SlotName,
  type StepSettings,
  type UpdateRules,
} from '../shared/optimizerState';

const f32 = Math.fround;

/** Slots as float32 arrays as long as the weight vector, made on first use. */
class SlotArrays {
  private readonly slots = new Map<SlotName, Float32Array>();

  constructor(private readonly length: number) {}

  /** The slot `name`, created on first use filled with `initialValue`. */
  slot(name: SlotName, initialValue = 0): Float32Array {
    let slot = this.slots.get(name);
    if (!slot) {
      slot = new Float32Array(this.length).fill(initialValue);
      this.slots.set(name, slot);
    }
    return slot;
  }

  /** Forgets the slot `name`. */
  drop(name: SlotName): void {
    this.slots.delete(name);
  }
}

/** Each optimizer's update of the weights `w` from the gradient `g` (formulas in optimizerState.ts). */
const RULES: UpdateRules<Float32Array, Float64Array, SlotArrays> = {
  sgd(w, g, settings, slots) {
    const learningRate = f32(settings.learningRate);
    if (settings.momentum === 0) {
      for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - (g[i] as number) * learningRate;
      return;
    }
    const mu = f32(settings.momentum);
    const v = slots.slot('momentum');
    for (let i = 0; i < w.length; i++) {
      const velocity = f32((v[i] as number) * mu - (g[i] as number) * learningRate);
      v[i] = velocity;
      w[i] =
        (w[i] as number) + (settings.isNesterov ? velocity * mu - (g[i] as number) * learningRate : velocity);
    }
  },

  rmsprop(w, g, settings, slots) {
    const learningRate = f32(settings.learningRate);
    const [rho, oneMinusRho, epsilon] = [f32(settings.rho), f32(settings.oneMinusRho), f32(settings.epsilon)];
    const velocity = slots.slot('velocity');
    const average = settings.isCentered ? slots.slot('averageGradient') : null;
    const buffer = settings.momentum > 0 ? slots.slot('momentum') : null;
    const mu = f32(settings.momentum);
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] as number;
      const s = f32(rho * (velocity[i] as number) + oneMinusRho * gi * gi);
      velocity[i] = s;
      let denominator = s + epsilon;
      if (average) {
        const a = f32(rho * (average[i] as number) + oneMinusRho * gi);
        average[i] = a;
        denominator = s - a * a + epsilon;
      }
      const increment = (learningRate * gi) / Math.sqrt(denominator);
      if (buffer) {
        const b = f32(mu * (buffer[i] as number) + increment);
        buffer[i] = b;
        w[i] = (w[i] as number) - b;
      } else {
        w[i] = (w[i] as number) - increment;
      }
    }
  },

  adagrad(w, g, settings, slots) {
    const learningRate = f32(settings.learningRate);
    const accumulator = slots.slot('accumulator', settings.initialAccumulatorValue);
    const epsilon = f32(settings.epsilon);
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] as number;
      const s = f32((accumulator[i] as number) + gi * gi);
      accumulator[i] = s;
      w[i] = (w[i] as number) - (learningRate * gi) / Math.sqrt(s + epsilon);
    }
  },

  adadelta(w, g, settings, slots) {
    const learningRate = f32(settings.learningRate);
    const [rho, oneMinusRho, epsilon] = [f32(settings.rho), f32(settings.oneMinusRho), f32(settings.epsilon)];
    const gradients = slots.slot('accumulatedGradient');
    const deltas = slots.slot('accumulatedDelta');
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] as number;
      const s = f32(rho * (gradients[i] as number) + oneMinusRho * gi * gi);
      gradients[i] = s;
      const delta = -(Math.sqrt((deltas[i] as number) + epsilon) * gi) / Math.sqrt(s + epsilon);
      deltas[i] = rho * (deltas[i] as number) + oneMinusRho * delta * delta;
      w[i] = (w[i] as number) + learningRate * delta;
    }
  },

  adam(w, g, settings, slots) {
    const alpha = f32(settings.alpha);
    const [oneMinusBeta1, oneMinusBeta2] = [f32(settings.oneMinusBeta1), f32(settings.oneMinusBeta2)];
    const epsilon = f32(settings.epsilon);
    const [m, v] = [slots.slot('m'), slots.slot('v')];
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] as number;
      const mi = f32((m[i] as number) + (gi - (m[i] as number)) * oneMinusBeta1);
      const vi = f32((v[i] as number) + (gi * gi - (v[i] as number)) * oneMinusBeta2);
      m[i] = mi;
      v[i] = vi;
      w[i] = (w[i] as number) - (mi * alpha) / (Math.sqrt(vi) + epsilon);
    }
  },

  adamax(w, g, settings, slots) {
    const learningRate = f32(settings.learningRate);
    const [oneMinusBeta1, beta2] = [f32(settings.oneMinusBeta1), f32(settings.beta2)];
    const [epsilon, correction] = [f32(settings.epsilon), f32(settings.oneMinusBeta1Power)];
    const [m, u] = [slots.slot('m'), slots.slot('u')];
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] as number;
      const mi = f32((m[i] as number) + (gi - (m[i] as number)) * oneMinusBeta1);
      const ui = f32(Math.max(beta2 * (u[i] as number), Math.abs(gi)));
      m[i] = mi;
      u[i] = ui;
      w[i] = (w[i] as number) - (learningRate * mi) / (correction * (ui + epsilon));
    }
  },
};

/** An optimizer of the plain-JavaScript engine, for a flat weight vector of fixed length. */
export class JsOptimizer extends OptimizerState<Float32Array, Float64Array> {
  private readonly slots: SlotArrays;

  constructor(config: OptimizerConfig, stepsPerEpoch: number, parameterCount: number) {
    super(config, stepsPerEpoch);
    this.slots = new SlotArrays(parameterCount);
  }

  /** Scales `gradient` in place, in float64, to a global norm of at most `clipNorm`. */
  protected clip(gradient: Float64Array, clipNorm: number): Float64Array {
    let squares = 0;
    for (let i = 0; i < gradient.length; i++) squares += (gradient[i] as number) ** 2;
    const norm = Math.sqrt(squares);
    if (!(norm > clipNorm)) return gradient;
    const scale = clipNorm / norm;
    for (let i = 0; i < gradient.length; i++) gradient[i] = (gradient[i] as number) * scale;
    return gradient;
  }

  protected update(weights: Float32Array, gradient: Float64Array, settings: StepSettings): void {
    applyUpdateRule(RULES, weights, gradient, settings, this.slots);
  }

  protected dropSlot(name: SlotName): void {
    this.slots.drop(name);
  }
}

/**
 * Builds the optimizer of a config for `parameterCount` weights; missing hyper-parameters take
 * Keras's defaults. `stepsPerEpoch` turns the schedule's epochs into optimizer steps.
 */
export function createOptimizer(
  config: OptimizerConfig,
  stepsPerEpoch: number,
  parameterCount: number,
): JsOptimizer {
  return new JsOptimizer(config, stepsPerEpoch, parameterCount);
}
