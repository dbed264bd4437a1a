/**
 * Gradient of the training objective (mean batch loss + L1 and L2 penalties) with respect to the
 * flat weight vector, as the tfjs engine's gradients.ts computes it for dense networks: the loss's
 * gradient at the output layer, backpropagated through the network, plus the penalties' gradient.
 */
import type { LossId } from '../../core/experiment/experiment';
import { type NetworkLayout, regularizationStrengths } from '../shared/networkLayout';
import { outputDelta } from './losses';
import type { DenseNetwork } from './model';

/** Computes the objective's gradient for one network and loss into buffers of its own. */
export class ObjectiveGradient {
  private readonly gradient: Float64Array;
  /** ∂L/∂z of the output layer, [capacity, units]. */
  private readonly delta: Float64Array;
  private readonly l1: Float32Array | null;
  private readonly twiceL2: Float32Array | null;

  constructor(
    private readonly layout: NetworkLayout,
    private readonly loss: LossId,
    private readonly network: DenseNetwork,
  ) {
    this.gradient = new Float64Array(layout.parameterCount);
    this.delta = new Float64Array(network.capacity * layout.output.units);
    const strengths = regularizationStrengths(layout);
    this.l1 = strengths.l1;
    this.twiceL2 = strengths.l2 ? strengths.l2.map((l2) => 2 * l2) : null;
  }

  /**
   * ∂objective/∂weights for the `rows` examples of `input` and `targets`, flat like the weights;
   * `dropoutSeed` is the step's (null without dropout). The array is reused by the next call.
   */
  compute(
    weights: Float32Array,
    input: Float64Array,
    targets: Float64Array,
    rows: number,
    dropoutSeed: number | null,
  ): Float64Array {
    const { network, delta, gradient } = this;
    network.forward(weights, input, rows, dropoutSeed);
    outputDelta(this.loss, this.layout.output, targets, network.output, rows, delta);
    network.backward(weights, input, rows, delta, gradient);
    this.addRegularization(weights);
    return gradient;
  }

  /** The penalties' gradient, l1·sign(w) + 2·l2·w at kernel entries, as tfjs/gradients.ts adds it. */
  private addRegularization(weights: Float32Array): void {
    const { l1, twiceL2, gradient } = this;
    if (l1) {
      for (let i = 0; i < gradient.length; i++)
        gradient[i] = (gradient[i] as number) + Math.sign(weights[i] as number) * (l1[i] as number);
    }
    if (twiceL2) {
      for (let i = 0; i < gradient.length; i++)
        gradient[i] = (gradient[i] as number) + (weights[i] as number) * (twiceL2[i] as number);
    }
  }
}
