import { expect, runStatus, statusEpoch, test, waitForEpoch } from './fixtures';

/** The test accuracy the status line reports, in percent (0 before the first epoch). */
async function testAccuracy(page: import('@playwright/test').Page): Promise<number> {
  const text = (await runStatus(page).textContent()) ?? '';
  return Number(/test accuracy ([\d.]+)%/.exec(text)?.[1] ?? 0);
}

test('the LeNet-style preset on digits trains on WebAssembly and passes 95%', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByLabel('Data set').selectOption('digits');
  const model = page.getByRole('region', { name: 'Model' });
  await expect(model).toContainText('Input: 8×8×1 images.', { timeout: 30_000 });
  await model.getByRole('button', { name: 'LeNet-style CNN' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForEpoch(page, 1);
  // Chosen by timing a few steps, shown with their speed, and kept for the next time.
  await expect(runStatus(page)).toContainText(/backend wasm, [\d.]+ ms per step/);
  await page.getByText('Advanced', { exact: true }).click();
  await expect(page.getByTestId('backend-in-use')).toContainText(/measured here \(wasm [\d.]+ ms per step\)/);
  const kept = await page.evaluate(() => localStorage.getItem('training-playground.backend-measurements.v1'));
  expect(kept).toContain('"backend":"wasm"');
  await expect.poll(() => testAccuracy(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(95);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);
  expect(pageErrors).toEqual([]);
});

test('Pause during a WebAssembly CNN step on MNIST answers at once', async ({ page, pageErrors }) => {
  test.setTimeout(120_000);
  await page.goto(
    './#v=2&data=mnist&layers=conv6k5s1same-relu-he,maxpool2,conv16k5s1valid-relu-he,maxpool2,flatten,120-relu,84-relu&loss=cce&batch=64&epochs=1000',
  );
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled({ timeout: 30_000 });
  await train.click();
  await waitForEpoch(page, 1);
  await expect(runStatus(page)).toContainText('backend wasm');
  for (let click = 0; click < 3; click++) {
    await page.getByRole('button', { name: 'Pause' }).click();
    // The bound of the test: a step of this network takes tens of milliseconds on wasm.
    await expect(runStatus(page)).toContainText(/^Paus/, { timeout: 500 });
    await expect(runStatus(page)).toContainText(/^Paused/, { timeout: 1_000 });
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(runStatus(page)).toContainText(/^Training/);
  }
  expect(pageErrors).toEqual([]);
});

test('Pause while a WebAssembly CNN measures a large test set answers at once, and the epoch then completes', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  // 1,000 training images and 9,000 test images on a CNN four times LeNet's work: each epoch ends
  // with seconds of evaluation, which a Pause must not wait for.
  await page.goto(
    './#v=2&data=mnist&train=0.1&layers=conv16k5s1same-relu-he,maxpool2,conv32k5s1valid-relu-he,maxpool2,flatten,120-relu,84-relu&loss=cce&batch=64&epochs=1000&opt=sgd&lr=0.1',
  );
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled({ timeout: 30_000 });
  await train.click();
  for (let click = 0; click < 3; click++) {
    await expect(runStatus(page)).toContainText('measuring the loss and accuracy', { timeout: 60_000 });
    const epochMeasured = await statusEpoch(page);
    await page.getByRole('button', { name: 'Pause' }).click();
    // The bound of the test: one evaluation part takes tens of milliseconds, the whole evaluation seconds.
    await expect(runStatus(page)).toContainText(/^Paused/, { timeout: 500 });
    // Paused inside the evaluation: the epoch being measured is not reported yet.
    expect(await statusEpoch(page)).toBe(epochMeasured - 1);
    await train.click();
    await expect.poll(() => statusEpoch(page), { timeout: 60_000 }).toBeGreaterThan(epochMeasured);
  }
  expect(pageErrors).toEqual([]);
});

test('forcing WebGPU where the browser has no device says so, and training goes on elsewhere', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#v=2&data=digits&layers=conv6k3s1same-relu-he,maxpool2,flatten&loss=cce&epochs=3');
  await page.getByText('Advanced', { exact: true }).click();
  await page.getByLabel('Backend', { exact: true }).selectOption('webgpu');
  // Headless Chromium here has navigator.gpu but no adapter: the run falls back and the page says so.
  await expect(page.getByTestId('backend-notice')).toHaveText(
    'WebGPU did not start here, so the run trains on wasm.',
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('backend-in-use')).toContainText('webgpu was chosen but did not start');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Done · epoch 3/, { timeout: 60_000 });
  expect(pageErrors).toEqual([]);
});
