/**
 * An independent twin of the app's network: the same layout built from tf.layers (Dense, Conv2D,
 * pooling, Flatten, BatchNormalization, LeakyReLU) holding the app's weights, with its forward pass
 * and, through tf.variableGrads, its gradients. Dropout uses the app's mask (fillDropoutMask) so that
 * both draw the same units; what the twin checks is how the mask is applied. For tests only.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossId } from '../../src/core/experiment/experiment';
import { LEAKY_RELU_SLOPE } from '../../src/core/registries/activations';
import { BATCH_NORM } from '../../src/core/registries/layers';
import { fillDropoutMask } from '../../src/train/shared/dropoutMask';
import type { LayerLayout, NetworkLayout } from '../../src/train/shared/networkLayout';

/** One step of the twin: a tf.layers layer, or the app's dropout mask of a layer. */
type Stage = { readonly layer: tf.layers.Layer } | { readonly dropout: LayerLayout };

/** tf.layers' activation name of the app's (LeakyReLU is a layer of its own). */
function activationName(activation: LayerLayout['activation']) {
  return activation === 'leakyRelu' ? 'linear' : activation;
}

function stagesOf(layer: LayerLayout): Stage[] {
  const config = layer.config;
  const activation = activationName(layer.activation);
  const leaky: Stage[] =
    layer.activation === 'leakyRelu' ? [{ layer: tf.layers.leakyReLU({ alpha: LEAKY_RELU_SLOPE }) }] : [];
  switch (layer.kind) {
    case 'dense':
      return [{ layer: tf.layers.dense({ units: layer.outputShape.at(-1) ?? 0, activation }) }, ...leaky];
    case 'conv2d': {
      if (config?.kind !== 'conv2d') throw new Error('conv2d without settings');
      const { filters, kernelSize, stride, padding } = config;
      return [
        { layer: tf.layers.conv2d({ filters, kernelSize, strides: stride, padding, activation }) },
        ...leaky,
      ];
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      if (config?.kind !== 'maxPool2d' && config?.kind !== 'avgPool2d')
        throw new Error('pool without settings');
      const args = { poolSize: config.poolSize, strides: config.poolSize, padding: 'valid' } as const;
      return [
        {
          layer: layer.kind === 'maxPool2d' ? tf.layers.maxPooling2d(args) : tf.layers.averagePooling2d(args),
        },
      ];
    }
    case 'flatten':
      return [{ layer: tf.layers.flatten() }];
    case 'dropout':
      return [{ dropout: layer }];
    case 'batchNorm':
      return [{ layer: tf.layers.batchNormalization({ axis: -1, ...BATCH_NORM }) }];
    default:
      throw new Error(`Unknown layer kind: ${String(layer.kind satisfies never)}`);
  }
}

/** The twin of one layout. */
export class LayersTwin {
  private readonly stages: Stage[][];

  constructor(
    private readonly layout: NetworkLayout,
    params: Float32Array,
  ) {
    this.stages = layout.layers.map(stagesOf);
    // One pass builds every layer (with random weights), then the app's weights replace them.
    tf.tidy(() => this.output(tf.zeros([1, layout.numFeatures]), null));
    let offset = 0;
    layout.layers.forEach((layer, index) => {
      const weighted = this.stages[index]?.find(
        (stage) => 'layer' in stage && stage.layer.getWeights().length > 0,
      );
      const pieces = layer.parts.map((part) => {
        const piece = tf.tensor(params.subarray(offset, offset + part.size), [...part.shape]);
        offset += part.size;
        return piece;
      });
      if (!weighted || !('layer' in weighted)) return;
      // BatchNormalization also holds its moving mean and variance, starting as the app's: 0 and 1.
      const channels = layer.outputShape.at(-1) ?? 0;
      const moving = layer.kind === 'batchNorm' ? [tf.zeros([channels]), tf.ones([channels])] : [];
      weighted.layer.setWeights([...pieces, ...moving]);
      tf.dispose([...pieces, ...moving]);
    });
  }

  /** The network's output for `x` [examples, features]; `dropoutSeed` null for inference. Call inside tf.tidy. */
  output(x: tf.Tensor2D, dropoutSeed: number | null): tf.Tensor {
    let h: tf.Tensor = tf.reshape(x, [-1, ...this.layout.exampleShape]);
    this.layout.layers.forEach((_layer, index) => {
      for (const stage of this.stages[index] ?? []) {
        if ('layer' in stage) {
          h = stage.layer.apply(h, { training: dropoutSeed !== null }) as tf.Tensor;
        } else if (dropoutSeed !== null) {
          const rate = stage.dropout.config?.kind === 'dropout' ? stage.dropout.config.rate : 0;
          const mask = new Float32Array(h.size);
          fillDropoutMask(mask, mask.length, rate, dropoutSeed, stage.dropout.index);
          h = tf.mul(h, tf.tensor(mask, h.shape));
        }
      }
    });
    return h;
  }

  /** The trainable variables in the app's flat order: each layer's kernel, bias (or γ, β). */
  trainableVariables(): tf.Variable[] {
    return this.stages
      .flat()
      .flatMap((stage) =>
        'layer' in stage ? stage.layer.trainableWeights.map((w) => w.read() as tf.Variable) : [],
      );
  }

  /** BatchNormalization's moving mean and variance of layer `index`. */
  movingStatistics(index: number): { mean: Float32Array; variance: Float32Array } {
    const stage = this.stages[index]?.find((s) => 'layer' in s);
    if (!stage || !('layer' in stage)) throw new Error(`Layer ${index + 1} has no weights.`);
    const [, , mean, variance] = stage.layer.getWeights();
    return {
      mean: (mean as tf.Tensor).dataSync() as Float32Array,
      variance: (variance as tf.Tensor).dataSync() as Float32Array,
    };
  }

  /** Frees the layers' weights. */
  dispose(): void {
    for (const stage of this.stages.flat()) if ('layer' in stage) stage.layer.dispose();
  }
}

/** Keras's mean loss of `loss` over a batch, from the twin's outputs (tf.metrics, not the app's code). */
export function twinLoss(loss: LossId, targets: tf.Tensor, outputs: tf.Tensor): tf.Scalar {
  switch (loss) {
    case 'binaryCrossentropy':
      return tf.mean(tf.metrics.binaryCrossentropy(targets, outputs));
    case 'categoricalCrossentropy':
      return tf.mean(tf.metrics.categoricalCrossentropy(targets, outputs));
    case 'meanSquaredError':
      return tf.mean(tf.metrics.meanSquaredError(targets, outputs));
    default:
      throw new Error(`The twin has no ${loss}.`);
  }
}
