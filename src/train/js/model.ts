/**
 * A stack of dense (and dropout) layers over the same flat parameter vector as the tfjs path
 * (layer by layer: kernel [inputs, units] row-major, then bias), with its forward pass and its
 * backpropagation written as plain loops. Every buffer is allocated once for `capacity` rows, so
 * a training step allocates nothing: for a network of a few dozen weights the step is then its
 * arithmetic alone, where tfjs pays a fixed cost per op (see docs/decisions/engines.md).
 */
import { fillDropoutMask } from '../shared/dropoutMask';
import type { LayerActivation, NetworkLayout } from '../shared/networkLayout';
import { activateInto, multiplyByDerivative } from './activations';

interface DenseStage {
  readonly kind: 'dense';
  readonly inputWidth: number;
  readonly width: number;
  readonly kernelOffset: number;
  readonly biasOffset: number;
  readonly activation: LayerActivation;
  /** Pre-activations z, [capacity, width]. */
  readonly z: Float64Array;
  /** Outputs h = f(z), [capacity, width]. */
  readonly h: Float64Array;
  /** ∂L/∂(this stage's input), [capacity, inputWidth]; empty for the first stage, which needs none. */
  readonly inputDelta: Float64Array;
}

interface DropoutStage {
  readonly kind: 'dropout';
  /** The layer's index in the layout: part of its mask's seed. */
  readonly layerIndex: number;
  readonly rate: number;
  readonly width: number;
  readonly h: Float64Array;
  /** This step's keep-mask scaled by 1/(1 − rate), in float32 (dropoutMask.ts). */
  readonly mask: Float32Array;
  /** Whether the last forward pass applied the mask (training) or passed values through. */
  isMasked: boolean;
}

type Stage = DenseStage | DropoutStage;

/** Layer kinds the plain-JavaScript engine computes: flatten is a no-op on flat rows. */
export const JS_LAYER_KINDS: ReadonlySet<string> = new Set(['dense', 'dropout', 'flatten']);

/** Forward and backward passes of a dense network for up to `capacity` rows at a time. */
export class DenseNetwork {
  private readonly stages: Stage[] = [];
  private readonly outputStage: DenseStage;

  constructor(
    layout: NetworkLayout,
    readonly capacity: number,
  ) {
    let offset = 0;
    let width = layout.numFeatures;
    for (const layer of layout.layers) {
      const config = layer.config;
      if (layer.kind === 'dense') {
        const units = layer.outputShape[layer.outputShape.length - 1] ?? 0;
        const kernelSize = width * units;
        this.stages.push({
          kind: 'dense',
          inputWidth: width,
          width: units,
          kernelOffset: offset,
          biasOffset: offset + kernelSize,
          activation: layer.activation,
          z: new Float64Array(capacity * units),
          h: new Float64Array(capacity * units),
          inputDelta: new Float64Array(this.stages.length === 0 ? 0 : capacity * width),
        });
        offset += kernelSize + units;
        width = units;
      } else if (layer.kind === 'dropout' && config?.kind === 'dropout') {
        this.stages.push({
          kind: 'dropout',
          layerIndex: layer.index,
          rate: config.rate,
          width,
          h: new Float64Array(capacity * width),
          mask: new Float32Array(capacity * width),
          isMasked: false,
        });
      } else if (layer.kind !== 'flatten') {
        throw new Error(`The plain-JavaScript engine cannot compute a ${layer.kind} layer.`);
      }
    }
    const last = this.stages[this.stages.length - 1];
    if (last?.kind !== 'dense') throw new Error('A network ends with its dense output layer.');
    if (offset !== layout.parameterCount) throw new Error('The layout and the dense stages disagree.');
    this.outputStage = last;
  }

  /** The output layer's values after the last forward pass, [rows, units] row-major. */
  get output(): Float64Array {
    return this.outputStage.h;
  }

  /** The output layer's pre-activations after the last forward pass. */
  get outputLogits(): Float64Array {
    return this.outputStage.z;
  }

  /** Width of the output layer. */
  get outputUnits(): number {
    return this.outputStage.width;
  }

  /**
   * Runs `rows` examples of `input` ([rows, features] row-major) through the network. With a
   * dropout seed (a training step's), dropout layers draw their masks (dropoutMask.ts).
   */
  forward(params: Float32Array, input: Float64Array, rows: number, dropoutSeed: number | null): void {
    if (rows > this.capacity) throw new Error(`At most ${this.capacity} rows per pass.`);
    let values = input;
    for (const stage of this.stages) {
      const count = rows * stage.width;
      if (stage.kind === 'dense') {
        denseForward(stage, params, values, rows);
        activateInto(stage.activation, stage.z, stage.h, count, stage.width);
      } else {
        stage.isMasked = dropoutSeed !== null && stage.rate > 0;
        if (stage.isMasked && dropoutSeed !== null) {
          fillDropoutMask(stage.mask, count, stage.rate, dropoutSeed, stage.layerIndex);
          for (let i = 0; i < count; i++) stage.h[i] = (values[i] as number) * (stage.mask[i] as number);
        } else {
          for (let i = 0; i < count; i++) stage.h[i] = values[i] as number;
        }
      }
      values = stage.h;
    }
  }

  /**
   * Backpropagates from ∂L/∂z of the output layer (`outputDelta`, [rows, units]) through the
   * last forward pass, writing ∂L/∂params into `gradient` (overwritten, flat like params).
   * `outputDelta` may be overwritten.
   */
  backward(
    params: Float32Array,
    input: Float64Array,
    rows: number,
    outputDelta: Float64Array,
    gradient: Float64Array,
  ): void {
    gradient.fill(0);
    let delta = outputDelta;
    for (let index = this.stages.length - 1; index >= 0; index--) {
      const stage = this.stages[index] as Stage;
      const previous = this.stages[index - 1];
      const stageInput = previous ? previous.h : input;
      if (stage.kind === 'dense') {
        if (stage !== this.outputStage)
          multiplyByDerivative(stage.activation, delta, stage.z, stage.h, rows * stage.width);
        denseGradient(stage, stageInput, delta, rows, gradient);
        if (!previous) return;
        denseInputDelta(stage, params, delta, rows);
        delta = stage.inputDelta;
      } else if (stage.isMasked) {
        const count = rows * stage.width;
        for (let i = 0; i < count; i++) delta[i] = (delta[i] as number) * (stage.mask[i] as number);
      }
    }
  }
}

/** z = input · kernel + bias for `rows` rows. */
function denseForward(stage: DenseStage, params: Float32Array, input: Float64Array, rows: number): void {
  const { inputWidth, width, kernelOffset, biasOffset, z } = stage;
  for (let row = 0; row < rows; row++) {
    const zRow = row * width;
    const inputRow = row * inputWidth;
    for (let j = 0; j < width; j++) {
      let sum = params[biasOffset + j] as number;
      for (let i = 0, k = kernelOffset + j; i < inputWidth; i++, k += width)
        sum += (input[inputRow + i] as number) * (params[k] as number);
      z[zRow + j] = sum;
    }
  }
}

/** ∂L/∂kernel = inputᵀ · delta and ∂L/∂bias = Σ_rows delta, added into `gradient`. */
function denseGradient(
  stage: DenseStage,
  input: Float64Array,
  delta: Float64Array,
  rows: number,
  gradient: Float64Array,
): void {
  const { inputWidth, width, kernelOffset, biasOffset } = stage;
  for (let row = 0; row < rows; row++) {
    const deltaRow = row * width;
    const inputRow = row * inputWidth;
    for (let i = 0; i < inputWidth; i++) {
      const value = input[inputRow + i] as number;
      const kernelRow = kernelOffset + i * width;
      for (let j = 0; j < width; j++)
        gradient[kernelRow + j] =
          (gradient[kernelRow + j] as number) + value * (delta[deltaRow + j] as number);
    }
    for (let j = 0; j < width; j++)
      gradient[biasOffset + j] = (gradient[biasOffset + j] as number) + (delta[deltaRow + j] as number);
  }
}

/** ∂L/∂input = delta · kernelᵀ, into the stage's inputDelta. */
function denseInputDelta(stage: DenseStage, params: Float32Array, delta: Float64Array, rows: number): void {
  const { inputWidth, width, kernelOffset, inputDelta } = stage;
  for (let row = 0; row < rows; row++) {
    const deltaRow = row * width;
    const inputRow = row * inputWidth;
    for (let i = 0; i < inputWidth; i++) {
      const kernelRow = kernelOffset + i * width;
      let sum = 0;
      for (let j = 0; j < width; j++)
        sum += (delta[deltaRow + j] as number) * (params[kernelRow + j] as number);
      inputDelta[inputRow + i] = sum;
    }
  }
}
