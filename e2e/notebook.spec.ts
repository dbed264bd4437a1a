import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, runStatus, test } from './fixtures';

/** How many records the page's IndexedDB holds: a reload waits for the writes, as a person's would by being slower. */
const storedCount = (page: Page, status?: string) =>
  page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('training-playground-notebook');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          if (!request.result.objectStoreNames.contains('runs')) return resolve(0);
          const all = request.result.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => {
            resolve(all.result.filter((record) => wanted === undefined || record.status === wanted).length);
            request.result.close();
          };
        };
      }),
    status,
  );

/** Opens the link (a short run), trains it to the end and, unless told not to, waits until its record is written. */
async function trainToEnd(page: Page, query: string, finishedBefore: number | null = 0): Promise<void> {
  await page.goto(`./#v=2&epochs=30${query}`);
  await page.reload();
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Done · epoch 30/, { timeout: 60_000 });
  if (finishedBefore !== null) await expect.poll(() => storedCount(page, 'done')).toBe(finishedBefore + 1);
}

const notebookRows = (page: Page) => page.getByTestId('notebook-table').locator('tbody tr');

async function openNotebook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Notebook', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Notebook' })).toBeVisible();
}

/** The names of the runs, as their name fields hold them, in table order (newest first). */
const runNames = (page: Page) =>
  notebookRows(page)
    .locator('input.notebook-name')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** The chart figure whose heading is `title`. */
const chart = (page: Page, title: string) =>
  page.locator('figure.metric-chart', { has: page.getByRole('heading', { name: title }) });

test('runs are recorded, survive a reload, overlay on the charts, differ in exactly the keys changed, and open again', async ({
  page,
  pageErrors,
}) => {
  await trainToEnd(page, '');
  await trainToEnd(page, '&lr=0.1&batch=32', 1);
  await openNotebook(page);
  await expect(notebookRows(page)).toHaveCount(2);
  await expect(notebookRows(page).first().locator('td').nth(5)).toHaveText('30');

  // IndexedDB keeps them.
  await expect.poll(() => storedCount(page)).toBe(2);
  await page.reload();
  await openNotebook(page);
  await expect(notebookRows(page)).toHaveCount(2);
  const [newer, older] = await runNames(page);
  expect(newer).toMatch(/^Run at \d\d:\d\d:\d\d$/);

  // Selected, both are drawn on each chart, named by what differs from the panels (lr 0.1, batch 32).
  await page.getByRole('checkbox', { name: `Select ${older}` }).check();
  await page.getByRole('checkbox', { name: `Select ${newer}` }).check();
  for (const title of ['Loss', 'Accuracy']) {
    const legend = chart(page, title).locator('.chart-legend-name');
    await expect(legend).toContainText([
      `${older} (test): lr 0.01, batch 16`,
      `${newer} (test): same settings`,
    ]);
    await expect
      .poll(() =>
        chart(page, title)
          .locator('path.recharts-line-curve')
          .evaluateAll(
            (paths) => paths.filter((path) => path.getAttribute('stroke-dasharray') === '1 3').length,
          ),
      )
      .toBe(1);
  }

  // The diff names exactly the two keys that were changed.
  const diff = page.getByTestId('notebook-diff');
  await expect(diff.locator('tbody th')).toHaveText(['lr', 'batch']);
  await expect(diff.locator('tbody tr').first().locator('td')).toHaveText(['0.01', '0.1']);

  // Open brings the older run's experiment back to the panels and the link.
  await page.getByRole('button', { name: `Open ${older}` }).click();
  await expect(page).toHaveURL(/[#&]lr=0\.01(&|$)/);
  await expect(page).toHaveURL(/[#&]batch=16(&|$)/);
  await expect(page.getByLabel('Batch size')).toHaveValue('16');
  expect(pageErrors).toEqual([]);
});

test('Delete then Undo restores the run, in the table and after a reload', async ({ page, pageErrors }) => {
  await trainToEnd(page, '&lr=0.05');
  await openNotebook(page);
  await expect(notebookRows(page)).toHaveCount(1);
  const [name] = await runNames(page);
  await page.getByRole('textbox', { name: /^Note on the run started/ }).fill('worth keeping');
  await page.getByRole('textbox', { name: /^Note on the run started/ }).press('Enter');
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(page.getByText('No runs yet')).toBeVisible();
  await expect(page.getByText(`Deleted “${name}”.`)).toBeVisible();
  await expect.poll(() => storedCount(page)).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(notebookRows(page)).toHaveCount(1);
  await expect.poll(() => storedCount(page)).toBe(1);
  await page.reload();
  await openNotebook(page);
  await expect(notebookRows(page)).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: /^Note on the run started/ })).toHaveValue('worth keeping');

  // Clear all asks first; Cancel keeps everything.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(notebookRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Delete all' }).click();
  await expect(page.getByText('No runs yet')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('when IndexedDB refuses writes, training goes on with a message and the runs stay in memory', async ({
  page,
  pageErrors,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await trainToEnd(page, '', null);
  await expect(page.getByRole('status').filter({ hasText: 'Runs not saved: memory only' })).toBeVisible();
  // A second run, on the same page: nothing recorded in memory is lost.
  await page.getByLabel('Batch size').fill('8');
  await page.getByLabel('Batch size').press('Enter');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Done · epoch 30/, { timeout: 60_000 });
  await openNotebook(page);
  await expect(page.getByRole('alert')).toContainText(/quota has been exceeded.*kept in memory only/);
  await expect(notebookRows(page)).toHaveCount(2);
  for (const row of await notebookRows(page).all()) await expect(row.locator('td').nth(5)).toHaveText('30');
  expect(pageErrors).toEqual([]);
});

test('the open notebook has no serious accessibility findings', async ({ page }) => {
  // Two runs, then axe over the whole page: more than a minute on a busy machine.
  test.setTimeout(150_000);
  await trainToEnd(page, '');
  await trainToEnd(page, '&lr=0.1', 1);
  await openNotebook(page);
  for (const box of await page.getByRole('checkbox', { name: /^Select / }).all()) await box.check();
  await expect(page.getByTestId('notebook-diff')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
