import type { Page } from '@playwright/test';
import { expect, runStatus, statusEpoch, test, waitForEpoch } from './fixtures';

test('the LeNet-style preset is built on an image set and trains', async ({ page, pageErrors }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const model = page.getByRole('region', { name: 'Model' });
  const lenet = model.getByRole('button', { name: 'LeNet-style CNN' });
  // On the 2-D spiral the preset is unavailable, and says why.
  await expect(lenet).toBeDisabled();
  await expect(model).toContainText('LeNet-style CNN needs an image data set');

  await page.getByLabel('Data set').selectOption('digits');
  await expect(model).toContainText('Input: 8×8×1 images.', { timeout: 30_000 });
  await expect(lenet).toBeEnabled();
  await lenet.click();
  await expect(model.getByText(/^Hidden layer \d$/)).toHaveCount(6);
  await expect(model.locator('.layer-kind')).toHaveText([
    'Conv2D',
    'MaxPooling2D',
    'Conv2D',
    'MaxPooling2D',
    'Flatten',
    'Dense',
    'Dense',
  ]);
  await expect(page.getByTestId('layer-shape-0')).toHaveText('→ 8×8×8 · 80 parameters');
  await expect(page.getByTestId('layer-shape-4')).toHaveText('→ 64 · 0 parameters');
  await expect(page.getByTestId('parameter-count')).toHaveText('3,658');
  // The loss followed the ten classes.
  await expect(model).toContainText('Output: 10 units, softmax');
  await expect(page.getByTestId('loss-advice')).toContainText('Natural fit. 10 classes');
  await expect(page).toHaveURL(
    /layers=conv8k3s1same-relu-he,maxpool2,conv16k3s1same-relu-he,maxpool2,flatten,32-relu/,
  );

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 1);
  // Without a real GPU, convolutions train on wasm.
  await expect(runStatus(page)).toContainText(/backend (wasm|webgl)/);
  await expect(runStatus(page)).toContainText('Adam, categorical cross-entropy');
  await expect
    .poll(
      async () =>
        Number(/test accuracy ([\d.]+)%/.exec((await runStatus(page).textContent()) ?? '')?.[1] ?? 0),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);
  expect(pageErrors).toEqual([]);
});

test('switching the optimizer, its schedule and the loss through the panels shows in the status', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  const status = runStatus(page);
  await expect(status).toContainText('Adam, binary cross-entropy');

  await page.getByLabel('Algorithm').selectOption('sgd');
  await expect(status).toContainText('SGD, binary cross-entropy');
  const optimizer = page.getByRole('region', { name: 'Optimizer' });
  await optimizer.getByText('What is SGD?').click();
  await expect(optimizer).toContainText('v ← μ·v − η·g');

  const loss = page.getByRole('region', { name: 'Loss' });
  await loss.getByLabel(/Squared hinge/).check();
  await expect(status).toContainText('SGD, squared hinge');
  await expect(page.getByTestId('loss-advice')).toContainText(
    'Works. Targets become −1 and +1 on 1 linear unit',
  );
  await expect(page.getByRole('region', { name: 'Model' })).toContainText('Output: 1 unit, linear');
  await loss.getByLabel(/Mean absolute error/).check();
  await expect(page.getByTestId('loss-advice')).toContainText('Poor fit, but it runs.');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();

  await page.getByLabel('Algorithm').selectOption('rmsprop');
  await expect(status).toContainText('RMSprop, mean absolute error');

  // The learning rate: the slider moves in powers of ten, the box follows, and the other way round.
  const rate = page.getByLabel('Learning rate', { exact: true });
  const slider = page.getByLabel('Learning-rate slider (log scale)');
  await rate.fill('0.001');
  await expect(slider).toHaveValue('-3');
  await slider.focus();
  // One arrow press is a factor of 1.25.
  await page.keyboard.press('ArrowRight');
  await expect(rate).toHaveValue('0.00125');
  await slider.fill('-2');
  await expect(rate).toHaveValue('0.01');

  // A schedule and clipping are part of the link (that they apply without a restart is the next test's).
  await page.getByLabel('Schedule').selectOption('stepDecay');
  await page.getByLabel('Decay epochs').fill('50');
  await page.getByLabel('Clip gradients').check();
  await page.getByLabel('Max gradient norm').fill('2');
  await expect(page).toHaveURL(/sched=step&decay=50&decayrate=0.5&clipnorm=2/);
  await page.reload();
  await expect(page.getByLabel('Algorithm')).toHaveValue('rmsprop');
  await expect(page.getByLabel('Schedule')).toHaveValue('stepDecay');
  await expect(page.getByLabel('Max gradient norm')).toHaveValue('2');
  await expect(runStatus(page)).toContainText('RMSprop, mean absolute error');
  expect(pageErrors).toEqual([]);
});

/** The epoch and train loss of one reading of the status line (one text, so they belong together). */
async function statusReading(page: Page): Promise<{ epoch: number; loss: string }> {
  const text = (await runStatus(page).textContent()) ?? '';
  return {
    epoch: Number(/epoch (\d+)/.exec(text)?.[1] ?? Number.NaN),
    loss: /train loss ([\d.]+)/.exec(text)?.[1] ?? '',
  };
}

/**
 * Readings of the status, one per epoch it moves on to, until `count` of them are taken; fails if
 * an epoch is lower than the one before, as it would be if the run restarted from epoch 0.
 */
async function readingsAsTheEpochRises(page: Page, from: number, count: number) {
  const readings: { epoch: number; loss: string }[] = [];
  let lastEpoch = from;
  while (readings.length < count) {
    await expect.poll(() => statusEpoch(page), { timeout: 30_000, intervals: [50] }).not.toBe(lastEpoch);
    const { epoch, loss } = await statusReading(page);
    expect(epoch, `epoch ${epoch} after epoch ${lastEpoch}`).toBeGreaterThan(lastEpoch);
    readings.push({ epoch, loss });
    lastEpoch = epoch;
  }
  return readings;
}

test('a schedule and clipping changed while training apply to the running run, which goes on without a restart', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  // Noisy XOR: the train loss still moves in its third decimal from epoch to epoch.
  await page.goto('./?data=xor&noise=0.5&epochs=100000');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 10);
  const before = await readingsAsTheEpochRises(page, 0, 6);
  expect(new Set(before.map((reading) => reading.loss)).size).toBeGreaterThan(1);

  // Cosine decay over one epoch has ended long before epoch 10, so the rate becomes 0.
  await page.getByLabel('Schedule').selectOption('cosineDecay');
  await page.getByLabel('Decay epochs').fill('1');
  // The keyboard, as a click waits for the page to hold still, which a training page rarely does.
  await page.getByLabel('Clip gradients').press('Space');
  await expect(page.getByLabel('Clip gradients')).toBeChecked();
  await page.getByLabel('Max gradient norm').fill('2');
  await expect(page).toHaveURL(/sched=cosine&decay=1&alpha=0&clipnorm=2/);
  const changedAt = await statusEpoch(page);
  expect(changedAt).toBeGreaterThan(before.at(-1)?.epoch ?? 0);
  // The running run took the change: with a rate of 0 its weights, and so its loss, stand still.
  const settling = await readingsAsTheEpochRises(page, changedAt, 2);
  const after = await readingsAsTheEpochRises(page, settling.at(-1)?.epoch ?? changedAt, 6);
  expect(new Set(after.map((reading) => reading.loss)).size).toBe(1);
  await expect(runStatus(page)).toContainText(/^Training/);

  // No restart: the charts show no previous run beside this one, and mark the change on both.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);
  const charts = page.locator('figure.metric-chart');
  await expect(charts).toHaveCount(2);
  await expect(page.getByText(/\(previous\)/)).toHaveCount(0);
  for (const chart of await charts.all()) {
    await expect(chart.locator('.chart-marker').first()).toBeVisible();
    const labels = await chart
      .locator('.chart-marker')
      .evaluateAll((markers) => markers.map((marker) => marker.getAttribute('data-label') ?? ''));
    // Changes after the same epoch share a marker: the words are there however the epochs fell.
    expect(labels.every((label) => label !== '')).toBe(true);
    expect(labels.join(' | ')).toContain('schedule Constant → Cosine decay');
    expect(labels.join(' | ')).toMatch(/max gradient norm off → [12]/);
  }
  expect(pageErrors).toEqual([]);
});

test('a stack that cannot work disables Train, with the reason beside the layer and under Train', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  const model = page.getByRole('region', { name: 'Model' });
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await page.getByLabel('New layer').selectOption('conv2d');
  await page.getByRole('button', { name: 'Add layer' }).click();

  const reason =
    'Conv2D needs image input [height, width, channels]; the layer before gives a row of 16 values.';
  const row = model.locator('li', { hasText: 'Hidden layer 3' });
  await expect(row.getByRole('alert')).toHaveText(reason);
  await expect(train).toBeDisabled();
  await expect(page.locator('#train-blocker')).toHaveText(`Fix first: ${reason}`);
  // No total for a stack that breaks halfway; the output layer shows no shape either.
  await expect(page.getByTestId('parameter-count')).toHaveText('—');

  // Moved to the top it meets the raw data instead, and says so.
  const filters = page.getByLabel('Filters, layer 3');
  await filters.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(model.locator('.layer-kind').nth(1)).toHaveText('Conv2D');
  // Focus stays with the moved layer, so the next Alt+↑ moves it on.
  await expect(model.locator('li#model-layer-1')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(model.locator('.layer-kind').first()).toHaveText('Conv2D');
  await expect(page.locator('#train-blocker')).toContainText('this data set gives rows of 2 features');

  await page.getByRole('button', { name: 'Remove layer 1' }).click();
  await expect(train).toBeEnabled();
  await expect(page.locator('#train-blocker')).toHaveCount(0);

  // A dense layer of zero units is refused beside its field.
  await page.getByLabel('Units, layer 1').fill('0');
  await expect(page.getByLabel('Units, layer 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(train).toBeDisabled();
  await expect(page.locator('#train-blocker')).toContainText(
    'Units, layer 1 must be a whole number from 1 to 256.',
  );
  await page.getByLabel('Units, layer 1').fill('8');
  await expect(train).toBeEnabled();
  expect(pageErrors).toEqual([]);
});
