import type { Page } from '@playwright/test';
import { expect, runStatus, statusEpoch, test, waitForEpoch } from './fixtures';

/** The focused element's accessible-ish name and whether its focus ring can be seen (3 px or more, not transparent). */
async function focusState(page: Page): Promise<{ name: string; isRingVisible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: '(body)', isRingVisible: false };
    const style = getComputedStyle(element);
    const isRingVisible =
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) >= 2 &&
      !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor);
    const label =
      element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent;
    return {
      name: `${element.tagName.toLowerCase()} "${(label ?? element.textContent ?? '').trim().slice(0, 40)}"`,
      isRingVisible,
    };
  });
}

/** Presses Tab until the focused element's name passes `isTarget`, checking every stop shows its focus. */
async function tabUntil(
  page: Page,
  isTarget: (name: string) => boolean,
  target: string,
  maxPresses = 80,
): Promise<string[]> {
  const visited: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    visited.push(state.name);
    expect(state.isRingVisible, `focus ring on ${state.name}`).toBe(true);
    if (isTarget(state.name)) return visited;
  }
  throw new Error(`${target} was not reached in ${maxPresses} presses of Tab: ${visited.join(', ')}`);
}

/** Presses Tab until the focused element is the named button, checking every stop shows its focus. */
async function tabTo(page: Page, buttonName: string, maxPresses = 80): Promise<string[]> {
  return tabUntil(page, (name) => name === `button "${buttonName}"`, buttonName, maxPresses);
}

test('Tab reaches Train first, then every ingredient, each with a visible focus ring; Enter and Space drive training', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?epochs=100000');
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  // The Training area comes right after the header's buttons.
  const visited = await tabTo(page, 'Train');
  expect(visited.some((name) => name.includes('Copy link'))).toBe(true);
  expect(visited.some((name) => name.includes('Data set'))).toBe(false);

  await page.keyboard.press('Enter');
  await waitForEpoch(page, 5);
  await tabTo(page, 'Pause', 3);
  await page.keyboard.press('Space');
  await expect(runStatus(page)).toContainText(/^Paused/);
  const pausedAt = await statusEpoch(page);

  // Train is behind us now: Shift+Tab goes back to it, past the disabled Pause.
  await page.keyboard.press('Shift+Tab');
  expect((await focusState(page)).name).toBe('button "Train"');
  await tabTo(page, 'Step', 3);
  await page.keyboard.press('Space');
  await expect(runStatus(page)).toContainText(`Paused · epoch ${pausedAt + 1} `);
  await tabTo(page, 'Reset', 3);
  await page.keyboard.press('Enter');
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);

  // On past the Training area: the walk passes through each ingredient in turn.
  const ingredients = await tabUntil(page, (name) => name === 'input "Batch size"', 'Batch size', 120);
  const order = ['Data set', 'Units, layer 1', 'Binary cross-entropy', 'Algorithm'].map((expected) =>
    ingredients.findIndex((name) => name.includes(expected)),
  );
  expect(
    order.every((index) => index >= 0),
    ingredients.join(', '),
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(pageErrors).toEqual([]);
});

test('the skip link takes the keyboard straight to Training', async ({ page, pageErrors }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to Training' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Train' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(runStatus(page)).toContainText(/^Training/);
  expect(pageErrors).toEqual([]);
});

test('the Advanced panel and the backend choice work from the keyboard', async ({ page, pageErrors }) => {
  await page.goto('./');
  // The app renders after the load event now and then: tabbing before it would leave the page.
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  await tabTo(page, 'Reset');
  // The chart options come between Reset and Advanced, in reading order.
  for (const label of ['X-axis', 'Smoothing', 'Log scale (loss)']) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  expect((await focusState(page)).name).toContain('summary');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Backend', { exact: true })).toBeFocused();
  // auto, webgpu, webgl, then wasm.
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Backend', { exact: true })).toHaveValue('wasm');
  await expect(page.getByTestId('backend-in-use')).toHaveText('wasm: chosen in the settings');
  expect(pageErrors).toEqual([]);
});
