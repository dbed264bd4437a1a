/**
 * The pure shape and parameter-count computation (core/modelSummary.ts) against tfjs's own
 * summary: each preset, and a stack with every layer kind, is built with tf.layers and compared
 * layer by layer (output shape, parameters) and in total (trainable and all).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerConfig, LossId } from '../../core/experiment/experiment';
import type { ModelInput } from '../../core/model/modelInput';
import { summarizeModel } from '../../core/model/modelSummary';
import { outputLayerFor } from '../../core/registries/losses';
import { MODEL_PRESET_IDS, MODEL_PRESETS } from '../../core/registries/presets';

/** The same stack as a tf.layers model; a dense layer straight on an image gets tfjs's explicit Flatten. */
function tfjsModel(input: ModelInput, layers: readonly LayerConfig[], units: number) {
  const model = tf.sequential();
  let rank = input.exampleShape.length;
  const first = (): { inputShape?: number[] } =>
    model.layers.length === 0 ? { inputShape: [...input.exampleShape] } : {};
  const ours: number[] = [];
  const add = (layer: tf.layers.Layer, isOurs: boolean) => {
    model.add(layer);
    if (isOurs) ours.push(model.layers.length - 1);
  };
  const dense = (count: number) => {
    if (rank === 3) {
      add(tf.layers.flatten(first()), false);
      rank = 1;
    }
    add(tf.layers.dense({ units: count, ...first() }), true);
  };
  for (const layer of layers) {
    switch (layer.kind) {
      case 'dense':
        dense(layer.units);
        break;
      case 'conv2d':
        add(
          tf.layers.conv2d({
            filters: layer.filters,
            kernelSize: layer.kernelSize,
            strides: layer.stride,
            padding: layer.padding,
            ...first(),
          }),
          true,
        );
        break;
      case 'maxPool2d':
        add(
          tf.layers.maxPooling2d({
            poolSize: layer.poolSize,
            strides: layer.poolSize,
            padding: 'valid',
            ...first(),
          }),
          true,
        );
        break;
      case 'avgPool2d':
        add(
          tf.layers.averagePooling2d({
            poolSize: layer.poolSize,
            strides: layer.poolSize,
            padding: 'valid',
            ...first(),
          }),
          true,
        );
        break;
      case 'flatten':
        add(tf.layers.flatten(first()), true);
        rank = 1;
        break;
      case 'dropout':
        add(tf.layers.dropout({ rate: layer.rate, ...first() }), true);
        break;
      case 'batchNorm':
        add(tf.layers.batchNormalization({ axis: -1, ...first() }), true);
        break;
    }
  }
  dense(units);
  return { model, ours };
}

function expectSameAsTfjs(input: ModelInput, layers: readonly LayerConfig[], loss: LossId) {
  const output = outputLayerFor(input.numClasses, loss, input.task);
  const summary = summarizeModel(input.exampleShape, layers, output);
  expect(summary.problems).toEqual([]);
  const { model, ours } = tfjsModel(input, layers, output.units);
  expect(ours).toHaveLength(summary.layers.length);
  summary.layers.forEach((layer, index) => {
    const tfjsLayer = model.layers[ours[index] as number] as tf.layers.Layer;
    expect([null, ...(layer.outputShape ?? [])], `layer ${index + 1} (${layer.kind})`).toEqual(
      tfjsLayer.outputShape,
    );
    expect(layer.trainableCount + layer.nonTrainableCount, `layer ${index + 1} (${layer.kind})`).toBe(
      tfjsLayer.countParams(),
    );
  });
  const trainable = model.trainableWeights.reduce(
    (sum, weight) => sum + weight.shape.reduce((product: number, length) => product * (length ?? 1), 1),
    0,
  );
  expect(summary.trainableCount).toBe(trainable);
  expect(summary.trainableCount + summary.nonTrainableCount).toBe(model.countParams());
  model.dispose();
  return summary;
}

const INPUTS: Record<string, ModelInput> = {
  points: { exampleShape: [2], task: 'classification', numClasses: 2 },
  iris: { exampleShape: [4], task: 'classification', numClasses: 3 },
  plane: { exampleShape: [2], task: 'regression', numClasses: 1 },
  digits: { exampleShape: [8, 8, 1], task: 'classification', numClasses: 10 },
  mnist: { exampleShape: [28, 28, 1], task: 'classification', numClasses: 10 },
};

describe('shapes and parameter counts match tfjs’s model summary', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const presetId of MODEL_PRESET_IDS) {
    for (const [name, input] of Object.entries(INPUTS)) {
      const result = MODEL_PRESETS[presetId].layersFor(input);
      if (!('layers' in result)) continue;
      it(`${presetId} on ${name}`, () => {
        expectSameAsTfjs(
          input,
          result.layers,
          input.task === 'regression' ? 'meanSquaredError' : 'categoricalCrossentropy',
        );
      });
    }
  }

  it('LeNet-5 on 28×28 has its classic 61,706 parameters', () => {
    const result = MODEL_PRESETS.lenet.layersFor(INPUTS.mnist as ModelInput);
    if (!('layers' in result)) throw new Error(result.unavailable);
    expect(
      expectSameAsTfjs(INPUTS.mnist as ModelInput, result.layers, 'categoricalCrossentropy').trainableCount,
    ).toBe(61_706);
  });

  it('every layer kind: strides, valid and same padding, average pooling, batch norm and dropout', () => {
    const layers: LayerConfig[] = [
      { kind: 'conv2d', filters: 5, kernelSize: 3, stride: 2, padding: 'same', activation: 'relu' },
      { kind: 'batchNorm' },
      { kind: 'conv2d', filters: 7, kernelSize: 4, stride: 3, padding: 'valid', activation: 'tanh' },
      { kind: 'avgPool2d', poolSize: 2 },
      { kind: 'dropout', rate: 0.5 },
      { kind: 'flatten' },
      { kind: 'dense', units: 12, activation: 'selu' },
      { kind: 'batchNorm' },
      { kind: 'dropout', rate: 0.2 },
    ];
    expectSameAsTfjs(INPUTS.mnist as ModelInput, layers, 'hinge');
    expectSameAsTfjs(
      INPUTS.points as ModelInput,
      [{ kind: 'batchNorm' }, { kind: 'dense', units: 3, activation: 'relu' }],
      'binaryCrossentropy',
    );
  });

  it('the LeNet-style preset is unavailable on non-image data, with its reason', () => {
    expect(MODEL_PRESETS.lenet.layersFor(INPUTS.iris as ModelInput)).toEqual({
      unavailable: 'model.lenet.unavailable',
    });
  });
});
