/**
 * The six optimizers of optimizers.ts over one flat Float32Array of weights, rule for rule: the
 * same hyper-parameter resolution, schedule, global-norm clipping, lazily created slots (dropped
 * when momentum or centering is switched off) and step counting. Weights and slots are stored in
 * float32 like the tfjs variables (so that an overflow diverges at the same point); each update is
 * computed in float64 from float32-rounded constants, as the tfjs path's scalars are.
 */
import type {
  HyperParameterValue,
  OptimizerConfig,
  OptimizerId,
  ScheduleConfig,
} from '../../core/experiment/experiment';
import { scheduledLearningRate } from '../../core/registries/schedules';
import { type OptimizerParams, resolveParams } from '../shared/optimizerParams';

const f32 = Math.fround;

/** Scales `gradient` in place to a global norm of at most `clipNorm`: g·c/max(‖g‖, c). */
export function clipGlobalNorm(gradient: Float64Array, clipNorm: number): void {
  let squares = 0;
  for (let i = 0; i < gradient.length; i++) squares += (gradient[i] as number) ** 2;
  const norm = Math.sqrt(squares);
  if (!(norm > clipNorm)) return;
  const scale = clipNorm / norm;
  for (let i = 0; i < gradient.length; i++) gradient[i] = (gradient[i] as number) * scale;
}

/** One optimizer with its state, for a flat weight vector of fixed length. */
export class JsOptimizer {
  /** Steps applied so far (Keras's `iterations`). */
  iterations = 0;
  private params: Record<string, HyperParameterValue>;
  private schedule: ScheduleConfig | undefined;
  private clipNorm: number | undefined;
  private readonly slots = new Map<string, Float32Array>();

  constructor(
    readonly id: OptimizerId,
    config: Omit<OptimizerConfig, 'id'>,
    private readonly parameterCount: number,
    /** Optimizer steps per epoch: turns the schedule's epochs into steps. */
    private readonly stepsPerEpoch: number,
  ) {
    this.params = resolveParams(id, {}, config.params);
    this.schedule = config.schedule;
    this.clipNorm = config.clipNorm;
  }

  /** The learning rate the next step uses (the schedule applied to the base rate). */
  get currentLearningRate(): number {
    return scheduledLearningRate(
      this.schedule,
      this.number('learningRate'),
      this.iterations,
      this.stepsPerEpoch,
    );
  }

  /** Replaces hyper-parameters from the next step on; slot state is kept. Missing keys keep their value. */
  setParams(params: OptimizerParams): void {
    this.params = resolveParams(this.id, this.params, params);
    // As optimizers.ts: switching momentum or centering off forgets its slot, so that on again starts from zero.
    if (this.number('momentum') === 0) this.slots.delete('momentum');
    if (this.id === 'rmsprop' && !this.flag('centered')) this.slots.delete('averageGradient');
  }

  /** Replaces the schedule and the clipping norm from the next step on (undefined: constant, no clipping). */
  setScheduleAndClipping(schedule: ScheduleConfig | undefined, clipNorm: number | undefined): void {
    this.schedule = schedule;
    this.clipNorm = clipNorm;
  }

  /** One step: clips `gradient` (in place) by global norm, then updates `weights` in place. */
  applyGradient(weights: Float32Array, gradient: Float64Array): void {
    if (this.clipNorm !== undefined) clipGlobalNorm(gradient, this.clipNorm);
    this.update(weights, gradient, this.iterations + 1);
    this.iterations++;
  }

  private update(w: Float32Array, g: Float64Array, step: number): void {
    const n = this.parameterCount;
    const learningRate = f32(this.currentLearningRate);
    switch (this.id) {
      case 'sgd': {
        const momentum = this.number('momentum');
        if (momentum === 0) {
          for (let i = 0; i < n; i++) w[i] = (w[i] as number) - (g[i] as number) * learningRate;
          return;
        }
        const mu = f32(momentum);
        const isNesterov = this.flag('nesterov');
        const v = this.slot('momentum');
        for (let i = 0; i < n; i++) {
          const velocity = f32((v[i] as number) * mu - (g[i] as number) * learningRate);
          v[i] = velocity;
          w[i] = (w[i] as number) + (isNesterov ? velocity * mu - (g[i] as number) * learningRate : velocity);
        }
        return;
      }
      case 'rmsprop': {
        const rho = this.number('rho');
        const [rhoF, oneMinusRho, epsilon] = [f32(rho), f32(1 - rho), f32(this.number('epsilon'))];
        const momentum = this.number('momentum');
        const velocity = this.slot('velocity');
        const average = this.flag('centered') ? this.slot('averageGradient') : null;
        const buffer = momentum > 0 ? this.slot('momentum') : null;
        const mu = f32(momentum);
        for (let i = 0; i < n; i++) {
          const gi = g[i] as number;
          const s = f32(rhoF * (velocity[i] as number) + oneMinusRho * gi * gi);
          velocity[i] = s;
          let denominator = s + epsilon;
          if (average) {
            const a = f32(rhoF * (average[i] as number) + oneMinusRho * gi);
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
        return;
      }
      case 'adagrad': {
        const accumulator = this.slot('accumulator', this.number('initialAccumulatorValue'));
        const epsilon = f32(this.number('epsilon'));
        for (let i = 0; i < n; i++) {
          const gi = g[i] as number;
          const s = f32((accumulator[i] as number) + gi * gi);
          accumulator[i] = s;
          w[i] = (w[i] as number) - (learningRate * gi) / Math.sqrt(s + epsilon);
        }
        return;
      }
      case 'adadelta': {
        const rho = this.number('rho');
        const [rhoF, oneMinusRho, epsilon] = [f32(rho), f32(1 - rho), f32(this.number('epsilon'))];
        const gradients = this.slot('accumulatedGradient');
        const deltas = this.slot('accumulatedDelta');
        for (let i = 0; i < n; i++) {
          const gi = g[i] as number;
          const s = f32(rhoF * (gradients[i] as number) + oneMinusRho * gi * gi);
          gradients[i] = s;
          const delta = -(Math.sqrt((deltas[i] as number) + epsilon) * gi) / Math.sqrt(s + epsilon);
          deltas[i] = rhoF * (deltas[i] as number) + oneMinusRho * delta * delta;
          w[i] = (w[i] as number) + learningRate * delta;
        }
        return;
      }
      case 'adam': {
        const [beta1, beta2] = [this.number('beta1'), this.number('beta2')];
        const alpha = f32((this.currentLearningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step));
        const [oneMinusBeta1, oneMinusBeta2] = [f32(1 - beta1), f32(1 - beta2)];
        const epsilon = f32(this.number('epsilon'));
        const [m, v] = [this.slot('m'), this.slot('v')];
        for (let i = 0; i < n; i++) {
          const gi = g[i] as number;
          const mi = f32((m[i] as number) + (gi - (m[i] as number)) * oneMinusBeta1);
          const vi = f32((v[i] as number) + (gi * gi - (v[i] as number)) * oneMinusBeta2);
          m[i] = mi;
          v[i] = vi;
          w[i] = (w[i] as number) - (mi * alpha) / (Math.sqrt(vi) + epsilon);
        }
        return;
      }
      case 'adamax': {
        const beta1 = this.number('beta1');
        const [oneMinusBeta1, beta2] = [f32(1 - beta1), f32(this.number('beta2'))];
        const [epsilon, correction] = [f32(this.number('epsilon')), f32(1 - beta1 ** step)];
        const [m, u] = [this.slot('m'), this.slot('u')];
        for (let i = 0; i < n; i++) {
          const gi = g[i] as number;
          const mi = f32((m[i] as number) + (gi - (m[i] as number)) * oneMinusBeta1);
          const ui = f32(Math.max(beta2 * (u[i] as number), Math.abs(gi)));
          m[i] = mi;
          u[i] = ui;
          w[i] = (w[i] as number) - (learningRate * mi) / (correction * (ui + epsilon));
        }
        return;
      }
      default:
        throw new Error(`Unknown optimizer: ${String(this.id satisfies never)}`);
    }
  }

  private number(key: string): number {
    return this.params[key] as number;
  }

  private flag(key: string): boolean {
    return this.params[key] === true;
  }

  /** The slot `name`, created on first use filled with `initialValue`. */
  private slot(name: string, initialValue = 0): Float32Array {
    let slot = this.slots.get(name);
    if (!slot) {
      slot = new Float32Array(this.parameterCount).fill(initialValue);
      this.slots.set(name, slot);
    }
    return slot;
  }
}
