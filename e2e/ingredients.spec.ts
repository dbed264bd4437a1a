import { expect, runStatus, test, waitForEpoch } from './fixtures';

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

  // A schedule and clipping are part of the link, and apply without restarting the run.
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
