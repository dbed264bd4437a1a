/** Sizes and parameter counts of a dense network, for the Model panel and the run summary. */
import type { DenseLayerConfig, OutputLayerSpec } from './experiment';

/** One dense layer of the network: what flows in and out and how many weights it learns. */
export interface LayerSummary {
  /** 'hidden' for the person's layers, 'output' for the layer derived from the data and the loss. */
  readonly role: 'hidden' | 'output';
  /** Position among all dense layers, 0 for the first hidden layer (or the output if there is none). */
  readonly index: number;
  readonly activation: DenseLayerConfig['activation'] | OutputLayerSpec['activation'];
  /** Values entering the layer: features for the first, the previous layer's units otherwise. */
  readonly inputSize: number;
  /** Units of the layer. */
  readonly outputSize: number;
  /** Kernel entries, inputSize · outputSize. */
  readonly weightCount: number;
  /** One bias per unit. */
  readonly biasCount: number;
  /** weightCount + biasCount. */
  readonly parameterCount: number;
}

/** Every dense layer of the network from input to output, with its sizes and parameter count. */
export function layerSummaries(
  numFeatures: number,
  hiddenLayers: readonly DenseLayerConfig[],
  output: OutputLayerSpec,
): LayerSummary[] {
  const layers = [
    ...hiddenLayers.map((layer) => ({
      role: 'hidden' as const,
      units: layer.units,
      activation: layer.activation,
    })),
    { role: 'output' as const, units: output.units, activation: output.activation },
  ];
  let inputSize = numFeatures;
  return layers.map((layer, index) => {
    const weightCount = inputSize * layer.units;
    const summary: LayerSummary = {
      role: layer.role,
      index,
      activation: layer.activation,
      inputSize,
      outputSize: layer.units,
      weightCount,
      biasCount: layer.units,
      parameterCount: weightCount + layer.units,
    };
    inputSize = layer.units;
    return summary;
  });
}

/** Trainable parameters (weights plus biases) of the whole network. */
export function parameterCount(
  numFeatures: number,
  hiddenLayers: readonly DenseLayerConfig[],
  output: OutputLayerSpec,
): number {
  return layerSummaries(numFeatures, hiddenLayers, output).reduce(
    (sum, layer) => sum + layer.parameterCount,
    0,
  );
}
