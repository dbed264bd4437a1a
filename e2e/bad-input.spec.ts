import { expect, test } from './fixtures';

test('a bad number is refused beside its field, Train says why, and other entries are kept', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./');
  await page.getByLabel('Noise').fill('0.3');
  const batch = page.getByLabel('Batch size');
  for (const bad of ['', 'abc', '2.5', '0', '100000']) {
    await batch.fill(bad);
    await expect(batch).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
    await expect(page.locator('#train-blocker')).toContainText(/Batch size/);
  }
  await batch.fill('32');
  await expect(batch).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await expect(page.getByLabel('Noise')).toHaveValue('0.3');
  expect(pageErrors).toEqual([]);
});
