import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { inWords } from '../../../test/kits/reasonWords';
import {
  activateBackend,
  automaticPlan,
  backendPlan,
  classifyRenderer,
  type GpuInfo,
  LARGE_NETWORK_PARAMETERS,
} from './backend';

const SWIFTSHADER: GpuInfo = classifyRenderer(
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
);
const NVIDIA: GpuInfo = classifyRenderer(
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
);

describe('backend policy', () => {
  it('tells a real GPU from a software renderer', () => {
    expect(SWIFTSHADER.kind).toBe('software');
    expect(classifyRenderer('llvmpipe (LLVM 15.0.7, 256 bits)').kind).toBe('software');
    expect(NVIDIA.kind).toBe('hardware');
    expect(classifyRenderer(null)).toEqual({ kind: 'none', renderer: '' });
  });

  it('puts dense networks on wasm, then cpu, when WebGL is software or small networks gain nothing', () => {
    const plan = automaticPlan(17, SWIFTSHADER);
    expect(plan.map((choice) => choice.backend)).toEqual(['wasm', 'cpu']);
    expect(inWords(plan[0])?.reason).toBe('wasm: small dense network; WebGL here is software (SwiftShader)');
    expect(automaticPlan(LARGE_NETWORK_PARAMETERS * 2, SWIFTSHADER)[0]?.backend).toBe('wasm');
    expect(automaticPlan(300, NVIDIA)[0]?.backend).toBe('wasm');
    expect(inWords(automaticPlan(300, classifyRenderer(null))[0])?.reason).toMatch(/no WebGL/);
  });

  it('puts a large network on a real GPU', () => {
    const plan = automaticPlan(LARGE_NETWORK_PARAMETERS, NVIDIA);
    expect(plan.map((choice) => choice.backend)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(inWords(plan[0])?.reason).toMatch(/^webgl: large dense network \(100,000 parameters\) on a GPU/);
  });

  it('puts a convolutional network on webgl with a real GPU, else on wasm, then cpu', () => {
    const conv = { parameterCount: 3_658, hasConvolution: true };
    const gpu = automaticPlan(conv, NVIDIA);
    expect(gpu.map((choice) => choice.backend)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(inWords(gpu[0])?.reason).toMatch(/^webgl: convolutional network on a GPU \(ANGLE \(NVIDIA/);
    const software = automaticPlan(conv, SWIFTSHADER);
    expect(software.map((choice) => choice.backend)).toEqual(['wasm', 'cpu']);
    expect(inWords(software[0])?.reason).toBe(
      'wasm: convolutional network; WebGL here is software (SwiftShader)',
    );
    expect(inWords(automaticPlan(conv, classifyRenderer(null))[0])?.reason).toBe(
      'wasm: convolutional network; no WebGL here',
    );
    expect(backendPlan('wasm', conv, NVIDIA).map((choice) => choice.backend)).toEqual([
      'wasm',
      'webgl',
      'cpu',
    ]);
  });

  it('tries a forced backend first, then the automatic plan', () => {
    const plan = backendPlan('webgl', 17, SWIFTSHADER);
    expect(plan.map((choice) => choice.backend)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(inWords(plan[0])?.reason).toBe('webgl: chosen in the settings');
    expect(inWords(plan[1])?.reason).toMatch(/webgl was chosen but did not start/);
    expect(backendPlan('cpu', 17, SWIFTSHADER).map((choice) => choice.backend)).toEqual(['cpu', 'wasm']);
  });
});

describe('activateBackend in Node (only cpu is available)', () => {
  it('starts a convolutional network on cpu when neither WebGL nor wasm starts', async () => {
    const choice = await activateBackend('auto', { parameterCount: 3_658, hasConvolution: true }, NVIDIA);
    expect(inWords(choice)).toEqual({ backend: 'cpu', reason: 'cpu: wasm did not start here' });
  });

  it('reports the backend really in use when the preferred ones cannot start', async () => {
    const choice = await activateBackend('auto', 17, SWIFTSHADER);
    expect(choice.backend).toBe('cpu');
    expect(inWords(choice)?.reason).toBe('cpu: wasm did not start here');
    expect(tf.getBackend()).toBe('cpu');
  });

  it('falls back from a forced backend that does not start', async () => {
    const choice = await activateBackend('webgl', 17, SWIFTSHADER);
    expect(choice.backend).toBe('cpu');
    expect(inWords(choice)?.reason).toMatch(/webgl was chosen but did not start/);
    expect(tf.getBackend()).toBe('cpu');
  });

  it('honours a forced backend that starts', async () => {
    expect(inWords(await activateBackend('cpu', 17, NVIDIA))).toEqual({
      backend: 'cpu',
      reason: 'cpu: chosen in the settings',
    });
  });
});
