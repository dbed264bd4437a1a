import { expect, test } from './fixtures';

test('the page shows four named ingredient panels beside a Training area, with the controls the contract names', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  for (const name of ['Dataset', 'Model', 'Loss', 'Optimizer', 'Training']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  for (const name of ['Train', 'Pause', 'Step', 'Reset', 'Copy link']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // One live status in the page's body, the run's (the header's notebook notice is another).
  await expect(page.getByRole('main').getByRole('status')).toHaveCount(1);
  await expect(page.getByTestId('run-status')).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('run-status')).toHaveAttribute('aria-live', 'polite');

  // The default experiment: two-arm spiral, two hidden layers, Adam.
  await expect(page.getByLabel('Data set')).toHaveValue('spiral');
  await expect(page.getByText(/^Hidden layer \d$/)).toHaveCount(2);
  await expect(page.getByLabel('Algorithm')).toHaveValue('adam');

  // The four panels sit side by side on a laptop screen.
  const tops = await Promise.all(
    ['Dataset', 'Model', 'Loss', 'Optimizer'].map(async (name) => {
      const box = await page.getByRole('region', { name, exact: true }).boundingBox();
      return box?.y ?? -1;
    }),
  );
  expect(new Set(tops).size).toBe(1);

  // Every form control has a visible label.
  const controls = page.locator('main input, main select');
  const count = await controls.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const labelText = await control.evaluate((element) => {
      const input = element as HTMLInputElement;
      const labels = input.labels ? [...input.labels] : [];
      return labels
        .filter((label) => label.offsetWidth > 0 && label.offsetHeight > 0)
        .map((label) => label.textContent?.trim() ?? '')
        .join(' ');
    });
    expect(labelText.length, `control ${i} has a visible label`).toBeGreaterThan(0);
  }

  await expect(page.getByTestId('run-status')).toContainText(/backend (js|wasm|cpu|webgl)/);
  expect(pageErrors).toEqual([]);
});

test('the output layer follows from the data set and the loss, and the parameter count follows the layers', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  const model = page.getByRole('region', { name: 'Model' });
  await expect(model).toContainText('Output: 1 unit, sigmoid');
  // 2-16-16-1: (2·16+16) + (16·16+16) + (16+1)
  await expect(page.getByTestId('parameter-count')).toHaveText('337');

  await page
    .getByRole('region', { name: 'Loss' })
    .getByLabel(/Categorical cross-entropy/)
    .check();
  await expect(model).toContainText('Output: 2 units, softmax');
  await expect(page.getByTestId('parameter-count')).toHaveText('354');

  await page.getByRole('button', { name: 'Remove layer 2' }).click();
  await expect(page.getByText(/^Hidden layer \d$/)).toHaveCount(1);
  // 2-16-2: 48 + 34
  await expect(page.getByTestId('parameter-count')).toHaveText('82');

  await page.getByRole('button', { name: 'Add layer' }).click();
  await page.getByLabel('Units, layer 2').fill('4');
  await page.getByLabel('Activation, layer 2').selectOption('relu');
  // 2-16-4-2: 48 + 68 + 10
  await expect(page.getByTestId('parameter-count')).toHaveText('126');
  expect(pageErrors).toEqual([]);
});

for (const screen of [
  { name: 'a 1280×720 projector', width: 1280, height: 720 },
  { name: 'a 1440×900 laptop', width: 1440, height: 900 },
  { name: 'a 1920×1080 screen', width: 1920, height: 1080 },
]) {
  test.describe(`on ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });
    test('Train and both live charts are on the first screen, each panel starting below them', async ({
      page,
      pageErrors,
    }) => {
      await page.goto('./');
      await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeInViewport({ ratio: 1 });
      const charts = page.locator('figure.metric-chart');
      await expect(charts).toHaveCount(2);
      for (const chart of await charts.all()) await expect(chart).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('boundary-canvas')).toBeInViewport({ ratio: 1 });
      const training = await page.getByRole('region', { name: 'Training', exact: true }).boundingBox();
      for (const name of ['Dataset', 'Model', 'Loss', 'Optimizer']) {
        const panel = await page.getByRole('region', { name, exact: true }).boundingBox();
        // Its heading and first control on the same screen as the curves.
        expect(panel?.y ?? Number.POSITIVE_INFINITY, name).toBeLessThan(screen.height - 60);
        expect(panel?.y ?? 0, name).toBeGreaterThan((training?.y ?? 0) + (training?.height ?? 0));
      }
      expect(pageErrors).toEqual([]);
    });
  });
}
