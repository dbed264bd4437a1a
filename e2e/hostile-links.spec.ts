import type { Page } from '@playwright/test';
import { expect, runStatus, test } from './fixtures';

/**
 * A link crafted to break the page. `shows` is what the banner must say about it, read as plain
 * text: it holds whether the app reads links as one experiment or as a whole comparison.
 */
interface HostileLink {
  readonly name: string;
  readonly query: string;
  readonly shows: RegExp | string;
  /** The optimizer and loss the status line names once the valid parts are kept. */
  readonly recipe?: string;
}

/** An image that would fetch from another origin if the banner ever rendered link text as markup. */
const OFF_ORIGIN_IMAGE = '<img src="https://evil.example/x.png" onerror="window.pwned=1">';

const HOSTILE_LINKS: readonly HostileLink[] = [
  {
    name: 'a script tag in a value',
    query: `data=${encodeURIComponent('<script>window.pwned=1</script>')}`,
    shows: "data '<script>window.pwned=1</script>' is not a known data set",
  },
  {
    name: 'markup in a key',
    query: `${encodeURIComponent(OFF_ORIGIN_IMAGE)}=1&${encodeURIComponent('<script>x</script>')}=2`,
    shows: "unknown key '<script>x</script>' ignored",
  },
  {
    name: 'a javascript: URL as a value',
    query: 'opt=javascript:alert(document.cookie)&loss=javascript:void(0)',
    shows: "opt 'javascript:alert(document.cookie)' is not a known optimizer",
  },
  {
    name: 'a 100,000-character value',
    query: `lr=${'9'.repeat(100_000)}`,
    shows: /too long \(100003 characters, at most \d+\)/,
  },
  {
    name: 'right-to-left override and other unicode',
    query: 'data=%E2%80%AEevil%E2%80%AC&layers=16-%F0%9F%98%80,8-%E5%AD%A6',
    shows: "data '\uFFFDevil\uFFFD' is not a known data set",
  },
  {
    name: 'prototype keys',
    query: '__proto__=1&constructor=2&prototype=3&__proto__%5Bpwned%5D=4&data=__proto__',
    shows: "unknown key 'constructor' ignored",
  },
  {
    name: 'NaN and Infinity',
    query: 'lr=NaN&epochs=Infinity&noise=-Infinity&l2=1e999',
    shows: "lr 'NaN' is not a finite number; kept 0.01",
  },
  {
    name: 'zero and negative sizes',
    query: 'batch=0&points=-1&layers=0-relu,-1-relu',
    shows: 'batch 0 is below the minimum 1; clamped to 1',
  },
  {
    name: 'an unknown version',
    query: 'v=99&opt=sgd',
    shows: /^unknown version 99; read as version \d+$/m,
    recipe: 'SGD, binary cross-entropy',
  },
  {
    name: 'a prototype key under a variant prefix',
    query: 'b.__proto__=1',
    shows: /unknown key '(b\.)?__proto__' ignored/,
  },
  {
    name: 'a variant letter past the last variant',
    query: 'e.opt=sgd',
    shows: "'e.opt'",
  },
];

/** The page's record of everything a hostile link could set off. */
async function watch(page: Page, origin: string) {
  const dialogs: string[] = [];
  const offOrigin: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.context().on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) offOrigin.push(url);
  });
  return { dialogs, offOrigin };
}

for (const hostile of HOSTILE_LINKS) {
  test(`a hostile link opens a working app with a banner: ${hostile.name}`, async ({
    page,
    baseURL,
    pageErrors,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const seen = await watch(page, origin);
    // Static servers refuse request lines this long (HTTP 431/414); a lenient one would serve the
    // page, so this serves it too, leaving the app alone with the link as a person pasted it.
    await page.route(
      (url) => url.search.length > 8_000,
      async (route) => route.fulfill({ response: await route.fetch({ url: `${origin}/` }) }),
    );
    await page.goto(`./?${hostile.query}`);

    const banner = page.getByRole('region', { name: 'Parts of this link could not be used' });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('listitem').filter({ hasText: hostile.shows })).not.toHaveCount(0);
    // Link text stays text: nothing in the banner but its list and its button.
    await expect(banner.locator('script, img, a, iframe')).toHaveCount(0);

    // One experiment names its recipe; a comparison (a variant prefix read as one) counts its variants.
    const recipe = hostile.recipe ?? 'Adam, binary cross-entropy';
    await expect(runStatus(page)).toContainText(
      new RegExp(`^Ready\\b.*epoch 0\\b.*(${recipe}|\\d variants)`),
    );
    await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
    // The page still trains: one Step moves it to epoch 1.
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(runStatus(page)).toContainText(/epoch 1\b/);

    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
    const pageState = await page.evaluate(() => ({
      isPwned: 'pwned' in window,
      isPrototypePolluted: 'pwned' in Object.prototype || 'polluted' in Object.prototype,
    }));
    expect(pageState).toEqual({ isPwned: false, isPrototypePolluted: false });
    expect(seen.dialogs).toEqual([]);
    expect(seen.offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
