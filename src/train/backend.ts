/**
 * Which tfjs backend trains a run, and why. Measured on a machine without a GPU (TFJS-NOTES.md):
 * WebGL runs on SwiftShader, a software renderer, and a tiny dense net is ten times slower there
 * than on cpu or wasm; wasm beats cpu on MLPs (6,500 against 900 examples/s on 784-128-10) and
 * ties on tiny nets; wasm cannot train convolutions. Only dense networks exist so far, so: wasm,
 * unless a real GPU meets a large network. This module never loads the wasm binaries (see
 * backendSetup.ts), so that Node tests can use it on the cpu backend.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendName, BackendPreference } from '../worker/protocol';

/** What renders WebGL here: a real GPU, a software renderer, or nothing. */
export type GpuKind = 'hardware' | 'software' | 'none';

/** The WebGL renderer found, classified. */
export interface GpuInfo {
  readonly kind: GpuKind;
  /** Renderer string as the driver reports it, '' when there is no WebGL. */
  readonly renderer: string;
}

/** A backend and the one-line reason it was chosen. */
export interface BackendChoice {
  readonly backend: BackendName;
  readonly reason: string;
}

/**
 * Parameters from which a dense network goes to WebGL on a real GPU: about an MLP of 784-128-10
 * (100k), where wasm's per-example cost starts to dominate its low per-op overhead.
 */
export const LARGE_NETWORK_PARAMETERS = 100_000;

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Classifies a WebGL renderer string (null when no context could be made). */
export function classifyRenderer(renderer: string | null): GpuInfo {
  if (renderer === null) return { kind: 'none', renderer: '' };
  return { kind: SOFTWARE_RENDERER.test(renderer) ? 'software' : 'hardware', renderer };
}

/** The renderer of a throwaway WebGL context on an OffscreenCanvas, or null without WebGL. */
function readWebGlRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof renderer === 'string' ? renderer : '';
  } catch {
    return null;
  }
}

let detectedGpu: GpuInfo | null = null;

/** Detects the GPU once per worker (a WebGL context is not free). */
export function detectGpu(): GpuInfo {
  detectedGpu ??= classifyRenderer(readWebGlRenderer());
  return detectedGpu;
}

/** Short name of the renderer for reasons, e.g. "SwiftShader". */
function rendererLabel(gpu: GpuInfo): string {
  return /swiftshader/i.test(gpu.renderer) ? 'SwiftShader' : gpu.renderer || 'unknown renderer';
}

/** Backends to try in order, each with its reason, for the automatic policy. */
export function automaticPlan(parameterCount: number, gpu: GpuInfo): BackendChoice[] {
  const size = `${parameterCount.toLocaleString('en-US')} parameters`;
  const cpu: BackendChoice = { backend: 'cpu', reason: 'cpu: wasm did not start here' };
  if (gpu.kind === 'hardware' && parameterCount >= LARGE_NETWORK_PARAMETERS) {
    return [
      { backend: 'webgl', reason: `webgl: large dense network (${size}) on a GPU (${rendererLabel(gpu)})` },
      { backend: 'wasm', reason: `wasm: WebGL did not start; large dense network (${size})` },
      cpu,
    ];
  }
  const why =
    gpu.kind === 'software'
      ? `WebGL here is software (${rendererLabel(gpu)})`
      : gpu.kind === 'none'
        ? 'no WebGL here'
        : `too small (${size}) to gain from the GPU`;
  return [{ backend: 'wasm', reason: `wasm: small dense network; ${why}` }, cpu];
}

/** Backends to try in order for a preference: a forced one first, then the automatic policy. */
export function backendPlan(
  preference: BackendPreference,
  parameterCount: number,
  gpu: GpuInfo,
): BackendChoice[] {
  const automatic = automaticPlan(parameterCount, gpu);
  if (preference === 'auto') return automatic;
  const fallback = automatic
    .filter((choice) => choice.backend !== preference)
    .map((choice) => ({
      ...choice,
      reason: `${choice.reason} (${preference} was chosen but did not start)`,
    }));
  return [{ backend: preference, reason: `${preference}: chosen in the settings` }, ...fallback];
}

/**
 * Switches tfjs to `name` and confirms it. setBackend fails silently (false and a console
 * warning) or throws for an unregistered name; and after a failure getBackend() still names the
 * failed backend until the engine falls back, so only a true result plus a matching name counts.
 */
async function trySetBackend(name: BackendName): Promise<boolean> {
  try {
    const isSet = await tf.setBackend(name);
    await tf.ready();
    return isSet && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** Activates the first backend of the plan that starts; reports what is really in use. */
export async function activateBackend(
  preference: BackendPreference,
  parameterCount: number,
  gpu: GpuInfo = detectGpu(),
): Promise<BackendChoice> {
  for (const choice of backendPlan(preference, parameterCount, gpu)) {
    if (await trySetBackend(choice.backend)) return choice;
  }
  throw new Error('No tfjs backend could start (tried webgl, wasm and cpu).');
}
