import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, runStatus, test } from './fixtures';

/** How many records the page's IndexedDB holds. */
const storedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('training-playground-notebook');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          if (!request.result.objectStoreNames.contains('runs')) return resolve(0);
          const count = request.result.transaction('runs').objectStore('runs').count();
          count.onsuccess = () => {
            resolve(count.result);
            request.result.close();
          };
        };
      }),
  );

/** Trains the link's experiment for 30 epochs and waits until its finished record is written. */
async function trainToEnd(page: Page, query: string, storedBefore: number): Promise<void> {
  await page.goto(`./#v=2&epochs=30${query}`);
  await page.reload();
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^(Done|Diverged)/, { timeout: 60_000 });
  await expect.poll(() => storedCount(page)).toBe(storedBefore + 1);
}

const notebookRows = (page: Page) => page.getByTestId('notebook-table').locator('tbody tr');

async function openNotebook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Notebook', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Notebook' })).toBeVisible();
}

/** Each row's text, name field included, in table order: what a person compares by eye. */
const tableText = (page: Page) =>
  notebookRows(page).evaluateAll((rows) =>
    rows.map((row) =>
      [
        (row.querySelector('input.notebook-name') as HTMLInputElement).value,
        (row.querySelector('input.notebook-note') as HTMLInputElement).value,
        row.textContent,
      ].join(' | '),
    ),
  );

test('the doctor’s worst finding is kept with each run; export then import gives the same notebook, and a malformed file changes nothing', async ({
  page,
  pageErrors,
}, testInfo) => {
  // Two short runs, then three imports and a reload.
  test.setTimeout(120_000);
  await trainToEnd(page, '&opt=sgd&lr=100', 0);
  await trainToEnd(page, '&lr=0.05', 1);
  await openNotebook(page);
  await expect(notebookRows(page)).toHaveCount(2);
  const diagnosis = notebookRows(page).locator('td.notebook-diagnosis');
  await expect(diagnosis).toHaveText(['–', /Learning rate far too high for SGD|The loss blew up/]);
  await page
    .getByRole('textbox', { name: /^Note on the run started/ })
    .first()
    .fill('exported');
  await page
    .getByRole('textbox', { name: /^Note on the run started/ })
    .first()
    .press('Enter');
  await page
    .getByRole('button', { name: /^Star / })
    .last()
    .click();
  const before = await tableText(page);

  // Export, clear, import: the same table.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export notebook (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^training-playground-notebook-\d{4}-\d\d-\d\d\.json$/);
  const exported = testInfo.outputPath('notebook.json');
  await download.saveAs(exported);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Delete all' }).click();
  await expect.poll(() => storedCount(page)).toBe(0);
  const chooser = page.getByLabel('Import a notebook (JSON file)');
  await chooser.setInputFiles(exported);
  await expect(page.getByText('Imported 2 runs from notebook.json.')).toBeVisible();
  expect(await tableText(page)).toEqual(before);
  await expect.poll(() => storedCount(page)).toBe(2);

  // The same file again: both are duplicates, nothing is added.
  await chooser.setInputFiles(exported);
  await expect(
    page.getByText('Every run in notebook.json is already in the notebook: nothing was added.'),
  ).toBeVisible();
  await expect(notebookRows(page)).toHaveCount(2);

  // A malformed file: refused with every problem named, the notebook as it was.
  const file = JSON.parse(await readFile(exported, 'utf8'));
  file.runs[0].status = 'finished';
  file.runs[1].curves = 'none';
  await chooser.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
  await expect(refusal.locator('li')).toHaveText([
    'Run 1, status: must be one of: training, paused, done, diverged, failed, stopped.',
    'Run 2, curves: must be a list.',
  ]);
  await chooser.setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('GIF89a'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'photo.json was not imported' })).toContainText(
    'The file is not JSON',
  );
  expect(await tableText(page)).toEqual(before);

  // After a reload, the imported runs are still there.
  await page.reload();
  await openNotebook(page);
  expect(await tableText(page)).toEqual(before);
  expect(pageErrors).toEqual([]);
});

/** The test accuracy the status line shows, in percent. */
const statusAccuracy = async (page: Page): Promise<number> => {
  const text = (await runStatus(page).textContent()) ?? '';
  return Number(/test accuracy (\d+(?:\.\d+)?)%/.exec(text)?.[1] ?? Number.NaN);
};

test('“Find learning rate” on the default suggests a rate between 1e-3 and 1, and applying it trains past 90%', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByRole('button', { name: 'Find learning rate' }).click();
  const finder = page.getByRole('region', { name: 'Find a learning rate' });
  await expect(finder.getByLabel('From')).toHaveValue('0.000001');
  await expect(finder.getByLabel('To')).toHaveValue('10');
  // A bad range is named, and the test cannot start.
  await finder.getByLabel('Steps').fill('3');
  await expect(finder.getByRole('alert')).toContainText('10 to 1,000 steps');
  await expect(finder.getByRole('button', { name: 'Run the test' })).toBeDisabled();
  await finder.getByLabel('Steps').fill('100');
  await finder.getByRole('button', { name: 'Run the test' }).click();
  const suggestion = finder.getByText(/^Suggested learning rate: /);
  await expect(suggestion).toBeVisible({ timeout: 60_000 });
  const rate = Number(
    /Suggested learning rate: ([\d.e-]+),/.exec((await suggestion.textContent()) ?? '')?.[1],
  );
  expect(rate).toBeGreaterThan(1e-3);
  expect(rate).toBeLessThan(1);
  await expect(finder.locator('.learning-rate-chart path.recharts-line-curve')).toHaveCount(1);
  // The current run was not touched: still at epoch 0.
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);

  await finder.getByRole('button', { name: `Use ${rate}` }).click();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue(String(rate));
  await expect(finder.getByText(`Learning rate set to ${rate}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => statusAccuracy(page), { timeout: 90_000 }).toBeGreaterThan(90);
  expect(pageErrors).toEqual([]);
});
