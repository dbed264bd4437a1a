import { expect, runStatus, test } from './fixtures';

test('the experiment lives in the URL: a reload restores it exactly, Copy link copies it', async ({
  page,
  context,
  pageErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByLabel('Data set').selectOption('moons');
  await page.getByLabel('Noise').fill('0.25');
  await page.getByLabel('Algorithm').selectOption('sgd');
  await page.getByLabel('Momentum').fill('0.9');
  await page.getByLabel('Nesterov').check();
  await page.getByLabel('Batch size').fill('8');
  await page.getByRole('region', { name: 'Loss' }).getByLabel(/Hinge/).check();
  await page.getByLabel('Activation, layer 2').selectOption('relu');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const fresh = await context.newPage();
  await fresh.goto(copied);
  await expect(fresh.getByLabel('Data set')).toHaveValue('moons');
  await expect(fresh.getByLabel('Noise')).toHaveValue('0.25');
  await expect(fresh.getByLabel('Algorithm')).toHaveValue('sgd');
  await expect(fresh.getByLabel('Momentum')).toHaveValue('0.9');
  await expect(fresh.getByLabel('Nesterov')).toBeChecked();
  await expect(fresh.getByLabel('Batch size')).toHaveValue('8');
  await expect(fresh.getByRole('region', { name: 'Loss' }).getByLabel(/Hinge/)).toBeChecked();
  await expect(fresh.getByLabel('Activation, layer 2')).toHaveValue('relu');
  await expect(runStatus(fresh)).toContainText(/SGD, hinge/);
  expect(fresh.url()).toBe(copied);
  await fresh.close();

  await page.reload();
  await expect(page.getByLabel('Data set')).toHaveValue('moons');
  await expect(page.getByLabel('Momentum')).toHaveValue('0.9');
  expect(pageErrors).toEqual([]);
});

test('a hand-edited link with bad values opens a working app and says what it kept', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?v=1&lr=abc&batch=0&bogus=1');
  await expect(page.getByRole('region', { name: 'Parts of this link could not be used' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('region', { name: 'Parts of this link could not be used' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('editing the link after # in the address bar applies at once, without a reload', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#v=2&data=circle&opt=adam');
  await expect(page.getByLabel('Data set')).toHaveValue('circle');
  // A marker on the page's window would be lost on a reload.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const edited = page.url().replace('opt=adam', 'opt=sgd').replace('data=circle', 'data=xor');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(edited).hash);
  await expect(page.getByLabel('Data set')).toHaveValue('xor');
  await expect(page.getByLabel('Algorithm')).toHaveValue('sgd');
  await expect(runStatus(page)).toContainText(/SGD, binary cross-entropy/);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // A bad value typed in place is reported like a bad link, and the rest applies.
  await page.evaluate(() => {
    window.location.hash = window.location.hash.replace(/batch=\d+/, 'batch=abc');
  });
  await expect(page.getByRole('heading', { name: 'Parts of this link could not be used' })).toBeVisible();
  await expect(page.getByText(/batch 'abc' is not a number/)).toBeVisible();
  await expect(page.getByLabel('Data set')).toHaveValue('xor');
  expect(pageErrors).toEqual([]);
});
