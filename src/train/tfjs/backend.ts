/**
 * Which tfjs backend trains a run, and why: on wasm unless a real GPU meets a large dense network or
 * a convolutional one (measured in docs/decisions/engines.md and wasm-convolutions.md; wasm trains
 * convolutions with the kernels of ./wasm/). This module never loads the wasm binaries (see
 * backendSetup.ts), so that Node tests can use it on the cpu backend.
 */
import * as tf from '@tensorflow/tfjs';
import {
  type BackendMeasurement,
  type BackendReason,
  reasonOf,
  withNote,
} from '../../core/run/backendMeasurement';
import type { BackendName, BackendPreference } from '../../core/run/types';
import { groupDigits } from '../../core/util/numberText';
import { WEBGL_CONTEXT_LOST_MESSAGE } from '../../worker/training/protocol';
import { MessageError } from '../shared/messageError';

/** What renders WebGL here: a real GPU, a software renderer, or nothing. */
export type GpuKind = 'hardware' | 'software' | 'none';

/** The WebGL renderer found, classified. */
export interface GpuInfo {
  readonly kind: GpuKind;
  /** Renderer string as the driver reports it, '' when there is no WebGL. */
  readonly renderer: string;
}

/** A backend and the one-line reason it was chosen (put into words on the page). */
export interface BackendChoice {
  readonly backend: BackendName;
  readonly reason: BackendReason;
  /** The timing that chose it, for the page to keep, when it was chosen by measurement. */
  readonly measurement?: BackendMeasurement;
}

/**
 * Parameters from which a dense network goes to WebGL on a real GPU: about an MLP of 784-128-10
 * (100k), where wasm's per-example cost starts to dominate its low per-op overhead.
 */
export const LARGE_NETWORK_PARAMETERS = 100_000;

/** What a network asks of a backend. */
export interface BackendNeeds {
  /** Trainable parameters. */
  readonly parameterCount: number;
  /** Has Conv2D layers, which a real GPU trains faster than wasm. */
  readonly hasConvolution: boolean;
}

/** A dense network's needs from its parameter count alone (callers that know no more). */
const needsOf = (needs: BackendNeeds | number): BackendNeeds =>
  typeof needs === 'number' ? { parameterCount: needs, hasConvolution: false } : needs;

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

/**
 * Backends to try in order for a convolutional network: webgl on a real GPU, else wasm, which beat
 * WebGL on SwiftShader about 25 times on LeNet (docs/decisions/wasm-convolutions.md); cpu last.
 */
function convolutionPlan(gpu: GpuInfo): BackendChoice[] {
  const cpu: BackendChoice = { backend: 'cpu', reason: reasonOf('training.reason.cpuNoWasm') };
  const renderer = { renderer: rendererLabel(gpu) };
  const wasm: BackendChoice = {
    backend: 'wasm',
    reason:
      gpu.kind === 'hardware'
        ? reasonOf('training.reason.wasmNoWebgl')
        : gpu.kind === 'software'
          ? reasonOf('training.reason.wasmConvSoftware', renderer)
          : reasonOf('training.reason.wasmConvNone'),
  };
  if (gpu.kind !== 'hardware') return [wasm, cpu];
  return [{ backend: 'webgl', reason: reasonOf('training.reason.webglConv', renderer) }, wasm, cpu];
}

/** Backends to try in order, each with its reason, for the automatic policy. */
export function automaticPlan(needs: BackendNeeds | number, gpu: GpuInfo): BackendChoice[] {
  const { parameterCount, hasConvolution } = needsOf(needs);
  if (hasConvolution) return convolutionPlan(gpu);
  const parameters = groupDigits(parameterCount);
  const renderer = rendererLabel(gpu);
  const cpu: BackendChoice = { backend: 'cpu', reason: reasonOf('training.reason.cpuNoWasm') };
  if (gpu.kind === 'hardware' && parameterCount >= LARGE_NETWORK_PARAMETERS) {
    return [
      { backend: 'webgl', reason: reasonOf('training.reason.webglLarge', { parameters, renderer }) },
      { backend: 'wasm', reason: reasonOf('training.reason.wasmLarge', { parameters }) },
      cpu,
    ];
  }
  const reason =
    gpu.kind === 'software'
      ? reasonOf('training.reason.wasmSmallSoftware', { renderer })
      : gpu.kind === 'none'
        ? reasonOf('training.reason.wasmSmallNone')
        : reasonOf('training.reason.wasmSmallTooSmall', { parameters });
  return [{ backend: 'wasm', reason }, cpu];
}

/**
 * Backends to try in order for a preference: a forced one first, then the automatic policy. A
 * forced JavaScript engine is skipped, saying why: it reaches here only for a network it cannot compute.
 */
export function backendPlan(
  preference: BackendPreference,
  needs: BackendNeeds | number,
  gpu: GpuInfo,
): BackendChoice[] {
  const automatic = automaticPlan(needs, gpu);
  if (preference === 'auto') return automatic;
  if (preference === 'js') {
    return automatic.map((choice) => ({
      ...choice,
      reason: withNote(choice.reason, 'training.reason.jsCannot'),
    }));
  }
  const fallback = automatic
    .filter((choice) => choice.backend !== preference)
    .map((choice) => ({
      ...choice,
      reason: withNote(choice.reason, 'training.reason.notStarted', { backend: preference }),
    }));
  return [
    { backend: preference, reason: reasonOf('training.reason.chosen', { backend: preference }) },
    ...fallback,
  ];
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

const watchedWebGlCanvases = new WeakSet<object>();

/**
 * Makes a lost WebGL context fail the worker loudly. Every tensor lived in that context, so the
 * run cannot go on in place, and tfjs alone would carry on with zeros or hang on a read: the
 * error reaches the main thread, which restarts the run on another backend (runSlice.ts).
 */
function reportWebGlContextLoss(): void {
  const backend = tf.backend() as { gpgpu?: { gl?: { canvas?: unknown } } };
  const canvas = backend.gpgpu?.gl?.canvas;
  if (!(canvas instanceof EventTarget) || watchedWebGlCanvases.has(canvas)) return;
  watchedWebGlCanvases.add(canvas);
  canvas.addEventListener('webglcontextlost', () => reportError(new Error(WEBGL_CONTEXT_LOST_MESSAGE)));
}

/** Switches tfjs to `name` and confirms it, watching a WebGL context for loss; false when it does not start. */
export async function switchBackend(name: BackendName): Promise<boolean> {
  if (!(await trySetBackend(name))) return false;
  if (name === 'webgl') reportWebGlContextLoss();
  return true;
}

/** This device in words, for keeping measured choices apart: the WebGL renderer and the cores. */
export function deviceLabel(gpu: GpuInfo): string {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  return `${gpu.renderer || 'no WebGL'} · ${cores} cores`;
}

/** Why no run can train: not one tfjs backend started. */
export const noBackendError = (): MessageError => new MessageError({ key: 'training.error.noBackend' });

/** Activates the first backend of the plan that starts; reports what is really in use. */
export async function activateBackend(
  preference: BackendPreference,
  needs: BackendNeeds | number,
  gpu: GpuInfo = detectGpu(),
): Promise<BackendChoice> {
  for (const choice of backendPlan(preference, needs, gpu)) {
    if (await switchBackend(choice.backend)) return choice;
  }
  throw noBackendError();
}
