import type { Page } from '@playwright/test';
import { expect, runStatus, statusEpoch, test, waitForEpoch } from './fixtures';

/** The live chart headed `title`. */
const metricChart = (page: Page, title: string) =>
  page.locator('figure.metric-chart', { has: page.getByRole('heading', { name: title }) });

/** The x-axis tick labels of the live chart headed `title`, as shown. */
const xTickTexts = (page: Page, title: string): Promise<string[]> =>
  metricChart(page, title)
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();

test('Train grows the curves and the boundary live; Pause, Step and Reset work at any moment', async ({
  page,
  pageErrors,
}) => {
  // Enough epochs that the run cannot finish by itself before Pause, however fast the machine.
  await page.goto('./?epochs=100000');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  const boundary = page.getByTestId('boundary-canvas');
  await expect
    .poll(() => boundary.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL().length))
    .toBeGreaterThan(0);
  const boundaryBefore = await boundary.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

  await page.getByRole('button', { name: 'Train' }).click();
  await waitForEpoch(page, 20);
  await expect(runStatus(page)).toContainText(/train loss \d+\.\d{3} · test accuracy \d+\.\d%/);

  // The curves are drawn: each chart has a train and a test line with many points.
  for (const title of ['Loss', 'Accuracy']) {
    const chart = page.locator('figure.metric-chart', { has: page.getByRole('heading', { name: title }) });
    const lines = chart.locator('path.recharts-line-curve');
    await expect(lines).toHaveCount(2);
    await expect
      .poll(async () => ((await lines.first().getAttribute('d')) ?? '').split('L').length)
      .toBeGreaterThan(10);
  }
  await expect
    .poll(() => boundary.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL()))
    .not.toBe(boundaryBefore);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused · epoch \d+/);
  const pausedAt = await statusEpoch(page);
  await page.waitForTimeout(700);
  expect(await statusEpoch(page)).toBe(pausedAt);

  await page.getByRole('button', { name: 'Step' }).click();
  await expect(runStatus(page)).toContainText(`Paused · epoch ${pausedAt + 1} `);

  await page.getByRole('button', { name: 'Train' }).click();
  await waitForEpoch(page, pausedAt + 5);

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  expect(pageErrors).toEqual([]);
});

test('the default spiral is learned: test accuracy climbs well above chance', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect
    .poll(
      async () => {
        const text = (await runStatus(page).textContent()) ?? '';
        return Number(/test accuracy ([\d.]+)%/.exec(text)?.[1] ?? 0);
      },
      { timeout: 45_000 },
    )
    .toBeGreaterThan(80);
  expect(pageErrors).toEqual([]);
});

test('a learning-rate change applies live, a structural change restarts and keeps the old curves faint', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?epochs=100000');
  await page.getByRole('button', { name: 'Train' }).click();
  await waitForEpoch(page, 10);

  // Hyper-parameter: the run goes on from where it was.
  const before = await statusEpoch(page);
  await page.getByLabel('Learning rate').fill('0.02');
  await expect.poll(() => statusEpoch(page)).toBeGreaterThan(before);
  await expect(page.getByText('Train (previous)')).toHaveCount(0);
  expect(page.url()).toContain('0.02');

  // Structure: the run restarts from epoch 0 and the previous curves stay, faint.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Units, layer 1').fill('8');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await expect(page.getByText('Train (previous)').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the epoch axis ends on a round tick past the curves and stays put while they grow', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?epochs=100000');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 12);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);

  const lossChart = metricChart(page, 'Loss');
  const xTicks = async (): Promise<number[]> => (await xTickTexts(page, 'Loss')).map(Number);
  const trainPath = () => lossChart.locator('path.recharts-line-curve').last().getAttribute('d');

  /** Ticks from 0 in equal round steps: the last one is a tick like the others, not the latest epoch. */
  const expectRoundAxis = (ticks: number[], epoch: number): void => {
    const step = ticks[1] as number;
    expect(ticks).toEqual(ticks.map((_, index) => index * step));
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(epoch);
  };

  // Each Step adds an epoch: the curve moves, the axis does not, until the curve passes its end.
  let epoch = await statusEpoch(page);
  // The charts redraw at most four times a second: wait for them to show the paused epoch.
  await expect.poll(async () => (await xTicks()).at(-1) ?? 0).toBeGreaterThanOrEqual(epoch);
  let ticks = await xTicks();
  expectRoundAxis(ticks, epoch);
  for (let steps = 0; steps < 12; steps++) {
    const path = await trainPath();
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(runStatus(page)).toContainText(`Paused · epoch ${epoch + 1}`);
    epoch += 1;
    await expect.poll(trainPath).not.toBe(path);
    const end = ticks.at(-1) as number;
    if (epoch <= end) {
      expect(await xTicks()).toEqual(ticks);
    } else {
      // Past the end, the axis moves on to the next round tick beyond the curve.
      await expect.poll(async () => (await xTicks()).at(-1) as number).toBeGreaterThanOrEqual(epoch);
      ticks = await xTicks();
      expectRoundAxis(ticks, epoch);
      break;
    }
  }
  expect(pageErrors).toEqual([]);
});

test('the loss and accuracy charts end their epoch axes alike, on the last epoch once the run is done', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?epochs=400');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Done · epoch 400/, { timeout: 60_000 });
  const xTicks = (title: string) => xTickTexts(page, title);
  // Both charts have drawn the last epoch: their axes reach it.
  for (const title of ['Loss', 'Accuracy'])
    await expect.poll(async () => Number((await xTicks(title)).at(-1))).toBeGreaterThanOrEqual(400);
  expect(await xTicks('Accuracy')).toEqual(await xTicks('Loss'));
  // Done, the axis fits the run: it ends on its last epoch, not on room left for growth.
  await expect.poll(async () => (await xTicks('Loss')).at(-1)).toBe('400');
  expect(await xTicks('Accuracy')).toEqual(await xTicks('Loss'));
  expect(pageErrors).toEqual([]);
});
