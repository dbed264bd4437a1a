/**
 * An optimizer apart from its arithmetic, one copy for both engines: hyper-parameters that change
 * between steps without losing slot state (live learning-rate changes), the learning-rate schedule
 * counted in steps, clipping by global norm, the step count (Keras's `iterations`), and each step's
 * settings: the hyper-parameters and the constants Keras 3 derives from them (1 − ρ, Adam's bias
 * corrections), in float64. An engine supplies its slots, its clipping arithmetic and its update
 * rule per optimizer, and rounds each setting to float32 as Keras rounds its Python floats.
 */
import type {
  HyperParameterValue,
  OptimizerConfig,
  OptimizerId,
  ScheduleConfig,
} from '../../core/experiment/experiment';
import { scheduledLearningRate } from '../../core/registries/schedules';
import { assertNever } from '../../core/util/assert';
import { type OptimizerParams, resolveParams } from './optimizerParams';

/** The per-weight state an update rule keeps between steps, by name. */
export type SlotName =
  | 'momentum'
  | 'velocity'
  | 'averageGradient'
  | 'accumulator'
  | 'accumulatedGradient'
  | 'accumulatedDelta'
  | 'm'
  | 'v'
  | 'u';

/** What each optimizer's update rule reads at one step, following Keras 3 (keras/src/optimizers/*.py). */
interface SettingsById {
  /** SGD: w ← w − η·g; with momentum μ: v ← μ·v − η·g, w ← w + v (Nesterov: w ← w + μ·v − η·g). */
  sgd: { learningRate: number; momentum: number; isNesterov: boolean };
  /** RMSprop: s ← ρs + (1−ρ)g²; w ← w − η·g/√(s + ε) (centered: s − ḡ² under the root; optional momentum). */
  rmsprop: {
    learningRate: number;
    rho: number;
    oneMinusRho: number;
    epsilon: number;
    momentum: number;
    isCentered: boolean;
  };
  /** Adagrad: s ← s + g²; w ← w − η·g/√(s + ε); s starts at the initial accumulator value. */
  adagrad: { learningRate: number; epsilon: number; initialAccumulatorValue: number };
  /** Adadelta: s ← ρs + (1−ρ)g²; Δ = −√(d+ε)·g/√(s+ε); d ← ρd + (1−ρ)Δ²; w ← w + η·Δ. */
  adadelta: { learningRate: number; rho: number; oneMinusRho: number; epsilon: number };
  /**
   * Adam: m ← m + (g − m)(1−β₁); v ← v + (g² − v)(1−β₂); w ← w − α·m/(√v + ε) with
   * α = η·√(1−β₂ᵗ)/(1−β₁ᵗ): the bias corrections divide, and ε is the paper's "epsilon hat".
   */
  adam: { alpha: number; oneMinusBeta1: number; oneMinusBeta2: number; epsilon: number };
  /** Adamax: m ← m + (g − m)(1−β₁); u ← max(β₂u, |g|); w ← w − η·m/((1−β₁ᵗ)(u + ε)). */
  adamax: {
    learningRate: number;
    oneMinusBeta1: number;
    beta2: number;
    epsilon: number;
    oneMinusBeta1Power: number;
  };
}

/** One step's settings of optimizer `Id` (any optimizer's by default), in float64. */
export type StepSettings<Id extends OptimizerId = OptimizerId> = {
  [Key in Id]: { readonly id: Key } & Readonly<SettingsById[Key]>;
}[Id];

/** An engine's update rule per optimizer: moves one weight array and its slots by one step. */
export type UpdateRules<Weights, Gradient, Slots> = {
  readonly [Id in OptimizerId]: (
    weights: Weights,
    gradient: Gradient,
    settings: StepSettings<Id>,
    slots: Slots,
  ) => void;
};

/** Applies the rule of the settings' optimizer. */
export function applyUpdateRule<Weights, Gradient, Slots>(
  rules: UpdateRules<Weights, Gradient, Slots>,
  weights: Weights,
  gradient: Gradient,
  settings: StepSettings,
  slots: Slots,
): void {
  // The table is keyed by optimizer, so the rule found takes these settings.
  const rule = rules[settings.id] as (w: Weights, g: Gradient, s: StepSettings, slots: Slots) => void;
  rule(weights, gradient, settings, slots);
}

/** The settings of step `step` (1 for the first) at learning rate `learningRate`. */
function stepSettings(
  id: OptimizerId,
  params: Readonly<Record<string, HyperParameterValue>>,
  learningRate: number,
  step: number,
): StepSettings {
  const number = (key: string): number => params[key] as number;
  const flag = (key: string): boolean => params[key] === true;
  switch (id) {
    case 'sgd':
      return { id, learningRate, momentum: number('momentum'), isNesterov: flag('nesterov') };
    case 'rmsprop': {
      const rho = number('rho');
      return {
        id,
        learningRate,
        rho,
        oneMinusRho: 1 - rho,
        epsilon: number('epsilon'),
        momentum: number('momentum'),
        isCentered: flag('centered'),
      };
    }
    case 'adagrad':
      return {
        id,
        learningRate,
        epsilon: number('epsilon'),
        initialAccumulatorValue: number('initialAccumulatorValue'),
      };
    case 'adadelta': {
      const rho = number('rho');
      return { id, learningRate, rho, oneMinusRho: 1 - rho, epsilon: number('epsilon') };
    }
    case 'adam': {
      const [beta1, beta2] = [number('beta1'), number('beta2')];
      return {
        id,
        alpha: (learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step),
        oneMinusBeta1: 1 - beta1,
        oneMinusBeta2: 1 - beta2,
        epsilon: number('epsilon'),
      };
    }
    case 'adamax': {
      const beta1 = number('beta1');
      return {
        id,
        learningRate,
        oneMinusBeta1: 1 - beta1,
        beta2: number('beta2'),
        epsilon: number('epsilon'),
        oneMinusBeta1Power: 1 - beta1 ** step,
      };
    }
    default:
      return assertNever(id);
  }
}

/**
 * One optimizer's state over an engine's weights and gradients. `applyGradients` clips, applies the
 * engine's rule with this step's settings, and counts the step.
 */
export abstract class OptimizerState<Weights, Gradients> {
  /** Steps applied so far (Keras's `iterations`). */
  iterations = 0;
  readonly id: OptimizerId;
  private params: Record<string, HyperParameterValue>;
  private schedule: ScheduleConfig | undefined;
  private clipNorm: number | undefined;

  constructor(
    config: OptimizerConfig,
    /** Optimizer steps per epoch: turns the schedule's epochs into steps. */
    private readonly stepsPerEpoch = 1,
  ) {
    this.id = config.id;
    this.params = resolveParams(config.id, {}, config.params);
    this.schedule = config.schedule;
    this.clipNorm = config.clipNorm;
  }

  /** The learning rate the next step uses (the schedule applied to the base rate). */
  get currentLearningRate(): number {
    return scheduledLearningRate(
      this.schedule,
      this.params.learningRate as number,
      this.iterations,
      this.stepsPerEpoch,
    );
  }

  /** Applies one step: clips the gradients together by global norm, then updates the weights. */
  applyGradients(weights: Weights, gradients: Gradients): void {
    const step = this.iterations + 1;
    const settings = stepSettings(this.id, this.params, this.currentLearningRate, step);
    const clipped = this.clipNorm === undefined ? gradients : this.clip(gradients, this.clipNorm);
    this.update(weights, clipped, settings);
    this.iterations = step;
  }

  /** Replaces hyper-parameters from the next step on; slot state is kept. Missing keys keep their value. */
  setParams(params: OptimizerParams): void {
    this.params = resolveParams(this.id, this.params, params);
    // Switching momentum or centering off forgets its slot, so that switching it on again starts from zero.
    if (this.params.momentum === 0) this.dropSlot('momentum');
    if (this.id === 'rmsprop' && this.params.centered !== true) this.dropSlot('averageGradient');
  }

  /** Replaces the schedule and the clipping norm from the next step on (undefined: constant, no clipping). */
  setScheduleAndClipping(schedule: ScheduleConfig | undefined, clipNorm: number | undefined): void {
    this.schedule = schedule;
    this.clipNorm = clipNorm;
  }

  /** Frees what the slots hold outside JavaScript's heap (nothing, unless the engine's slots do). */
  dispose(): void {}

  /** The gradients scaled so that their global norm is at most `clipNorm`: g·c/max(‖g‖, c). */
  protected abstract clip(gradients: Gradients, clipNorm: number): Gradients;

  /** Moves the weights by one step of this optimizer's rule. */
  protected abstract update(weights: Weights, gradients: Gradients, settings: StepSettings): void;

  /** Forgets slot `name` of every weight. */
  protected abstract dropSlot(name: SlotName): void;
}

/**
 * The optimizer a run trains on after a live change to `config`: `optimizer` itself with new
 * hyper-parameters, schedule and clipping (slot state kept), or, for another kind (the protocol's
 * callers never send one), `create(config)` in its place, started afresh rather than failing the run.
 */
export function reconfigured<Optimizer extends OptimizerState<unknown, unknown>>(
  optimizer: Optimizer,
  config: OptimizerConfig,
  create: (config: OptimizerConfig) => Optimizer,
): Optimizer {
  if (config.id === optimizer.id) {
    optimizer.setParams(config.params);
    optimizer.setScheduleAndClipping(config.schedule, config.clipNorm);
    return optimizer;
  }
  const replacement = create(config);
  optimizer.dispose();
  return replacement;
}
