import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, runStatus, test } from './fixtures';

/** Opens every <details> on the page: the explainers and the Advanced panel. */
async function openAllDetails(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary');
  for (let count = await closed.count(); count > 0; count = await closed.count()) {
    await closed.first().click();
    await expect(closed).toHaveCount(count - 1);
  }
}

/** Makes the run diverge (SGD at learning rate 100 on a linear layer) and a field hold a bad value. */
async function showErrors(page: Page): Promise<void> {
  await page.goto('./?opt=sgd&lr=100&layers=1-linear&batch=400&epochs=100000');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(runStatus(page)).toContainText(/^Diverged at epoch/);
  await page.getByLabel('Batch size').fill('abc');
  await expect(page.locator('#train-blocker')).toBeVisible();
}

test.describe('axe finds no serious or critical problem', () => {
  test('on the main view', async ({ page, pageErrors }) => {
    await page.goto('./');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('with the Advanced panel and every explainer open', async ({ page, pageErrors }) => {
    await page.goto('./');
    await openAllDetails(page);
    await expect(page.getByTestId('worker-tensor-count')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('with a diverged run and a field error shown', async ({ page, pageErrors }) => {
    await showErrors(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('with the banner about a bad link shown', async ({ page, pageErrors }) => {
    await page.goto('./?noise=loud&opt=newton&points=3');
    await expect(page.getByRole('heading', { name: 'Parts of this link could not be used' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('with errors, the Advanced panel and the explainers shown', async ({ page, pageErrors }) => {
      await showErrors(page);
      await openAllDetails(page);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
        'rgb(244, 245, 247)',
      );
      expect(await seriousViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 } });
    test('with the Advanced panel open', async ({ page, pageErrors }) => {
      await page.goto('./');
      await openAllDetails(page);
      expect(await seriousViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  });
});

test.describe('layout from phone to projector', () => {
  test.describe('on a 375-pixel phone', () => {
    test.use({ viewport: { width: 375, height: 812 } });
    test('Training and the panels stack in one column, the Optimizer first, nothing scrolls sideways, and training works', async ({
      page,
      pageErrors,
    }, testInfo) => {
      await page.goto('./?epochs=100000');
      // On a phone the Optimizer (the learning rate) comes right below the charts.
      const regions = ['Training', 'Optimizer', 'Dataset', 'Model', 'Loss'];
      const boxes = await Promise.all(
        regions.map(async (name) => page.getByRole('region', { name, exact: true }).boundingBox()),
      );
      for (const [index, box] of boxes.entries()) {
        expect(box, regions[index]).not.toBeNull();
        expect(box?.width ?? 0).toBeGreaterThan(300);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
        if (index > 0) expect(box?.y ?? 0).toBeGreaterThan(boxes[index - 1]?.y ?? 0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await page.getByRole('button', { name: 'Train' }).click();
      await expect(runStatus(page)).toContainText(/^Training · epoch [1-9]\d* /);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(runStatus(page)).toContainText(/^Paused/);
      await page.screenshot({ path: testInfo.outputPath('phone-375.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    });
  });

  test.describe('on a 1920-pixel projector', () => {
    test.use({ viewport: { width: 1920, height: 1080 } });
    test('the four ingredient panels sit in one row below the Training area', async ({
      page,
      pageErrors,
    }) => {
      await page.goto('./');
      const ingredients = await Promise.all(
        ['Dataset', 'Model', 'Loss', 'Optimizer'].map(async (name) =>
          page.getByRole('region', { name, exact: true }).boundingBox(),
        ),
      );
      expect(new Set(ingredients.map((box) => box?.y)).size).toBe(1);
      const training = await page.getByRole('region', { name: 'Training', exact: true }).boundingBox();
      expect(training?.width ?? 0).toBeGreaterThan(1800);
      expect((training?.y ?? 0) + (training?.height ?? 0)).toBeLessThan(ingredients[0]?.y ?? 0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
      expect(pageErrors).toEqual([]);
    });
  });

  test('reduced motion is honoured: nothing on the page animates', async ({ page, pageErrors }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?epochs=100000');
    await openAllDetails(page);
    // A chart's tooltip slides by default (an inline transition): it must not here.
    await page.getByRole('button', { name: 'Train' }).click();
    await expect(runStatus(page)).toContainText(/^Training · epoch [1-9]/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('figure.metric-chart .recharts-wrapper').first().hover();
    await expect(page.locator('.chart-tooltip').first()).toBeVisible();
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')]
          .map((element) => getComputedStyle(element))
          .filter(
            (style) =>
              style.animationName !== 'none' ||
              style.transitionDuration.split(',').some((duration) => Number.parseFloat(duration) > 0),
          ).length,
    );
    expect(moving).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
