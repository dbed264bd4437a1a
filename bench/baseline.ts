/**
 * Runs the bare-tfjs baseline of a scenario in the bench build's baseline page
 * (bench/page/baseline.html): the same model, data and batch size with `model.fit` in a worker, on
 * cpu, wasm and webgl one after the other.
 */
import type { BrowserContext } from 'playwright-core';
import type { BaselineResult, BaselineSpec } from '../src/app/benchTypes';

const PAGE_TIMEOUT_MS = 20_000;

/** The baseline's results on each backend, in a fresh page of `context`. */
export async function measureBaseline(
  context: BrowserContext,
  baseUrl: string,
  spec: BaselineSpec,
): Promise<BaselineResult[]> {
  const page = await context.newPage();
  try {
    await page.goto(new URL('bench/page/baseline.html', baseUrl).href);
    await page.waitForFunction(() => '__runBaseline' in window, null, { timeout: PAGE_TIMEOUT_MS });
    return await page.evaluate(
      (request) =>
        (
          window as unknown as { __runBaseline: (spec: BaselineSpec) => Promise<BaselineResult[]> }
        ).__runBaseline(request),
      spec,
    );
  } finally {
    await page.close();
  }
}

/** The fastest measured backend of a baseline, or null when none trained. */
export function bestBaseline(
  results: readonly BaselineResult[],
): Extract<BaselineResult, { isMeasured: true }> | null {
  let best: Extract<BaselineResult, { isMeasured: true }> | null = null;
  for (const result of results) {
    if (result.isMeasured && (!best || result.examplesPerSecond > best.examplesPerSecond)) best = result;
  }
  return best;
}
