/**
 * What a trial as a teacher and a student found, each checked at the viewport where it was seen:
 * measured positions, widths, text and tap-target sizes.
 */
import type { Page } from '@playwright/test';
import { expect, runStatus, test } from './fixtures';

const RACE_OF_THREE =
  './#v=2&opt=sgd&b.opt=sgd&b.momentum=0.9&c.opt=sgd&c.momentum=0.9&c.nesterov=true&hide=model,loss&present=1';

/** The bottom edge of an element, in CSS pixels from the top of the viewport. */
async function bottomOf(page: Page, testIdOrSelector: string): Promise<number> {
  const box = await page.locator(testIdOrSelector).first().boundingBox();
  if (!box) throw new Error(`${testIdOrSelector} is not laid out`);
  return box.y + box.height;
}

test.describe('on a 1280x720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a race of three in present mode has its boundaries in one row and both charts in view', async ({
    page,
    pageErrors,
  }) => {
    await page.goto(RACE_OF_THREE);
    const captions = page.locator('.race-boundaries figcaption');
    await expect(captions).toHaveText(['A · SGD', 'B · Momentum', 'C · Nesterov']);
    const tops = await page
      .locator('.race-boundaries canvas')
      .evaluateAll((canvases) => canvases.map((canvas) => Math.round(canvas.getBoundingClientRect().top)));
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    // One legend for both charts, on one line: each variant once, then the train/test key.
    const legend = page.getByTestId('race-legend');
    await expect(legend.locator('li')).toHaveText([
      'A · SGD',
      'B · Momentum',
      'C · Nesterov',
      'train',
      'test',
    ]);
    const legendBox = await legend.locator('ul').boundingBox();
    const itemBox = await legend.locator('li').first().boundingBox();
    expect(legendBox?.height ?? 999).toBeLessThan((itemBox?.height ?? 0) * 1.6);
    await expect(page.locator('.comparison-chart .chart-legend')).toHaveCount(0);
    for (const chart of await page.locator('.metric-chart').all()) {
      await expect(chart.locator('.recharts-surface')).toBeVisible();
      const box = await chart.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 999)).toBeLessThanOrEqual(720);
    }
    expect(pageErrors).toEqual([]);
  });

  test('a race of four in present mode fits too', async ({ page, pageErrors }) => {
    await page.goto(`${RACE_OF_THREE}&d.opt=adam`);
    await expect(page.locator('.race-boundaries figcaption')).toHaveCount(4);
    const tops = await page
      .locator('.race-boundaries canvas')
      .evaluateAll((canvases) => canvases.map((canvas) => Math.round(canvas.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await expect(page.locator('.metric-chart .recharts-surface')).toHaveCount(2);
    expect(await bottomOf(page, '.training-views')).toBeLessThanOrEqual(720);
    expect(pageErrors).toEqual([]);
  });

  test('the summary table fits its box, and says "not reached" once the runs are done', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./#v=2&opt=sgd&lr=0.001&b.opt=sgd&b.momentum=0.9&b.lr=0.001&c.opt=adam&epochs=3');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(runStatus(page)).toContainText(/^Done/);
    const table = page.getByTestId('summary-table');
    const scroller = page.locator('.table-scroll');
    const fits = await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
    expect(fits).toBe(true);
    const tableBox = await table.boundingBox();
    const panelBox = await page.getByRole('region', { name: 'Training', exact: true }).boundingBox();
    expect((tableBox?.x ?? 0) + (tableBox?.width ?? 9999)).toBeLessThanOrEqual(
      (panelBox?.x ?? 0) + (panelBox?.width ?? 0),
    );
    // Three epochs of SGD at a small rate reach no 90%: the table says so instead of "not yet".
    const sgdRow = table.getByRole('row', { name: /A · SGD/ });
    await expect(sgdRow).toContainText('not reached in 3 epochs');
    await expect(table).not.toContainText('not yet');
    expect(pageErrors).toEqual([]);
  });

  test('over three seeds the epochs are whole, and the table says what its figures are', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./#v=2&opt=sgd&b.opt=adam&epochs=40&seeds=3&target=60');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(runStatus(page)).toContainText(/^Done/, { timeout: 45_000 });
    await expect(page.getByTestId('seed-note')).toHaveText(/median/);
    const table = page.getByTestId('summary-table');
    const headers = await table.locator('thead th').allTextContents();
    const bestColumn = headers.findIndex((header) => header.startsWith('Best test'));
    const targetColumn = headers.findIndex((header) => header.startsWith('Epochs to'));
    expect(bestColumn).toBeGreaterThan(0);
    expect(targetColumn).toBeGreaterThan(0);
    for (const row of await table.locator('tbody tr').all()) {
      const cells = await row.locator('th, td').allTextContents();
      // "Best test accuracy (epoch)" and "Epochs to 60%" hold whole epochs only.
      expect(cells[bestColumn]).toMatch(/\(\d+\)$/);
      expect(cells[targetColumn]).toMatch(
        /^(\d+|\d of 3 seeds|not reached in \d+ epochs|never \(diverged\))$/,
      );
    }
    expect(pageErrors).toEqual([]);
  });

  test('a stack that cannot train says why in the status line, and nothing below it moves', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    // Measured from the top of the document: adding a layer may scroll the page to keep focus in view.
    const chartsTop = (): Promise<number> =>
      page.locator('.training-views').evaluate((views) => views.getBoundingClientRect().top + window.scrollY);
    const before = await chartsTop();
    await page.getByLabel('New layer').selectOption('conv2d');
    await page.getByRole('button', { name: 'Add layer' }).click();
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
    await expect(runStatus(page)).toHaveText(/^Fix first: Conv2D needs image input/);
    await expect(runStatus(page)).not.toContainText('Preparing');
    expect(await chartsTop()).toBe(before);
    await page.getByRole('button', { name: 'Remove layer 3' }).click();
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    expect(await chartsTop()).toBe(before);
    expect(pageErrors).toEqual([]);
  });

  test('Copy link says so without moving the page', async ({ page, context, pageErrors }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    const headerBefore = await page.locator('.app-header').boundingBox();
    const trainingBefore = await page.getByRole('region', { name: 'Training', exact: true }).boundingBox();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    expect(await page.locator('.app-header').boundingBox()).toEqual(headerBefore);
    expect(await page.getByRole('region', { name: 'Training', exact: true }).boundingBox()).toEqual(
      trainingBefore,
    );
    expect(pageErrors).toEqual([]);
  });
});

test.describe('on a 375x800 phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('a summary table wider than the phone scrolls, with the variant column kept in view', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./#v=2&opt=sgd&b.opt=sgd&b.momentum=0.9&c.opt=adam&epochs=2');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(runStatus(page)).toContainText(/^Done/);
    const scroller = page.locator('.table-scroll');
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await expect(page.getByTestId('summary-scroll-hint')).toBeVisible();
    await scroller.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const variantCell = page.getByTestId('summary-table').getByRole('rowheader', { name: /C · Adam/ });
    const cellBox = await variantCell.boundingBox();
    const scrollerBox = await scroller.boundingBox();
    expect(cellBox?.x ?? -1).toBeGreaterThanOrEqual((scrollerBox?.x ?? 0) - 1);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('on a phone, a student', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('finds the learning rate right below the charts, with Train kept in view while scrolling', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    const chartsBottom = await page
      .locator('.training-views')
      .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    const rateTop = await page
      .getByLabel('Learning rate', { exact: true })
      .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    // Within about one screen of the charts, not four or five.
    expect(rateTop - chartsBottom).toBeLessThan(800);
    await page.getByLabel('Learning rate', { exact: true }).scrollIntoViewIfNeeded();
    const train = page.getByRole('button', { name: 'Train', exact: true });
    const trainBox = await train.boundingBox();
    expect(trainBox?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((trainBox?.y ?? 999) + (trainBox?.height ?? 0)).toBeLessThanOrEqual(800);
    await expect(runStatus(page)).toBeInViewport();
    expect(pageErrors).toEqual([]);
  });

  test('can touch every control: buttons, fields, disclosures and choices are at least 44 by 44 pixels', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    const tooSmall = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>(
          'main button, main select, main summary, main input[type="text"], main input[type="number"], main input[type="range"]',
        ),
        ...[
          ...document.querySelectorAll<HTMLInputElement>(
            'main input[type="checkbox"], main input[type="radio"]',
          ),
        ].map((input) => input.labels?.[0] ?? input),
      ];
      return targets.flatMap((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return [];
        const isWide = element.tagName !== 'BUTTON' || box.width >= 44;
        return box.height >= 44 && isWide
          ? []
          : [`${element.outerHTML.slice(0, 90)} ${Math.round(box.width)}x${Math.round(box.height)}`];
      });
    });
    expect(tooSmall).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('reads why a control is disabled, in words rather than a tooltip', async ({ page, pageErrors }) => {
    await page.goto(`./#layers=${Array.from({ length: 16 }, () => '4-relu').join(',')}`);
    await expect(page.getByRole('button', { name: 'Add layer' })).toBeDisabled();
    await expect(page.getByTestId('add-layer-reason')).toBeVisible();
    await expect(page.getByTestId('add-layer-reason')).toHaveText(/Up to 16 hidden layers/);
    await expect(page.getByRole('button', { name: 'Add layer' })).toHaveAttribute(
      'aria-describedby',
      'add-layer-reason',
    );
    expect(pageErrors).toEqual([]);
  });
});

test('the learning-rate slider moves by a factor of 1.25 per arrow and 10 per Page Up', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#lr=0.01');
  const slider = page.getByLabel('Learning-rate slider (log scale)');
  const rate = page.getByLabel('Learning rate', { exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(rate).toHaveValue('0.0125');
  await page.keyboard.press('ArrowLeft');
  await expect(rate).toHaveValue('0.01');
  await page.keyboard.press('PageUp');
  await expect(rate).toHaveValue('0.1');
  // Ten presses are about a factor of ten (1.25^10 ≈ 9.3).
  for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowDown');
  await expect.poll(async () => Number(await rate.inputValue())).toBeGreaterThan(0.01);
  await expect.poll(async () => Number(await rate.inputValue())).toBeLessThan(0.012);
  await page.keyboard.press('PageDown');
  await expect.poll(async () => Number(await rate.inputValue())).toBeLessThan(0.0012);
  expect(pageErrors).toEqual([]);
});

test("a previous run's faint curves stay only on the same data set, and their legend entries look faint", async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#data=xor&epochs=3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(runStatus(page)).toContainText(/^Done/);
  // A new layer width on the same XOR keeps the old curves, faint in the legend as on the chart.
  await page.getByLabel('Units, layer 1').fill('8');
  const lossLegend = page.locator('.comparison-chart').first().locator('.chart-legend li');
  await expect(lossLegend).toHaveText(['Train', 'Test', 'Train (previous)', 'Test (previous)']);
  await expect(lossLegend.nth(2)).toHaveClass(/chart-legend-faint/);
  await expect(lossLegend.nth(0)).not.toHaveClass(/chart-legend-faint/);
  // Another data set: the XOR curves measured something else and leave.
  await page.getByLabel('Data set').selectOption('spiral');
  await page.getByLabel('Arms').fill('3');
  await expect(lossLegend).toHaveText(['Train', 'Test']);
  expect(pageErrors).toEqual([]);
});

for (const width of [320, 1280, 1920]) {
  test(`at ${width} px no tick label of either chart is cut, on a log-scale loss axis too`, async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // Adam at a large rate drives the loss to 1e-5 and below within a few hundred epochs: tiny log ticks.
    await page.goto('./#data=xor&epochs=300&lr=0.05&logy=1');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(runStatus(page)).toContainText(/^Done/, { timeout: 45_000 });
    for (const chart of await page.locator('.comparison-chart').all()) {
      await expect(chart.locator('.recharts-surface')).toBeVisible();
      const cut = await chart.evaluate((figure) => {
        const surface = figure.querySelector('svg.recharts-surface');
        if (!surface) return ['no drawing'];
        const bounds = surface.getBoundingClientRect();
        return [...surface.querySelectorAll('.recharts-cartesian-axis-tick text')].flatMap((label) => {
          const box = label.getBoundingClientRect();
          const isInside =
            box.left >= bounds.left - 0.5 &&
            box.right <= bounds.right + 0.5 &&
            box.top >= bounds.top - 0.5 &&
            box.bottom <= bounds.bottom + 0.5;
          return isInside ? [] : [`"${label.textContent}" ${Math.round(box.left)}..${Math.round(box.right)}`];
        });
      });
      expect(cut).toEqual([]);
    }
    expect(pageErrors).toEqual([]);
  });
}
