/**
 * The bench's one figure that is not a training rate: how long choosing MNIST takes a person, from
 * the choice to its preview and statistics, and to a run ready to train, with the longest task on
 * the page's thread meanwhile (the page must stay responsive while the data worker decodes).
 * Moved here from the e2e suite (issue #26, item 5): tests assert behaviour, the bench prints times.
 */
import type { BrowserContext } from 'playwright-core';

/** One MNIST load, measured from the page's choice of the set; or why it could not be. */
export type MnistLoadMeasurement =
  | { readonly isMeasured: false; readonly reason: string }
  | {
      readonly isMeasured: true;
      /** From choosing MNIST to its ten preview rows and statistics on the page, in ms. */
      readonly shownMs: number;
      /** From choosing MNIST to "Ready at epoch 0", in ms. */
      readonly readyMs: number;
      /** The data worker's own figure, as the Dataset panel shows it. */
      readonly workerSays: string;
      /** The longest main-thread task from the choice to ready, in ms. */
      readonly longestTaskMs: number;
    };

const STEP_TIMEOUT_MS = 120_000;

/** Opens the app at `baseUrl`, chooses MNIST in the Dataset panel and times what a person sees. */
export async function measureMnistLoad(
  context: BrowserContext,
  baseUrl: string,
): Promise<MnistLoadMeasurement> {
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    const status = page.getByTestId('run-status');
    await status.filter({ hasText: /Ready at epoch 0/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.evaluate(() => {
      const probe = globalThis as unknown as { longestTaskMs: number };
      probe.longestTaskMs = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          probe.longestTaskMs = Math.max(probe.longestTaskMs, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const startMs = Date.now();
    await page.getByLabel('Data set').selectOption('mnist');
    const panel = page.getByRole('region', { name: 'Dataset', exact: true });
    await panel.locator('.image-grid-row').nth(9).waitFor({ timeout: STEP_TIMEOUT_MS });
    await panel.getByTestId('analysis-timing').waitFor({ timeout: STEP_TIMEOUT_MS });
    const shownMs = Date.now() - startMs;
    await page
      .getByTestId('train-sample-note')
      .filter({ hasText: 'training examples' })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await status.filter({ hasText: /Ready at epoch 0/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const readyMs = Date.now() - startMs;
    const workerSays = ((await panel.getByTestId('analysis-timing').textContent()) ?? '').trim();
    const longestTaskMs = await page.evaluate(
      () => (globalThis as unknown as { longestTaskMs: number }).longestTaskMs,
    );
    return { isMeasured: true, shownMs, readyMs, workerSays, longestTaskMs };
  } catch (error) {
    return { isMeasured: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await page.close();
  }
}

/** The measurement as one line of the report. */
export function formatMnistLoad(measurement: MnistLoadMeasurement): string {
  if (!measurement.isMeasured) return `MNIST load: n/a (${measurement.reason.split('\n')[0]})`;
  const { shownMs, readyMs, workerSays, longestTaskMs } = measurement;
  return (
    `MNIST load (headless Chromium, from choosing it in the Dataset panel): preview and statistics shown ` +
    `${Math.round(shownMs)} ms, run ready ${Math.round(readyMs)} ms, longest main-thread task meanwhile ` +
    `${Math.round(longestTaskMs)} ms; the worker says "${workerSays}".`
  );
}
