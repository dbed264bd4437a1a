/**
 * Classroom trial items 3 and 11: progress inside a slow epoch, and markers for settings changed
 * while a run trains, on both charts and in the tooltip.
 */
import { expect, runStatus, test, waitForEpoch } from './fixtures';

const LENET_ON_MNIST =
  './#v=2&data=mnist&layers=conv8k3s1same-relu-he,maxpool2,conv16k3s1same-relu-he,maxpool2,flatten,32-relu&loss=cce&batch=4';

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a slow epoch shows its batches, its rate and the time left', async ({ page, pageErrors }) => {
    test.setTimeout(120_000);
    await page.goto(LENET_ON_MNIST);
    // tfjs's cpu backend: an epoch of LeNet on MNIST lasts many seconds there on any machine.
    await page.getByText('Advanced', { exact: true }).click();
    await page.getByLabel('Backend', { exact: true }).selectOption('cpu');
    await expect(runStatus(page)).toContainText(/backend cpu/, { timeout: 60_000 });
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await expect(train).toBeEnabled({ timeout: 60_000 });
    await train.click();
    const status = runStatus(page);
    await expect(status).toContainText(
      /^Training · epoch 1: batch \d+ of \d+ · [\d.]+ examples\/s · about \d+ (s|min) left in this epoch/,
      { timeout: 60_000 },
    );
    const batchesDone = async (): Promise<number> =>
      Number(/batch (\d+) of/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
    const first = await batchesDone();
    await expect.poll(batchesDone, { timeout: 30_000 }).toBeGreaterThan(first);
    // Both lines of the status stay beside the buttons: the charts below do not move.
    const chartTop = await page.locator('.metric-chart').first().boundingBox();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(status).toContainText(/^Paused · epoch 0/);
    expect(await page.locator('.metric-chart').first().boundingBox()).toEqual(chartTop);
    expect(pageErrors).toEqual([]);
  });
});

test('a learning rate changed while training is marked on both charts and named in the tooltip', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#v=2&opt=sgd&lr=0.03&epochs=100000');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 20);
  await page.getByLabel('Learning rate', { exact: true }).fill('0.3');
  await waitForEpoch(page, 400);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);

  const markers = page.locator('.chart-marker');
  await expect(markers).toHaveCount(2);
  await expect(markers.locator('text')).toHaveText(['lr 0.03 → 0.3', 'lr 0.03 → 0.3']);
  for (const marker of await markers.all()) {
    const [line, label] = [
      await marker.locator('line').boundingBox(),
      await marker.locator('text').boundingBox(),
    ];
    // The label sits in the chart beside its line, whole.
    expect(
      line && label && Math.min(Math.abs(label.x - line.x), Math.abs(label.x + label.width - line.x)),
    ).toBeLessThan(8);
    const drawing = await marker.locator('xpath=ancestor::*[local-name()="svg"][1]').boundingBox();
    expect(
      label && drawing && label.x >= drawing.x && label.x + label.width <= drawing.x + drawing.width,
    ).toBe(true);
  }

  // Hovering the marker names the change and its epoch.
  const lossChart = page.locator('.metric-chart').first();
  const line = await lossChart.locator('.chart-marker line').boundingBox();
  if (!line) throw new Error('the marker is not laid out');
  await page.mouse.move(line.x + 1, line.y + line.height / 2);
  await expect(lossChart.locator('.chart-tooltip-markers')).toContainText(
    /^After epoch \d+: lr 0\.03 → 0\.3$/,
  );
  expect(pageErrors).toEqual([]);
});
