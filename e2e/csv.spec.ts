/**
 * Own data as people have it (issue #24): each fixture under test/fixtures/csv/ uploaded through the
 * file input, with the outcome the page states in words.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, runStatus, test } from './fixtures';

const fixture = (name: string): string =>
  readFileSync(new URL(`../test/fixtures/csv/${name}`, import.meta.url), 'utf8');

/** Chooses own data and uploads `text` as the file `name`. */
async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Data set').selectOption('custom');
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const inUse = (page: Page) => page.getByTestId('own-data-in-use');

/** The test accuracy the status line reports, in percent. */
async function testAccuracy(page: Page): Promise<number> {
  const text = (await runStatus(page).textContent()) ?? '';
  return Number(/test accuracy ([\d.]+)%/.exec(text)?.[1] ?? 0);
}

test('a German spreadsheet export is read: semicolons and decimal commas detected and stated', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await upload(page, 'penguins-de.csv', fixture('penguins-de.csv'));
  await expect(page.getByTestId('csv-dialect')).toHaveText('Detected: semicolon-separated, decimal commas.');
  await expect(inUse(page)).toHaveText('In use: penguins-de.csv, 333 rows, 10 features, 3 classes.');
  await expect(page.getByLabel('Separator')).toHaveValue(';');
  await expect(page.getByLabel('Decimal mark')).toHaveValue(',');
  const table = page.getByTestId('csv-columns');
  await expect(table.locator('[data-column="bill_length_mm"]')).toContainText('number');
  await expect(table.locator('[data-column="bill_length_mm"]')).toContainText('39,2');
  await expect(table.locator('[data-column="island"]')).toContainText(
    'category, 3 values: Biscoe, Dream, Torgersen',
  );
  await expect(page.getByTestId('csv-report')).toContainText('11 rows with a missing value dropped.');

  // Overridden to decimal points, the measurements with fractions read as text (ignored); back again, all return.
  await page.getByLabel('Decimal mark').selectOption('.');
  await expect(page.getByTestId('csv-dialect')).toHaveText(
    'Read as semicolon-separated, decimal points (detected: semicolon-separated, decimal commas).',
  );
  await expect(table.locator('[data-column="bill_length_mm"]')).toContainText('text');
  await page.getByLabel('Decimal mark').selectOption(',');
  await expect(inUse(page)).toHaveText('In use: penguins-de.csv, 333 rows, 10 features, 3 classes.');
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('penguins with NA and text columns train to over 90%: species the label, island one-hot, NA rows dropped', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#layers=16-relu&loss=cce&opt=adam&lr=0.01&batch=32&epochs=40');
  await upload(page, 'penguins-na.csv', fixture('penguins-na.csv'));
  await expect(inUse(page)).toHaveText('In use: penguins-na.csv, 333 rows, 10 features, 3 classes.');
  await expect(page.getByLabel('Label column')).toHaveValue('0');
  const report = page.getByTestId('csv-report');
  await expect(report).toContainText('Used 333 of 344 rows, 10 features.');
  await expect(report).toContainText('11 rows with a missing value dropped.');
  await expect(report).toContainText('island became 3 one-hot features.');
  const idRow = page.getByTestId('csv-columns').locator('[data-column="individual_id"]');
  await expect(idRow).toContainText('text, 344 different values');
  await expect(idRow).toContainText('ignored: 344 different values, more than the 20 a category may have');
  await expect(page.getByLabel('Use of individual_id')).toHaveValue('ignore');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => testAccuracy(page), { timeout: 90_000 }).toBeGreaterThan(90);
  expect(pageErrors).toEqual([]);
});

test('a label that cannot work explains why, and the drop-down keeps the label in use', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await upload(page, 'penguins-na.csv', fixture('penguins-na.csv'));
  await expect(inUse(page)).toHaveText('In use: penguins-na.csv, 333 rows, 10 features, 3 classes.');
  const label = page.getByLabel('Label column');
  await label.selectOption({ label: 'body_mass_g' });
  await expect(page.getByTestId('csv-label-refused')).toHaveText(
    /^column 'body_mass_g' holds \d+ different values, more than the 50 classes a label may have: it looks like a measurement, not a class\. The label stays 'species'\.$/,
  );
  await expect(label).toHaveValue('0');
  await expect(inUse(page)).toHaveText('In use: penguins-na.csv, 333 rows, 10 features, 3 classes.');
  // A label that can work is taken, and the drop-down follows it.
  await label.selectOption({ label: 'island' });
  await expect(inUse(page)).toHaveText('In use: penguins-na.csv, 333 rows, 10 features, 3 classes.');
  await expect(label).toHaveValue('1');
  await expect(page.getByTestId('csv-label-refused')).toHaveCount(0);
  await expect(page.getByTestId('csv-columns').locator('[data-column="species"]')).toContainText('Feature');
  expect(pageErrors).toEqual([]);
});

test('quoted names with commas and quotes stay whole, and the name column is ignored as text', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await upload(page, 'quoted-names.csv', fixture('quoted-names.csv'));
  await expect(page.getByTestId('csv-dialect')).toHaveText('Detected: comma-separated, decimal points.');
  await expect(inUse(page)).toHaveText('In use: quoted-names.csv, 120 rows, 2 features, 2 classes.');
  const nameRow = page.getByTestId('csv-columns').locator('[data-column="name"]');
  await expect(nameRow).toContainText('Smith, N. "NN"');
  await expect(page.getByLabel('Use of name')).toHaveValue('ignore');
  expect(pageErrors).toEqual([]);
});

test('a file with one numeric column is usable: the country the label, the population the feature', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await upload(page, 'cities.csv', fixture('cities.csv'));
  await expect(inUse(page)).toHaveText('In use: cities.csv, 24 rows, 1 features, 4 classes.');
  await expect(page.getByLabel('Label column')).toHaveValue('1');
  expect(pageErrors).toEqual([]);
});

test('a file with 30 bad values lists 20 of them and a count, and nothing changes', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  const broken = fixture('penguins-na.csv')
    .split('\n')
    .map((line, index) => (index >= 10 && index < 40 ? line.replace(/,[\d.]+,/, ',x,') : line))
    .join('\n');
  await upload(page, 'broken.csv', broken);
  await expect(page.getByTestId('csv-error')).toHaveText(
    'broken.csv: 30 problems. Nothing is used until they are fixed:',
  );
  const problems = page.getByTestId('csv-problems').getByRole('listitem');
  await expect(problems).toHaveCount(20);
  await expect(problems.first()).toHaveText("row 11, column 'bill_length_mm': 'x' is not a number");
  await expect(page.getByText('…and 10 more.')).toBeVisible();
  await expect(page).toHaveURL(/data=spiral/);
  // Ignoring the column at fault makes the file usable.
  await page.getByLabel('Use of bill_length_mm').selectOption('ignore');
  await expect(inUse(page)).toHaveText('In use: broken.csv, 333 rows, 9 features, 3 classes.');
  expect(pageErrors).toEqual([]);
});

test('a 50,000-row file is read in the data worker, the page showing its progress as it goes', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#epochs=1');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  await page.getByLabel('Data set').selectOption('custom');
  // Every progress line the page showed: a page blocked by parsing could show none in between.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { progressShown: string[] }).progressShown = shown;
    new MutationObserver(() => {
      const progress = document.querySelector('[data-testid="csv-progress"]')?.textContent;
      if (progress && shown.at(-1) !== progress) shown.push(progress);
    }).observe(document.querySelector('.csv-upload') as Node, {
      subtree: true,
      characterData: true,
      childList: true,
    });
  });
  const rows = Array.from({ length: 50_000 }, (_, i) => {
    const kind = i % 3;
    return `${(kind + Math.sin(i)).toFixed(3)};${(kind * 2 + Math.cos(i)).toFixed(3)};${['red', 'green', 'blue'][i % 3]};${['a', 'b', 'c'][kind]}`;
  });
  await page.getByLabel('CSV file').setInputFiles({
    name: 'large.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`x;y;colour;kind\n${rows.join('\n').replaceAll('.', ',')}\n`),
  });
  await expect(inUse(page)).toHaveText('In use: large.csv, 50,000 rows, 5 features, 3 classes.', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('csv-dialect')).toHaveText('Detected: semicolon-separated, decimal commas.');
  const shown = await page.evaluate(() => (window as unknown as { progressShown: string[] }).progressShown);
  expect(shown.length).toBeGreaterThan(10);
  expect(shown).toContain('Reading large.csv… 50%');
  expect(pageErrors).toEqual([]);
});
