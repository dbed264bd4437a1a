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

  // It stays paused, seen without a sleep: Step reaches the worker after the pause, so an epoch
  // trained after the pause would make the run stop beyond one more.
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(runStatus(page)).toContainText(`Paused · epoch ${pausedAt + 1} `);
  expect(await statusEpoch(page)).toBe(pausedAt + 1);

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

  // Paused after training, wherever the run got to, the axis ends on a round tick at or past it.
  // The charts redraw at most four times a second: wait for them to show the paused epoch.
  const pausedAt = await statusEpoch(page);
  await expect.poll(async () => (await xTicks()).at(-1) ?? 0).toBeGreaterThanOrEqual(pausedAt);
  expectRoundAxis(await xTicks(), pausedAt);

  // Each Step adds an epoch: the curve moves, the axis does not, until the curve passes its end.
  // Both halves must run, so the Steps start from a known epoch, not from wherever Pause landed
  // (a fast machine pauses past epoch 2,000, where the next tick is hundreds of Steps away):
  // from a fresh run at epoch 1, ticks are a few epochs apart and both halves come within 20 Steps.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(runStatus(page)).toContainText('Paused · epoch 1 ');
  let epoch = 1;
  await expect.poll(async () => (await xTicks()).at(-1) ?? 0).toBeGreaterThanOrEqual(epoch);
  let ticks = await xTicks();
  expectRoundAxis(ticks, epoch);
  let keptSteps = 0;
  let hasMovedOn = false;
  for (let steps = 0; steps < 20 && !hasMovedOn; steps++) {
    const path = await trainPath();
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(runStatus(page)).toContainText(`Paused · epoch ${epoch + 1}`);
    epoch += 1;
    await expect.poll(trainPath).not.toBe(path);
    const end = ticks.at(-1) as number;
    if (epoch <= end) {
      expect(await xTicks()).toEqual(ticks);
      keptSteps += 1;
    } else {
      // Past the end, the axis moves on to the next round tick beyond the curve.
      await expect.poll(async () => (await xTicks()).at(-1) as number).toBeGreaterThanOrEqual(epoch);
      ticks = await xTicks();
      expectRoundAxis(ticks, epoch);
      expect(ticks.at(-1)).toBeGreaterThan(end);
      hasMovedOn = keptSteps > 0;
    }
  }
  expect(keptSteps, 'Steps that kept the axis').toBeGreaterThan(0);
  expect(hasMovedOn, 'a Step past the axis end moved it on').toBe(true);
  expect(pageErrors).toEqual([]);
});

test('the loss and accuracy charts end their epoch axes alike, on the last epoch once the run is done', async ({
  page,
  pageErrors,
}) => {
  // One optimizer step per epoch (80 training points, batch 80): the run ends in seconds even on a loaded machine.
  await page.goto('./?points=100&batch=80&epochs=400');
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

test.describe('on a 320-pixel phone', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  test('the epoch labels, thinned to the width without measuring them, never overlap and keep both ends', async ({
    page,
    pageErrors,
  }) => {
    // 1,400 epochs: ticks every 200, eight intervals, too many labels for this width. One step
    // each (50 training points, batch 50), so the run ends in seconds even on a loaded machine.
    await page.goto(
      './?v=1&data=circle&noise=0&points=100&train=0.5&dseed=1&batch=50&layers=4-tanh,2-tanh&loss=bce&opt=sgd&lr=0.03&epochs=1400&seed=1',
    );
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(runStatus(page)).toContainText(/^Done · epoch 1400/, { timeout: 60_000 });
    for (const title of ['Loss', 'Accuracy']) {
      const labels = metricChart(page, title).locator(
        '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
      );
      await expect.poll(async () => (await labels.allTextContents()).at(0)).toBe('0');
      // The run's end is labelled too: where it ends is what a finished run's axis is for.
      expect((await labels.allTextContents()).at(-1)).toBe('1400');
      const boxes = await labels.evaluateAll((texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (let index = 1; index < boxes.length; index++)
        expect(boxes[index]?.left ?? 0, `${title} label ${index}`).toBeGreaterThan(
          boxes[index - 1]?.right ?? 0,
        );
    }
    expect(pageErrors).toEqual([]);
  });
});

test('hovering a chart shows every line’s value at the nearest epoch, with a dot on each line', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?points=100&batch=80&epochs=200');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Done · epoch 200/, { timeout: 60_000 });
  const lossChart = metricChart(page, 'Loss');
  await expect.poll(async () => (await xTickTexts(page, 'Loss')).at(-1)).toBe('200');
  const plot = lossChart.locator('.chart-hover-target');
  const box = await plot.boundingBox();
  if (!box) throw new Error('the loss chart has no plot to hover');
  // A quarter of the way along an axis of 0 to 200: about epoch 50.
  await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2);
  const tooltip = lossChart.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  const label = Number(await tooltip.locator('.recharts-tooltip-label').textContent());
  expect(label).toBeGreaterThanOrEqual(45);
  expect(label).toBeLessThanOrEqual(55);
  await expect(tooltip.locator('.recharts-tooltip-item-name')).toHaveText(['Train', 'Test']);
  // Read off the chart, a loss has four decimals (or three significant digits under 0.001), finer than the ticks' two.
  for (const value of await tooltip.locator('.recharts-tooltip-item-value').allTextContents()) {
    expect(value).toMatch(/^(\d+\.\d{4}|0\.000\d{3})$/);
    expect(Number(value)).toBeGreaterThanOrEqual(0);
  }
  await expect(lossChart.locator('svg circle')).toHaveCount(2);
  // At the right edge (under a pixel from epoch 200), the last epoch's values.
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
  await expect(tooltip.locator('.recharts-tooltip-label')).toHaveText('200');
  // Leaving the plot hides it all.
  await page.mouse.move(box.x + box.width / 2, box.y - 60);
  await expect(tooltip).toHaveCount(0);
  await expect(lossChart.locator('svg circle')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('before Train each chart shows the untrained network as a dot per line, which gives way to the curves', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?epochs=100000');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  for (const title of ['Loss', 'Accuracy']) {
    const dots = metricChart(page, title).locator('.chart-lone-points circle');
    // Train filled, test a ring: the same cue as the solid and dashed lines.
    await expect(dots).toHaveCount(2);
    const fills = await dots.evaluateAll((circles) => circles.map((circle) => circle.getAttribute('fill')));
    expect(fills.filter((fill) => fill === 'var(--panel)')).toHaveLength(1);
    // At epoch 0 of the plot: the left end of the x-axis, where its first tick is.
    const tick = metricChart(page, title)
      .locator('.recharts-xAxis .recharts-cartesian-axis-tick-line')
      .first();
    const tickX = Number(await tick.getAttribute('x1'));
    for (const cx of await dots.evaluateAll((circles) => circles.map((circle) => circle.getAttribute('cx'))))
      expect(Math.abs(Number(cx) - tickX)).toBeLessThan(1);
  }
  await page.getByRole('button', { name: 'Train' }).click();
  await waitForEpoch(page, 3);
  for (const title of ['Loss', 'Accuracy'])
    await expect(metricChart(page, title).locator('.chart-lone-points circle')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
