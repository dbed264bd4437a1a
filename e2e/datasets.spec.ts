import type { Page } from '@playwright/test';
import { expect, runStatus, test } from './fixtures';

/** A valid CSV: two numeric features, a text label, 60 rows of two separable classes. */
const VALID_CSV = [
  'sepal_length,petal_width,species',
  ...Array.from({ length: 60 }, (_, i) =>
    i % 2 === 0
      ? `${4 + (i % 7) * 0.1},${0.2 + (i % 5) * 0.05},setosa`
      : `${6 + (i % 7) * 0.1},${1.8 + (i % 5) * 0.05},virginica`,
  ),
].join('\n');

/** The same file with a word where row 17 (the header is row 1) needs a number. */
const MALFORMED_CSV = VALID_CSV.split('\n')
  .map((line, index) => (index === 16 ? line.replace(/,[^,]+,/, ',abc,') : line))
  .join('\n');

/** Every built-in set: its option value, a class or column name its preview shows, and whether it is an image set. */
const BUILT_IN = [
  ['circle', 'class 2', false],
  ['xor', 'class 2', false],
  ['gaussian', 'class 2', false],
  ['spiral', 'class 2', false],
  ['moons', 'class 2', false],
  ['plane', 'Target: mean', false],
  ['bumps', 'Target: mean', false],
  ['iris', 'versicolor', false],
  ['wine', 'cultivar 3', false],
  ['breastCancer', 'malignant', false],
  ['digits', '9', true],
  ['mnist', '7', true],
  ['fashionMnist', 'Ankle boot', true],
] as const;

const datasetPanel = (page: Page) => page.getByRole('region', { name: 'Dataset', exact: true });

/** The test accuracy the status line reports, in percent. */
async function testAccuracy(page: Page): Promise<number> {
  const text = (await runStatus(page).textContent()) ?? '';
  return Number(/test accuracy ([\d.]+)%/.exec(text)?.[1] ?? 0);
}

/** Chooses own data and uploads a CSV made of `text`. */
async function uploadCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Data set').selectOption('custom');
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('each built-in set can be chosen and previewed, and the default fetches no data', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/datasets/')) dataRequests.push(request.url());
  });
  await page.goto('./');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  expect(dataRequests).toEqual([]);

  const panel = datasetPanel(page);
  for (const [id, shownName, isImage] of BUILT_IN) {
    await page.getByLabel('Data set').selectOption(id);
    await expect(page).toHaveURL(new RegExp(`data=${id}&`), { timeout: 30_000 });
    await expect(panel.getByTestId('data-preview')).toBeVisible();
    await expect(panel.getByTestId('data-facts')).toContainText('What the data says');
    await expect(panel).toContainText(shownName);
    await expect(panel.getByTestId('dataset-source')).toContainText(/Source: .+/);
    if (isImage) await expect(panel.locator('.image-grid-row')).toHaveCount(10);
  }
  await expect(panel.getByTestId('most-similar-pair')).toContainText(/Pullover|Coat|Shirt|T-shirt/);
  expect(dataRequests.some((url) => url.endsWith('/datasets/fashion-mnist.bin.gz'))).toBe(true);
  expect(pageErrors).toEqual([]);
});

for (const [id, label] of [
  ['digits', 'Digits 8×8'],
  ['iris', 'Iris'],
] as const) {
  test(`a small network on ${label} reaches at least 90% test accuracy`, async ({ page, pageErrors }) => {
    test.setTimeout(120_000);
    await page.goto(`./?data=${id}&layers=32-relu&loss=cce&opt=adam&lr=0.01&batch=32&epochs=60`);
    await expect(page.getByLabel('Data set')).toHaveValue(id);
    await expect(runStatus(page)).toContainText(/Ready at epoch 0/, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Train' }).click();
    await expect.poll(() => testAccuracy(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(90);
    expect(pageErrors).toEqual([]);
  });
}

test('a valid CSV trains, and the link says own data is not in it', async ({ page, context, pageErrors }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?epochs=100000');
  await uploadCsv(page, 'flowers.csv', VALID_CSV);
  await expect(page.getByTestId('own-data-in-use')).toHaveText(
    'In use: flowers.csv, 60 rows, 2 features, 2 classes.',
  );
  await expect(page).toHaveURL(/data=custom/);
  expect(page.url()).not.toContain('setosa');
  await expect(datasetPanel(page).getByTestId('data-facts')).toContainText('48 training and 12 test points');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => testAccuracy(page), { timeout: 60_000 }).toBeGreaterThan(90);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Your own data is not in the link.').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a malformed CSV names the row and column, and the data set in use stays', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await uploadCsv(page, 'broken.csv', MALFORMED_CSV);
  await expect(page.getByTestId('csv-error')).toHaveText(
    "broken.csv: row 17, column 'petal_width': 'abc' is not a number",
  );
  await expect(page).toHaveURL(/data=spiral/);
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);

  await page.getByLabel('CSV file').setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(VALID_CSV),
  });
  await expect(page.getByTestId('own-data-in-use')).toContainText('In use: good.csv');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(MALFORMED_CSV),
  });
  await expect(page.getByTestId('csv-error')).toContainText("row 17, column 'petal_width'");
  await expect(page.getByTestId('own-data-in-use')).toContainText('In use: good.csv');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(runStatus(page)).toContainText(/Paused · epoch 1/);
  expect(pageErrors).toEqual([]);
});

test('clicking on the plane adds a point of the chosen class; dragging removes points', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await page.getByLabel('Data set').selectOption('custom');
  await page.getByLabel('Draw points on the plane').check();
  const plane = page.getByTestId('drawing-plane');
  const count = page.getByTestId('drawn-count');
  await expect(count).toHaveText('0 points');
  await plane.click({ position: { x: 60, y: 60 } });
  await expect(count).toHaveText('1 point');
  await page.getByLabel('class 2').check();
  await plane.click({ position: { x: 180, y: 180 } });
  await plane.click({ position: { x: 170, y: 190 } });
  await expect(count).toHaveText('3 points');
  await expect(page.getByTestId('own-data-in-use')).toContainText(
    'In use: Points drawn on the plane, 3 rows',
  );
  await expect(page.getByTestId('boundary-canvas')).toBeVisible();

  // Drag across the two points at the lower right.
  const box = await plane.boundingBox();
  if (!box) throw new Error('the drawing plane has no box');
  await page.mouse.move(box.x + 160, box.y + 175);
  await page.mouse.down();
  await page.mouse.move(box.x + 175, box.y + 185, { steps: 5 });
  await page.mouse.move(box.x + 185, box.y + 195, { steps: 5 });
  await page.mouse.up();
  await expect(count).toHaveText('1 point');
  await page.getByRole('button', { name: 'Clear points' }).click();
  await expect(count).toHaveText('0 points');
  await expect(page.locator('#train-blocker')).toContainText('Draw at least 2 points');
  expect(pageErrors).toEqual([]);
});

test('a data set that cannot be loaded shows progress, then says why, and the one in use stays', async ({
  page,
  pageErrors,
}) => {
  await page.route('**/datasets/wine.bin.gz', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill({ status: 404, body: 'missing' });
  });
  await page.goto('./?data=moons');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByLabel('Data set').selectOption('wine');
  await expect(page.getByRole('progressbar', { name: 'Loading Wine' })).toBeVisible();
  await expect(page.getByTestId('load-error')).toContainText(
    'Could not load Wine: the server answered 404 Not Found.',
  );
  await expect(page.getByTestId('load-error')).toContainText('The data set in use is still Moons.');
  await expect(page.getByLabel('Data set')).toHaveValue('moons');
  await expect(page).toHaveURL(/data=moons&/);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(runStatus(page)).toContainText(/Paused · epoch 1/);
  // The browser logs the failed fetch as a console error; nothing else may go wrong.
  expect(pageErrors.filter((error) => !/404/.test(error))).toEqual([]);
});

test('MNIST loads and previews ten rows, and the page says its training accuracy comes from a sample', async ({
  page,
  pageErrors,
}) => {
  // How long this takes is a figure of `npm run bench` (bench/mnistLoad.ts), not of a test.
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  // The default's 2-D set is evaluated in full; MNIST's 8,000 training images from a fixed sample, and the page says so.
  await expect(page.getByTestId('train-sample-note')).toHaveCount(0);
  await page.getByLabel('Data set').selectOption('mnist');
  await expect(datasetPanel(page).locator('.image-grid-row')).toHaveCount(10, { timeout: 60_000 });
  await expect(page.getByTestId('analysis-timing')).toBeVisible();
  await expect(page.getByTestId('train-sample-note')).toContainText(
    'the same 2,000 randomly chosen training examples',
  );
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/, { timeout: 60_000 });
  expect(pageErrors).toEqual([]);
});
