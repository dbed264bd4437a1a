import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, runStatus, test } from './fixtures';

/** The Share disclosure in the header, opened. */
async function openShare(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Share', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Share with students' });
  await expect(panel).toBeVisible();
  return panel;
}

/** The radio that puts one part of the page in one mode, in the Share panel. */
const modeRadio = (share: Locator, part: string, mode: 'Shown' | 'Locked' | 'Hidden'): Locator =>
  share.getByRole('radiogroup', { name: part, exact: true }).getByRole('radio', { name: mode });

/** The computed font size of the Dataset panel's heading, in CSS pixels. */
const headingFontPx = (page: Page): Promise<number> =>
  page
    .getByRole('heading', { name: 'Dataset', exact: true })
    .evaluate((heading) => Number.parseFloat(getComputedStyle(heading).fontSize));

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

test('a link that hides Model and Loss and locks the Optimizer shows what it says, and Train still works', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#hide=model,loss&lock=optimizer&epochs=100000');
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  await expect(page.getByRole('region', { name: 'Model', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Loss', exact: true })).toHaveCount(0);

  const optimizer = page.getByRole('region', { name: 'Optimizer', exact: true });
  await expect(optimizer.getByText('Locked by this link')).toBeVisible();
  for (const label of ['Algorithm', 'Learning rate', 'Batch size', 'Epochs', 'Weight seed'])
    await expect(optimizer.getByLabel(label, { exact: true })).toBeDisabled();
  // Explainers stay readable: a summary is no form control.
  await optimizer.getByText('What is Adam?').click();
  await expect(optimizer.locator('details.explainer').first()).toHaveAttribute('open', '');

  // The Dataset panel is neither hidden nor locked, and the two left fill the row between them.
  const dataset = page.getByRole('region', { name: 'Dataset', exact: true });
  await expect(dataset.getByLabel('Data set')).toBeEnabled();
  await expect(dataset.getByText('Locked by this link')).toHaveCount(0);
  const [datasetBox, optimizerBox] = await Promise.all([dataset.boundingBox(), optimizer.boundingBox()]);
  expect(datasetBox?.y).toBe(optimizerBox?.y);
  expect(datasetBox?.width ?? 0).toBeGreaterThan(600);
  expect(optimizerBox?.width ?? 0).toBeGreaterThan(600);

  // Train, Pause, Step, Reset and Copy link are never hidden or locked.
  for (const name of ['Train', 'Step', 'Reset', 'Copy link'])
    await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Training · epoch [1-9]/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);
  expect(pageErrors).toEqual([]);
});

test('the chart options, the comparison bar and the Advanced panel hide and lock too', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#b.opt=sgd&lock=compare,advanced&hide=chart');
  await expect(page.getByLabel('X-axis')).toHaveCount(0);
  const comparison = page.getByRole('region', { name: 'Comparison' });
  await expect(comparison.getByText('Locked by this link')).toBeVisible();
  await expect(comparison.getByRole('button', { name: '+ Add variant' })).toBeDisabled();
  await expect(comparison.getByLabel('Seeds per variant')).toBeDisabled();
  await expect(comparison.getByRole('button', { name: 'Remove variant B' })).toBeDisabled();
  await expect(page.getByLabel('Target test accuracy (%)')).toBeDisabled();
  // Locking the race's make-up leaves choosing which variant the open panels edit: here B's SGD.
  await comparison.getByTestId('variant-1').click();
  await expect(comparison.getByTestId('variant-1')).toHaveAttribute('aria-pressed', 'true');
  await expect(comparison).toContainText('The panels below edit variant B');
  await expect(page.getByLabel('Algorithm')).toHaveValue('sgd');
  await page.getByLabel('Algorithm').selectOption('rmsprop');
  await comparison.getByTestId('variant-0').click();
  await expect(page.getByLabel('Algorithm')).toHaveValue('adam');
  await comparison.getByTestId('variant-1').click();
  await expect(page.getByLabel('Algorithm')).toHaveValue('rmsprop');
  await page.getByText('Advanced', { exact: true }).click();
  await expect(page.getByLabel('Backend')).toBeDisabled();

  await page.goto('./#hide=compare,advanced&lock=chart');
  await expect(page.getByRole('region', { name: 'Comparison' })).toHaveCount(0);
  await expect(page.getByText('Advanced', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('X-axis')).toBeDisabled();
  await expect(page.getByLabel('Log scale (loss)')).toBeDisabled();
  expect(pageErrors).toEqual([]);
});

test('autostart=1 starts training when the page opens, without a click', async ({ page, pageErrors }) => {
  await page.goto('./#autostart=1&epochs=100000');
  await expect(runStatus(page)).toContainText(/^Training · epoch [1-9]/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);
  expect(pageErrors).toEqual([]);
});

test.describe('present mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('present=1 sets larger type, the charts and boundary grow, and axe stays clean', async ({
    page,
    pageErrors,
  }, testInfo) => {
    await page.goto('./');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    const normalPx = await headingFontPx(page);
    const normalBoundary = await page.getByTestId('boundary-canvas').boundingBox();

    await page.goto('./#present=1');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    expect(await headingFontPx(page)).toBeGreaterThan(normalPx * 1.3);
    const presentBoundary = await page.getByTestId('boundary-canvas').boundingBox();
    expect(presentBoundary?.width ?? 0).toBeGreaterThan((normalBoundary?.width ?? 0) * 1.3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    await page.screenshot({ path: testInfo.outputPath('present-1920.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // The page says a link set it, and Show everything returns to normal type at once.
    await expect(page.getByTestId('teaching-notice')).toContainText('present mode');
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => headingFontPx(page)).toBe(normalPx);
    expect(page.url()).not.toContain('present=1');
    expect(pageErrors).toEqual([]);
  });

  test.describe('on a 1280-pixel projector', () => {
    test.use({ viewport: { width: 1280, height: 720 } });
    test('nothing scrolls sideways', async ({ page, pageErrors }, testInfo) => {
      await page.goto('./#present=1');
      await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      await page.screenshot({ path: testInfo.outputPath('present-1280.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    });
  });
});

/** Reads the QR canvas's pixels: counts of dark and light, and whether each finder pattern is where it belongs. */
async function qrPicture(canvas: Locator) {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const moduleCount = Number(element.dataset.moduleCount);
    const context = element.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const { data, width } = context.getImageData(0, 0, element.width, element.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    const cellPx = width / (moduleCount + 8);
    const isDark = (row: number, col: number): boolean => {
      const x = Math.floor((col + 4.5) * cellPx);
      const y = Math.floor((row + 4.5) * cellPx);
      return (data[(y * width + x) * 4] ?? 255) < 128;
    };
    const finders = [
      [0, 0],
      [0, moduleCount - 7],
      [moduleCount - 7, 0],
    ].map(
      ([top = 0, left = 0]) => isDark(top, left) && !isDark(top + 1, left + 1) && isDark(top + 3, left + 3),
    );
    const quietZoneClear = [...Array(width).keys()].every((x) => (data[x * 4] ?? 0) > 128);
    return { moduleCount, darkShare: dark / (data.length / 4), finders, quietZoneClear };
  });
}

/** The text the QR canvas holds, read from its pixels by an independent decoder (jsQR); null if unreadable. */
async function qrText(canvas: Locator): Promise<string | null> {
  const { width, height, rgba } = await canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const image = context.getImageData(0, 0, element.width, element.height);
    // As base64: a million numbers in a JSON array would take seconds to pass.
    let binary = '';
    for (let start = 0; start < image.data.length; start += 0x8000)
      binary += String.fromCharCode(...image.data.subarray(start, start + 0x8000));
    return { width: image.width, height: image.height, rgba: btoa(binary) };
  });
  return jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data ?? null;
}

test("the Share panel shapes the link it shows, not the teacher's page; Copy and Preview as a student work", async ({
  page,
  context,
  pageErrors,
}) => {
  // A preview tab, a clipboard round trip and two QR decodings: long on a busy 2-core machine.
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  const pageAddress = page.url();
  const share = await openShare(page);
  await expect(modeRadio(share, 'Model', 'Shown')).toBeChecked();

  await modeRadio(share, 'Model', 'Hidden').check();
  await modeRadio(share, 'Loss', 'Hidden').check();
  await modeRadio(share, 'Optimizer', 'Locked').check();
  await share.getByLabel('Start training when the link opens').check();
  const link = share.getByLabel('Link for students');
  await expect(link).toHaveValue(/hide=model,loss&lock=optimizer&autostart=1/);
  // The teacher's own page and its address stay as they were, and nothing says it is a teaching link.
  await expect(page.getByRole('region', { name: 'Model', exact: true })).toBeVisible();
  await expect(page.getByLabel('Algorithm')).toBeEnabled();
  expect(page.url()).toBe(pageAddress);
  await expect(page.getByTestId('teaching-notice')).toHaveCount(0);
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  const studentLink = await link.inputValue();

  await share.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(share.getByTestId('share-copy-result')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(studentLink);

  // The preview is the students' page in a tab of its own: it says what the link did, and can undo it.
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    share.getByRole('button', { name: 'Preview as a student' }).click(),
  ]);
  await preview.waitForLoadState();
  expect(preview.url()).toBe(studentLink);
  await expect(preview.getByTestId('teaching-notice')).toHaveText(
    /^Teaching link: Model and Loss hidden · Optimizer locked · training started on opening\./,
  );
  await expect(preview.getByRole('region', { name: 'Model', exact: true })).toHaveCount(0);
  await expect(runStatus(preview)).toContainText(/Training|Done/);
  await preview.getByRole('button', { name: 'Show everything' }).click();
  await expect(preview.getByRole('region', { name: 'Model', exact: true })).toBeVisible();
  await expect(preview.getByLabel('Algorithm')).toBeEnabled();
  await expect(preview.getByTestId('teaching-notice')).toHaveCount(0);
  await preview.close();
  await expect(page.getByRole('region', { name: 'Model', exact: true })).toBeVisible();

  const canvas = share.getByRole('img', { name: "QR code of this experiment's link" });
  await expect(canvas).toHaveAttribute('data-module-count', /^\d+$/);
  const picture = await qrPicture(canvas);
  // Version 1 has 21 modules a side, each version 4 more.
  expect(picture.moduleCount).toBeGreaterThanOrEqual(21);
  expect((picture.moduleCount - 17) % 4).toBe(0);
  expect(picture.darkShare).toBeGreaterThan(0.2);
  expect(picture.darkShare).toBeLessThan(0.6);
  expect(picture.finders).toEqual([true, true, true]);
  expect(picture.quietZoneClear).toBe(true);
  // A phone scanning it opens exactly the link shown.
  expect(await qrText(canvas)).toBe(studentLink);

  // A choice taken back leaves the link, and the code follows.
  await modeRadio(share, 'Model', 'Shown').check();
  await expect(link).not.toHaveValue(/hide=model/);
  const shorterLink = await link.inputValue();
  await expect.poll(() => qrText(canvas)).toBe(shorterLink);

  // Escape closes the panel and gives focus back to its button.
  await modeRadio(share, 'Model', 'Shown').focus();
  await page.keyboard.press('Escape');
  await expect(share).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  // So does its Close button, for touch screens, where the open card may cover the Share button.
  const reopened = await openShare(page);
  await reopened.getByRole('button', { name: 'Close' }).click();
  await expect(reopened).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test('a link too long for a QR code says so instead of drawing one', async ({ page, pageErrors }) => {
  // Four variants of sixteen wide layers each, every variant different: far past 2,331 characters.
  const layers = (units: number) =>
    Array.from({ length: 16 }, (_, i) => `${units - i}-leakyrelu-lecun-l1_0.0001-l2_0.0002`).join(',');
  await page.goto(
    `./#layers=${layers(250)}&b.layers=${layers(240)}&c.layers=${layers(230)}&d.layers=${layers(220)}`,
  );
  await expect(page.getByTestId('variant-3')).toBeVisible();
  const share = await openShare(page);
  await expect(share.getByTestId('qr-too-long')).toContainText(/too long|more than a QR code/);
  await expect(share.getByRole('img', { name: "QR code of this experiment's link" })).toHaveCount(0);
  expect((await share.getByLabel('Link for students').inputValue()).length).toBeGreaterThan(2331);
  expect(pageErrors).toEqual([]);
});

/** The train losses a fresh page reports after each of three Steps, and the Loss chart's latest train value. */
async function threeSteps(
  browser: Browser,
  link: string,
): Promise<{ perStep: string[]; chartTrain: string; errors: string[] }> {
  // A page of its own context: nothing is shared with the other load.
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(link);
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  const perStep: string[] = [];
  for (let epoch = 1; epoch <= 3; epoch++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(runStatus(page)).toContainText(`epoch ${epoch} `);
    const text = (await runStatus(page).textContent()) ?? '';
    perStep.push(/train loss (\S+) · test accuracy (\S+)/.exec(text)?.slice(1).join(' ') ?? text);
  }
  const lastLoss = Number(perStep[2]?.split(' ')[0]);
  const trainCell = page
    .locator('figure.metric-chart', { has: page.getByRole('heading', { name: 'Loss', exact: true }) })
    .locator('table.visually-hidden tr', { hasText: 'Train' })
    .getByRole('cell');
  // The chart redraws a few times a second: wait until it shows the third epoch's loss (4 decimals, the status 3).
  await expect
    .poll(async () => Math.abs(Number(await trainCell.textContent()) - lastLoss))
    .toBeLessThanOrEqual(0.00051);
  const chartTrain = (await trainCell.textContent()) ?? '';
  await page.close();
  return { perStep, chartTrain, errors };
}

test('two loads of the same link give identical losses for the first epochs', async ({ browser }) => {
  const link = './#data=moons&noise=0.2&layers=8-tanh,8-tanh&opt=sgd&lr=0.1&momentum=0.9&batch=8&seed=7';
  const first = await threeSteps(browser, link);
  const second = await threeSteps(browser, link);
  expect(first.perStep).toHaveLength(3);
  expect(new Set(first.perStep).size).toBe(3);
  expect(first.errors).toEqual([]);
  expect(second).toEqual(first);
});

test('axe finds nothing serious with the Share panel open on a locked, partly hidden page, in light and dark', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#hide=loss&lock=dataset,model,optimizer,chart');
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  await openShare(page);
  await expect(page.getByRole('img', { name: "QR code of this experiment's link" })).toHaveAttribute(
    'data-module-count',
    /\d/,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
