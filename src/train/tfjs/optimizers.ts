/**
 * Our own optimizers in tf ops, following Keras 3's update rules op for op (keras/src/optimizers/*.py),
 * rather than tf.train.*: hyper-parameters change between steps without losing slot state (live
 * learning-rate changes, schedules), and the maths is ours to check against float64
 * references. Constants derived from hyper-parameters (1 − ρ, Adam's bias correction) are computed
 * in float64 and rounded to float32 once, as Keras does with Python floats.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig } from '../../core/experiment/experiment';
import { assertNever } from '../../core/util/assert';
import { type Optimizer, SlotOptimizer } from './slotOptimizer';

export type { OptimizerParams } from '../shared/optimizerParams';
export type { Optimizer } from './slotOptimizer';

/** SGD: w ← w − η·g; with momentum μ: v ← μ·v − η·g, w ← w + v (Nesterov: w ← w + μ·v − η·g). */
class Sgd extends SlotOptimizer {
  protected update(variable: tf.Variable, gradient: tf.Tensor): void {
    const learningRate = this.constant('learningRate', this.learningRate());
    const momentum = this.number('momentum');
    if (momentum === 0) {
      variable.assign(tf.sub(variable, tf.mul(gradient, learningRate)));
      return;
    }
    const mu = this.constant('momentum', momentum);
    const velocity = this.slot('momentum', variable);
    velocity.assign(tf.sub(tf.mul(velocity, mu), tf.mul(gradient, learningRate)));
    const step = this.flag('nesterov')
      ? tf.sub(tf.mul(velocity, mu), tf.mul(gradient, learningRate))
      : velocity;
    variable.assign(tf.add(variable, step));
  }

  protected override onParamsChanged(): void {
    if (this.number('momentum') === 0) this.dropSlot('momentum');
  }
}

/** RMSprop: s ← ρs + (1−ρ)g²; w ← w − η·g/√(s + ε) (centered: s − ḡ² under the root; optional momentum). */
class RmsProp extends SlotOptimizer {
  protected update(variable: tf.Variable, gradient: tf.Tensor): void {
    const rho = this.number('rho');
    const rhoTensor = this.constant('rho', rho);
    const oneMinusRho = this.constant('oneMinusRho', 1 - rho);
    const epsilon = this.constant('epsilon', this.number('epsilon'));
    const velocity = this.slot('velocity', variable);
    velocity.assign(tf.add(tf.mul(rhoTensor, velocity), tf.mul(oneMinusRho, tf.square(gradient))));
    let denominator: tf.Tensor;
    if (this.flag('centered')) {
      const average = this.slot('averageGradient', variable);
      average.assign(tf.add(tf.mul(rhoTensor, average), tf.mul(oneMinusRho, gradient)));
      denominator = tf.add(tf.sub(velocity, tf.square(average)), epsilon);
    } else {
      denominator = tf.add(velocity, epsilon);
    }
    const learningRate = this.constant('learningRate', this.learningRate());
    const increment = tf.div(tf.mul(learningRate, gradient), tf.sqrt(denominator));
    const momentum = this.number('momentum');
    if (momentum > 0) {
      const buffer = this.slot('momentum', variable);
      buffer.assign(tf.add(tf.mul(this.constant('momentum', momentum), buffer), increment));
      variable.assign(tf.sub(variable, buffer));
    } else {
      variable.assign(tf.sub(variable, increment));
    }
  }

  protected override onParamsChanged(): void {
    if (this.number('momentum') === 0) this.dropSlot('momentum');
    if (!this.flag('centered')) this.dropSlot('averageGradient');
  }
}

/** Adagrad: s ← s + g²; w ← w − η·g/√(s + ε); s starts at the initial accumulator value. */
class Adagrad extends SlotOptimizer {
  protected update(variable: tf.Variable, gradient: tf.Tensor): void {
    const accumulator = this.slot('accumulator', variable, this.number('initialAccumulatorValue'));
    accumulator.assign(tf.add(accumulator, tf.square(gradient)));
    const learningRate = this.constant('learningRate', this.learningRate());
    const epsilon = this.constant('epsilon', this.number('epsilon'));
    variable.assign(
      tf.sub(variable, tf.div(tf.mul(learningRate, gradient), tf.sqrt(tf.add(accumulator, epsilon)))),
    );
  }
}

/** Adadelta: s ← ρs + (1−ρ)g²; Δ = −√(d+ε)·g/√(s+ε); d ← ρd + (1−ρ)Δ²; w ← w + η·Δ. */
class Adadelta extends SlotOptimizer {
  protected update(variable: tf.Variable, gradient: tf.Tensor): void {
    const rho = this.number('rho');
    const rhoTensor = this.constant('rho', rho);
    const oneMinusRho = this.constant('oneMinusRho', 1 - rho);
    const epsilon = this.constant('epsilon', this.number('epsilon'));
    const accumulatedGradient = this.slot('accumulatedGradient', variable);
    const accumulatedDelta = this.slot('accumulatedDelta', variable);
    accumulatedGradient.assign(
      tf.add(tf.mul(rhoTensor, accumulatedGradient), tf.mul(oneMinusRho, tf.square(gradient))),
    );
    const delta = tf.neg(
      tf.div(
        tf.mul(tf.sqrt(tf.add(accumulatedDelta, epsilon)), gradient),
        tf.sqrt(tf.add(accumulatedGradient, epsilon)),
      ),
    );
    accumulatedDelta.assign(
      tf.add(tf.mul(rhoTensor, accumulatedDelta), tf.mul(oneMinusRho, tf.square(delta))),
    );
    const learningRate = this.constant('learningRate', this.learningRate());
    variable.assign(tf.add(variable, tf.mul(learningRate, delta)));
  }
}

/**
 * Adam as Keras 3 writes it: m ← m + (g − m)(1−β₁); v ← v + (g² − v)(1−β₂);
 * w ← w − α·m/(√v + ε) with α = η·√(1−β₂ᵗ)/(1−β₁ᵗ), i.e. the bias corrections divide
 * (and ε is the paper's "epsilon hat").
 */
class Adam extends SlotOptimizer {
  protected update(variable: tf.Variable, gradient: tf.Tensor, step: number): void {
    const beta1 = this.number('beta1');
    const beta2 = this.number('beta2');
    const alpha = (this.learningRate() * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
    const m = this.slot('m', variable);
    const v = this.slot('v', variable);
    m.assign(tf.add(m, tf.mul(tf.sub(gradient, m), this.constant('oneMinusBeta1', 1 - beta1))));
    v.assign(tf.add(v, tf.mul(tf.sub(tf.square(gradient), v), this.constant('oneMinusBeta2', 1 - beta2))));
    const epsilon = this.constant('epsilon', this.number('epsilon'));
    variable.assign(
      tf.sub(variable, tf.div(tf.mul(m, this.constant('alpha', alpha)), tf.add(tf.sqrt(v), epsilon))),
    );
  }
}

/** Adamax: m ← m + (g − m)(1−β₁); u ← max(β₂u, |g|); w ← w − η·m/((1−β₁ᵗ)(u + ε)). */
class Adamax extends SlotOptimizer {
  protected update(variable: tf.Variable, gradient: tf.Tensor, step: number): void {
    const beta1 = this.number('beta1');
    const m = this.slot('m', variable);
    const u = this.slot('u', variable);
    m.assign(tf.add(m, tf.mul(tf.sub(gradient, m), this.constant('oneMinusBeta1', 1 - beta1))));
    u.assign(tf.maximum(tf.mul(this.constant('beta2', this.number('beta2')), u), tf.abs(gradient)));
    const learningRate = this.constant('learningRate', this.learningRate());
    const epsilon = this.constant('epsilon', this.number('epsilon'));
    const correction = this.constant('oneMinusBeta1Power', 1 - beta1 ** step);
    variable.assign(
      tf.sub(variable, tf.div(tf.mul(learningRate, m), tf.mul(correction, tf.add(u, epsilon)))),
    );
  }
}

/**
 * Builds the optimizer of a config; missing hyper-parameters take Keras's defaults. `stepsPerEpoch`
 * turns the schedule's epochs into optimizer steps.
 */
export function createOptimizer(config: OptimizerConfig, stepsPerEpoch = 1): Optimizer {
  switch (config.id) {
    case 'sgd':
      return new Sgd(config.id, config, stepsPerEpoch);
    case 'rmsprop':
      return new RmsProp(config.id, config, stepsPerEpoch);
    case 'adagrad':
      return new Adagrad(config.id, config, stepsPerEpoch);
    case 'adadelta':
      return new Adadelta(config.id, config, stepsPerEpoch);
    case 'adam':
      return new Adam(config.id, config, stepsPerEpoch);
    case 'adamax':
      return new Adamax(config.id, config, stepsPerEpoch);
    default:
      return assertNever(config.id);
  }
}
