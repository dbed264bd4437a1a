import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, runStatus, statusEpoch, test, waitForEpoch } from './fixtures';

/** The chart figure whose heading is `title`. */
const chart = (page: Page, title: string) =>
  page.locator('figure.metric-chart', { has: page.getByRole('heading', { name: title }) });

/** How many points the drawn path of each line of a chart has, in drawing order. */
async function pathLengths(page: Page, title: string): Promise<number[]> {
  const paths = chart(page, title).locator('path.recharts-line-curve');
  return paths.evaluateAll((elements) =>
    elements.map((element) => (element.getAttribute('d') ?? '').split('L').length),
  );
}

/** The `d` attributes of a chart's lines: a drawing changes when any of them does. */
const pathData = (page: Page, title: string) =>
  chart(page, title)
    .locator('path.recharts-line-curve')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('d') ?? ''));

async function openSgdVersusAdam(page: Page): Promise<void> {
  // Enough epochs that no run finishes by itself during a test.
  await page.goto('./?epochs=100000');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByLabel('Ready-made race').selectOption('sgd-vs-adam');
  await expect(page.getByTestId('differences')).toHaveText('Differs in optimizer (A SGD · B Adam)');
}

test('the SGD vs Adam race trains both variants: both curves grow and the summary table fills', async ({
  page,
  pageErrors,
}) => {
  await openSgdVersusAdam(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 15);
  await expect(runStatus(page)).toContainText(/^Training · epoch \d+ · 2 variants · backend \w+/);

  // One legend for both charts: each variant once, then the key of solid train and dashed test lines.
  const legend = page.getByTestId('race-legend').locator('.chart-legend-name');
  await expect(legend).toHaveText(['A · SGD', 'B · Adam', 'train', 'test']);
  for (const title of ['Loss', 'Accuracy']) {
    await expect.poll(async () => (await pathLengths(page, title)).length).toBe(4);
    await expect
      .poll(async () => Math.min(...(await pathLengths(page, title))), { timeout: 15_000 })
      .toBeGreaterThan(10);
  }
  // Each variant has its own boundary view, named.
  await expect(page.locator('.race-boundaries figcaption')).toHaveText(['A · SGD', 'B · Adam']);

  const rows = page.getByTestId('summary-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  for (const [index, name] of ['A · SGD', 'B · Adam'].entries()) {
    const cells = rows.nth(index).locator('th, td');
    await expect(cells.nth(0)).toHaveText(name);
    await expect(cells.nth(1)).toHaveText(/^\d+\.\d%$/);
    await expect(cells.nth(3)).toHaveText(/^\d+\.\d{4}$/);
    await expect(cells.nth(6)).toHaveText(/^\d+\.\d$/);
    await expect(cells.nth(7)).toHaveText('no');
  }

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused · epoch \d+ · 2 variants/);
  const pausedAt = await statusEpoch(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(runStatus(page)).toContainText(`Paused · epoch ${pausedAt + 1} · 2 variants`);
  expect(pageErrors).toEqual([]);
});

test('the x-axis, smoothing and log-scale controls change the charts', async ({ page, pageErrors }) => {
  await openSgdVersusAdam(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 20);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);

  const xLabel = chart(page, 'Loss').locator('.recharts-label').first();
  await expect(xLabel).toHaveText('Epoch');
  const before = await pathData(page, 'Loss');
  await page.getByLabel('X-axis').selectOption('time');
  await expect(xLabel).toHaveText('Seconds of training');
  await expect.poll(() => pathData(page, 'Loss')).not.toEqual(before);

  // Smoothing adds each raw curve, faint, behind its smoothed one.
  expect(await pathLengths(page, 'Loss')).toHaveLength(4);
  await page.getByLabel('Smoothing').fill('0.9');
  await expect.poll(async () => (await pathLengths(page, 'Loss')).length).toBe(8);

  const yTicks = () =>
    chart(page, 'Loss')
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
  const linearTicks = await yTicks();
  expect(linearTicks.length).toBeGreaterThan(2);
  await page.getByLabel('Log scale (loss)').check();
  await expect.poll(yTicks).not.toEqual(linearTicks);
  expect(pageErrors).toEqual([]);
});

test('a race survives a reload through its link: variants, seeds and chart options', async ({
  page,
  pageErrors,
}) => {
  await openSgdVersusAdam(page);
  await page.getByLabel('Seeds per variant').selectOption('2');
  await page.getByLabel('X-axis').selectOption('examples');
  await page.getByLabel('Smoothing').fill('0.6');
  await page.getByTestId('variant-1').click();
  await page.getByLabel('Learning rate', { exact: true }).fill('0.02');
  await expect(page).toHaveURL(/b\.lr=0\.02/);

  await page.reload();
  await expect(page.getByTestId('differences')).toHaveText(
    'Differs in optimizer (A SGD · B Adam); learning rate (A 0.01 · B 0.02)',
  );
  await expect(page.getByLabel('Seeds per variant')).toHaveValue('2');
  await expect(page.getByLabel('X-axis')).toHaveValue('examples');
  await expect(page.getByLabel('Smoothing')).toHaveValue('0.6');
  await expect(runStatus(page)).toContainText(/^Ready · epoch 0 · 2 variants × 2 seeds/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a variant that diverges stops with its curves while the other trains on', async ({
  page,
  pageErrors,
}) => {
  // A single linear unit, full batches and SGD at 100 diverge within some 25 epochs; Adam does not.
  await page.goto('./?layers=1-linear&batch=400&opt=sgd&lr=100&epochs=100000&b.opt=adam&b.lr=0.01');
  await expect(page.getByTestId('differences')).toContainText('Differs in optimizer');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/A: Diverged at epoch \d+/, { timeout: 30_000 });
  await expect(runStatus(page)).toContainText(/^Training/);
  const divergedAt = Number(
    /A: Diverged at epoch (\d+)/.exec((await runStatus(page).textContent()) ?? '')?.[1],
  );
  // The epoch shown is the one the runs still training reached: B goes on past A's end.
  await waitForEpoch(page, divergedAt + 30);
  const rows = page.getByTestId('summary-table').locator('tbody tr');
  await expect(page.getByTestId('diverged-0')).toHaveText('yes');
  await expect(page.getByTestId('diverged-1')).toHaveText('no');
  await expect(rows.nth(1).locator('td').first()).toHaveText(/^\d+\.\d%$/);
  expect(pageErrors).toEqual([]);
});

test('a race is accessible: axe finds nothing serious, and the variants are reachable by keyboard', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#v=2&epochs=100000&opt=sgd&b.opt=adam&c.opt=rmsprop&seeds=2');
  await expect(page.getByTestId('differences')).toContainText('Differs in optimizer');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Paused · epoch 1 · 3 variants × 2 seeds/);
  expect(await seriousViolations(page)).toEqual([]);
  // The pressed variant is the one the panels edit; the keyboard can press another.
  const variantB = page.getByRole('button', { name: 'B · Adam', exact: true });
  await variantB.focus();
  await page.keyboard.press('Enter');
  await expect(variantB).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Algorithm')).toHaveValue('adam');
  expect(pageErrors).toEqual([]);
});
