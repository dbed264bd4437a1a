import { seriousViolations } from './axe';
import { expect, runStatus, test } from './fixtures';

/** The test accuracy the status line reports, in percent (0 before it reports one). */
const statusAccuracy = async (page: import('@playwright/test').Page): Promise<number> =>
  Number(/test accuracy ([\d.]+)%/.exec((await runStatus(page).textContent()) ?? '')?.[1] ?? 0);

test('SGD at lr 100 on the spiral: the doctor names the learning rate, and its fix trains past 90%', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#v=2&opt=sgd&lr=100');
  await page.getByRole('button', { name: 'Train' }).click();
  const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText('Learning rate far too high for SGD', { timeout: 10_000 });
  await expect(diagnosis).toContainText(/jumped between \d+\.\d{3} and \d+\.\d{3}/);
  expect(await seriousViolations(page)).toEqual([]);

  await diagnosis.getByRole('button', { name: 'Learning rate 100 → 0.1' }).click();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.1');
  await expect.poll(() => statusAccuracy(page), { timeout: 60_000 }).toBeGreaterThan(90);
  await expect(diagnosis.getByText('Learning rate far too high')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo “Learning rate 100 → 0.1”' }).click();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('100');
  expect(pageErrors).toEqual([]);
});

test('SGD at lr 1e-6: the loss barely moves and the doctor says the learning rate is too low', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#opt=sgd&lr=0.000001');
  await page.getByRole('button', { name: 'Train' }).click();
  const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText('Learning rate too low', { timeout: 30_000 });
  await expect(diagnosis.getByRole('button', { name: 'Learning rate 0.000001 → 0.1' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a 10% training share with a large network overfits, and the doctor names the epoch it began', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#train=0.1&layers=64-relu,64-relu,64-relu');
  await page.getByRole('button', { name: 'Train' }).click();
  const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText(/Overfitting since epoch \d+/, { timeout: 30_000 });
  const epoch = /Overfitting since epoch (\d+)/.exec((await diagnosis.textContent()) ?? '')?.[1];
  await expect(diagnosis).toContainText(`The test loss was lowest at epoch ${epoch}`);
  for (const fix of [
    'L2 0 → 0.001',
    'Add dropout 0.2 after each dense layer',
    `Train ${epoch} epochs, not 500`,
  ])
    await expect(diagnosis.getByRole('button', { name: fix })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('in a race the summary table diagnoses each variant, and a fix there changes that variant only', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#v=2&b.opt=sgd&b.lr=100');
  await page.getByRole('button', { name: 'Train' }).click();
  const cellB = page.getByTestId('diagnosis-1');
  await expect(cellB).toContainText('Learning rate far too high for SGD', { timeout: 15_000 });
  await expect(page.getByTestId('diagnosis-0')).toHaveText('—');
  await cellB.getByText('Why, and fixes').click();
  await cellB.getByRole('button', { name: 'Learning rate 100 → 0.1' }).click();
  await expect(page).toHaveURL(/b\.lr=0\.1(&|$)/);
  // A keeps its own learning rate.
  await expect(page).toHaveURL(/&lr=0\.01&/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
