/**
 * The baseline page's script (bench/page/baseline.html, bench build only): publishes
 * `window.__runBaseline(spec)`, which trains the spec's model in a fresh baseline worker per
 * backend, one after the other (they would compete for the same cores), and lists the results.
 */
import type {
  BaselineBackend,
  BaselineRequest,
  BaselineResult,
  BaselineSpec,
} from '../../src/app/benchTypes';

/** Backends measured, in order. */
const BACKENDS: readonly BaselineBackend[] = ['cpu', 'wasm', 'webgl'];
/** Beyond its budget, how long a backend may take (data, warm-up, shader compilation) before it counts as hung. */
const HANG_MARGIN_MS = 120_000;

/** What the baseline page adds to `window`. */
export interface BaselineWindowGlobals {
  __runBaseline?: (spec: BaselineSpec) => Promise<BaselineResult[]>;
}

function runOnBackend(spec: BaselineSpec, backend: BaselineBackend): Promise<BaselineResult> {
  const worker = new Worker(new URL('./baseline.worker.ts', import.meta.url), {
    type: 'module',
    name: `baseline-${backend}`,
  });
  return new Promise<BaselineResult>((resolve) => {
    const finish = (result: BaselineResult): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ backend, isMeasured: false, message: 'no answer in time (hung)' }),
      spec.budgetMs + HANG_MARGIN_MS,
    );
    worker.addEventListener('message', (message: MessageEvent<BaselineResult>) => finish(message.data));
    worker.addEventListener('error', (error: ErrorEvent) => {
      error.preventDefault();
      finish({ backend, isMeasured: false, message: error.message || 'the worker failed' });
    });
    const request: BaselineRequest = { spec, backend };
    worker.postMessage(request);
  });
}

const describe = (result: BaselineResult): string =>
  result.isMeasured
    ? `${result.backend}: ${Math.round(result.examplesPerSecond)} examples/s, ${result.msPerStep.toFixed(2)} ms/step`
    : `${result.backend}: ${result.message}`;

async function runBaseline(spec: BaselineSpec): Promise<BaselineResult[]> {
  const output = document.getElementById('baseline-results');
  const results: BaselineResult[] = [];
  for (const backend of BACKENDS) {
    if (output) output.textContent = [...results.map(describe), `${backend}: training…`].join('\n');
    results.push(await runOnBackend(spec, backend));
  }
  if (output) output.textContent = results.map(describe).join('\n');
  return results;
}

const globals: BaselineWindowGlobals = { __runBaseline: runBaseline };
Object.assign(window, globals);
