import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { barImageSplit } from '../../../test/fixtures/syntheticImages';
import { inWords } from '../../../test/kits/reasonWords';
import { onBackend } from '../../../test/kits/wasmBackend';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import type { Experiment } from '../../core/experiment/experiment';
import { modelSignature } from '../../core/run/backendMeasurement';
import { detectGpu, deviceLabel } from './backend';
import { RunDataPool } from './data';
import { chooseBackend } from './measuredBackend';

const IMAGES = barImageSplit(40, 10, 8, 3);
const CNN: Experiment = {
  ...DEFAULT_EXPERIMENT,
  dataset: { ...DEFAULT_EXPERIMENT.dataset, id: 'digits', numClasses: 3 },
  model: {
    hiddenLayers: [
      { kind: 'conv2d', filters: 4, kernelSize: 3, stride: 1, padding: 'same', activation: 'relu' },
      { kind: 'maxPool2d', poolSize: 2 },
      { kind: 'flatten' },
    ],
  },
  loss: 'categoricalCrossentropy',
  training: { ...DEFAULT_EXPERIMENT.training, batchSize: 8 },
};
const NEEDS = { parameterCount: 500, hasConvolution: true };

describe('the measured backend in Node (no WebGL: wasm, then cpu)', () => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('times a copy of the run on wasm, leaves wasm active and frees the copy', async () => {
    await onBackend('wasm', () => tf.zeros([1]));
    const pool = new RunDataPool();
    const before = tf.memory().numTensors;
    const choice = await chooseBackend('auto', NEEDS, pool, { experiment: CNN, dataset: IMAGES, cached: [] });
    expect(choice.backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(choice.measurement?.signature).toBe(modelSignature(CNN));
    expect(choice.measurement?.device).toBe(deviceLabel(detectGpu()));
    expect(choice.measurement?.msPerStep.wasm).toBeGreaterThan(0);
    expect(inWords(choice)?.reason).toMatch(
      /^wasm: convolutional network; no WebGL here; measured here \(wasm [\d.]+ ms per step\)$/,
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('takes a kept measurement of this device, and measures nothing for a forced backend', async () => {
    const pool = new RunDataPool();
    const kept = {
      signature: modelSignature(CNN),
      device: deviceLabel(detectGpu()),
      backend: 'cpu',
      msPerStep: { cpu: 1 },
    } as const;
    const choice = await chooseBackend('auto', NEEDS, pool, {
      experiment: CNN,
      dataset: IMAGES,
      cached: [kept],
    });
    expect(inWords(choice)).toEqual({
      backend: 'cpu',
      reason: expect.stringMatching(/cpu 1\.0 ms per step/),
      measurement: kept,
    });
    const forced = await chooseBackend('wasm', NEEDS, pool, { experiment: CNN, dataset: IMAGES, cached: [] });
    expect(inWords(forced)).toEqual({ backend: 'wasm', reason: 'wasm: chosen in the settings' });
  });
});
