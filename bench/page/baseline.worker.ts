/**
 * The bare-tfjs baseline: the scenario's model as a `tf.sequential`, trained with `model.fit` on
 * one backend, with no UI and no app code in the loop. It answers one BaselineRequest with one
 * BaselineResult; the page starts a fresh worker per backend so that backends never share state.
 * Importing backendSetup points the wasm backend at the app's own .wasm files (no CDN).
 */
import '../../src/train/tfjs/backendSetup';
import * as tf from '@tensorflow/tfjs';
import type {
  BaselineBackend,
  BaselineRequest,
  BaselineResult,
  BaselineSpec,
} from '../../src/app/benchTypes';
import type { SplitDataset } from '../../src/core/datasets/types';
import { messageOf } from '../../src/core/util/messageOf';
import { median } from '../stats';
import { loadBaselineData } from './baselineData';

declare const self: DedicatedWorkerGlobalScope;

/** Length of one measured fit epoch: slow models train on a slice so that several epochs fit the budget. */
const TARGET_EPOCH_MS = 500;
/** Batches of the warm-up fits (shader compilation, first allocations), which are not measured. */
const WARM_UP_BATCHES = 2;

function buildModel(spec: BaselineSpec, inputShape: readonly number[]): tf.Sequential {
  const model = tf.sequential();
  spec.layers.forEach((layer, index) => {
    const input = index === 0 ? { inputShape: [...inputShape] } : {};
    switch (layer.kind) {
      case 'dense':
        model.add(tf.layers.dense({ units: layer.units, activation: layer.activation, ...input }));
        return;
      case 'conv2d':
        model.add(
          tf.layers.conv2d({
            filters: layer.filters,
            kernelSize: layer.kernelSize,
            activation: layer.activation,
            padding: layer.padding ?? 'valid',
            ...input,
          }),
        );
        return;
      case 'maxPooling2d':
        model.add(tf.layers.maxPooling2d({ poolSize: layer.poolSize, ...input }));
        return;
      case 'flatten':
        model.add(tf.layers.flatten(input));
        return;
    }
  });
  model.compile({ optimizer: tf.train.sgd(spec.learningRate), loss: spec.loss });
  return model;
}

/** Inputs and targets of the training set as tensors: one sigmoid unit for binary cross-entropy, one-hot otherwise. */
function trainingTensors(spec: BaselineSpec, split: SplitDataset, inputShape: readonly number[]) {
  const { train, numClasses } = split;
  const x = tf.tensor(train.features, [train.count, ...inputShape]);
  const y =
    spec.loss === 'binaryCrossentropy'
      ? tf.tensor2d(Float32Array.from(train.labels), [train.count, 1])
      : tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(train.labels), 'int32'), numClasses).toFloat());
  return { x, y };
}

/** One fit of `epochs` over the first `count` examples; resolves with the end time of each epoch. */
async function timedFit(
  model: tf.Sequential,
  tensors: { x: tf.Tensor; y: tf.Tensor },
  count: number,
  spec: BaselineSpec,
  budget: { epochs: number; ms: number },
): Promise<number[]> {
  const isWhole = count === tensors.x.shape[0];
  const xs = isWhole ? tensors.x : tensors.x.slice(0, count);
  const ys = isWhole ? tensors.y : tensors.y.slice(0, count);
  const epochEndsMs: number[] = [];
  const startMs = performance.now();
  await model.fit(xs, ys, {
    batchSize: spec.batchSize,
    epochs: budget.epochs,
    // tfjs's own shuffle draws from Math.random. Skipping it costs fit no work: it gathers every
    // batch by index either way (sliceArraysByIndices), as the app copies every batch by index.
    shuffle: false,
    // The strongest baseline: no yielding for animation frames inside fit.
    yieldEvery: 'never',
    verbose: 0,
    callbacks: {
      onEpochEnd: async () => {
        const nowMs = performance.now();
        epochEndsMs.push(nowMs);
        if (nowMs - startMs >= budget.ms) model.stopTraining = true;
      },
    },
  });
  if (!isWhole) tf.dispose([xs, ys]);
  return [startMs, ...epochEndsMs];
}

async function measure(request: BaselineRequest): Promise<BaselineResult> {
  const { spec, backend } = request;
  const isSet = await tf.setBackend(backend);
  await tf.ready();
  if (!isSet || tf.getBackend() !== backend)
    return { backend, isMeasured: false, message: `${backend} did not start` };
  const split = await loadBaselineData(spec.query, spec.data);
  const inputShape = (spec.data.kind === 'shipped' && spec.data.imageShape) || [split.numFeatures];
  const model = buildModel(spec, inputShape);
  const tensors = trainingTensors(spec, split, inputShape);
  try {
    const trainCount = split.train.count;
    const warmCount = Math.min(trainCount, WARM_UP_BATCHES * spec.batchSize);
    await timedFit(model, tensors, warmCount, spec, { epochs: 1, ms: 0 });
    const [warmStartMs = 0, warmEndMs = 0] = await timedFit(model, tensors, warmCount, spec, {
      epochs: 1,
      ms: 0,
    });
    const msPerExample = Math.max(warmEndMs - warmStartMs, 0.01) / warmCount;
    const batchesPerEpoch = Math.max(1, Math.round(TARGET_EPOCH_MS / msPerExample / spec.batchSize));
    const sliceCount = Math.min(trainCount, batchesPerEpoch * spec.batchSize);
    const times = await timedFit(model, tensors, sliceCount, spec, { epochs: 1_000_000, ms: spec.budgetMs });
    const epochMs = median(times.slice(1).map((endMs, i) => endMs - (times[i] as number)));
    const examplesPerSecond = (sliceCount / epochMs) * 1000;
    return {
      backend,
      isMeasured: true,
      examplesPerSecond,
      epochsPerSecond: examplesPerSecond / trainCount,
      msPerStep: epochMs / Math.ceil(sliceCount / spec.batchSize),
      trainCount,
      parameterCount: model.countParams(),
      sliceCount,
      measuredEpochs: times.length - 1,
    };
  } finally {
    tf.dispose([tensors.x, tensors.y]);
    model.dispose();
  }
}

self.addEventListener('message', (message: MessageEvent<BaselineRequest>) => {
  const backend: BaselineBackend = message.data.backend;
  measure(message.data).then(
    (result) => self.postMessage(result),
    (error: unknown) => self.postMessage({ backend, isMeasured: false, message: messageOf(error) }),
  );
});
