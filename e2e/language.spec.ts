/**
 * The app in Simplified Chinese, as a Chinese class meets it: every visible word from the catalogue,
 * nothing overflowing at phone, projector and desktop widths, accessible with the right `lang`, and
 * a language switch that keeps the experiment and the run.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/**
 * Latin words a Chinese text keeps: names of methods, layers, data sets, formats and backends, as
 * Chinese textbooks write them. Anything else in Latin letters is English that escaped the catalogue.
 */
const KEPT_LATIN = new Set(
  `SGD Adam Adamax Adagrad Adadelta RMSprop Nesterov Momentum AdamW ReLU tanh sigmoid softmax ELU SELU GELU
Swish Leaky linear Softplus Dense Conv2D MaxPool AvgPool MaxPooling2D AveragePooling2D Flatten Dropout BatchNorm
BatchNormalization LeNet CNN MLP XOR Huber hinge Hinge Glorot He LeCun Xavier MNIST Iris CSV JSON QR URL
WebGL WASM WebGPU js JS cpu webgl wasm auto GPU CPU L1 L2 lr R² Beta Epsilon Rho TensorFlow Playground Apache
CC BY MIT UCI Fisher Digits sklearn scikit ms px log exp max min abs MSE MAE BCE CCE English JavaScript tfjs
Keras SVM Alt Web Worker Enter Tab Esc csv epoch KB MB GB`.split(/\s+/),
);

/** Each visible text (outside fields and code) that shows Latin words a Chinese page should not, with those words. */
async function untranslatedWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skipped = 'textarea, input, code, pre, script, style, kbd, samp';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const visible: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skipped)) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (parent.getClientRects().length === 0) continue;
      visible.push((node.textContent ?? '').trim());
    }
    return visible;
  });
  return texts.flatMap((text) => {
    const words = [...text.matchAll(/[A-Za-z][A-Za-z0-9²_]*/g)].map((match) => match[0]);
    // A letter with digits is a formula's variable (w, g², l1); a word with '_' is an identifier, such as Keras's.
    const foreign = words.filter(
      (word) => !/^[A-Za-z][0-9²]*$/.test(word) && !word.includes('_') && !KEPT_LATIN.has(word),
    );
    return foreign.length > 0 ? [`"${text.slice(0, 70)}": ${foreign.join(' ')}`] : [];
  });
}

/** Controls and headings whose text is cut or spills: their content is wider than their box. */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, th, label, h1, h2, h3, h4, summary, legend, [role="status"], figcaption';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter(
        // Text for screen readers only is clipped to a pixel on purpose.
        (element) =>
          element.getClientRects().length > 0 &&
          !element.closest('.visually-hidden') &&
          element.scrollWidth > element.clientWidth + 1,
      )
      .map(
        (element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The epoch the status line reports, in either language ("epoch 12" or "第 12 轮"). */
async function epochShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-status').textContent()) ?? '';
  const match = /epoch (\d+)|第\s*(\d+)\s*轮/i.exec(text);
  return match ? Number(match[1] ?? match[2]) : Number.NaN;
}

for (const viewport of [
  { width: 375, height: 800 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`in Chinese at ${viewport.width}×${viewport.height}: every word translated, nothing overflows, accessible`, async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./#lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('run-status')).toContainText('就绪');
    // Every explainer open, so that their words are checked too.
    for (const summary of await page.locator('details:not([open]) > summary').all())
      if (await summary.isVisible()) await summary.click();
    expect(await untranslatedWords(page)).toEqual([]);
    expect(await overflowingText(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

test('a race in Chinese trains to the end and reports in Chinese', async ({ page, pageErrors }) => {
  await page.goto('./#v=2&lang=zh&opt=sgd&b.opt=adam&epochs=15');
  await page.getByRole('button', { name: '训练', exact: true }).click();
  await expect(page.getByTestId('run-status')).toContainText('完成', { timeout: 45_000 });
  expect(await epochShown(page)).toBe(15);
  expect(await untranslatedWords(page)).toEqual([]);
  expect(await overflowingText(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a bad link is explained in Chinese, and the page still works', async ({ page, pageErrors }) => {
  await page.goto('./#lang=zh&seeds=9&lr=abc');
  const banner = page.locator('.link-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('链接');
  expect(await untranslatedWords(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a malformed CSV file is refused in Chinese, and the data set in use stays', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./#lang=zh');
  // The data set's select is the one offering own data; its label is in Chinese here.
  await page.locator('select:has(option[value="custom"])').selectOption('custom');
  await page.locator('input[type="file"]').setInputFiles({
    name: '坏数据.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('only-one-column\n1\n2\n'),
  });
  const error = page.getByRole('alert').first();
  await expect(error).toBeVisible();
  expect(await untranslatedWords(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('switching the language keeps the experiment, the run and its curves', async ({ page, pageErrors }) => {
  await page.goto('./#opt=sgd&lr=0.3&epochs=12');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-status')).toContainText('Done', { timeout: 45_000 });
  const before = new URL(page.url());
  const latestValues = () => page.locator('.metric-chart table.visually-hidden td').allTextContents();
  // The charts draw on their own pace: wait until they show the train loss the status reports.
  const statusLoss = /train loss ([\d.]+)/.exec(
    (await page.getByTestId('run-status').textContent()) ?? '',
  )?.[1];
  expect(statusLoss).toBeDefined();
  await expect.poll(async () => (await latestValues())[0]).toMatch(new RegExp(`^${statusLoss}`));
  const valuesBefore = await latestValues();

  await page.getByLabel(/language|语言/i).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('run-status')).toContainText('完成');
  expect(await epochShown(page)).toBe(12);
  const after = new URL(page.url());
  const withoutLanguage = (url: URL) => new URLSearchParams(url.hash.slice(1));
  const [beforeParams, afterParams] = [withoutLanguage(before), withoutLanguage(after)];
  expect(afterParams.get('lang')).toBe('zh');
  afterParams.delete('lang');
  beforeParams.delete('lang');
  expect(afterParams.toString()).toBe(beforeParams.toString());
  // The same run's latest figures, not a new run's: nothing retrained.
  expect(await latestValues()).toEqual(valuesBefore);
  expect(pageErrors).toEqual([]);
});
