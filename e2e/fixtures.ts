import { test as base, expect, type Page } from '@playwright/test';

/** Console errors and uncaught page errors seen during a test; every spec asserts there are none. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await use(errors);
  },
});

export { expect };

/** The epoch number the status line reports. */
export async function statusEpoch(page: Page): Promise<number> {
  const text = (await runStatus(page).textContent()) ?? '';
  const match = /epoch (\d+)/i.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/** Waits until the run has trained at least `epochs` epochs. */
export async function waitForEpoch(page: Page, epochs: number): Promise<void> {
  await expect.poll(() => statusEpoch(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(epochs);
}

/** The status region's text. */
export function runStatus(page: Page) {
  return page.getByTestId('run-status');
}
