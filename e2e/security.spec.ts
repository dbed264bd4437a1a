import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, runStatus, test, waitForEpoch } from './fixtures';

/** Collects the page's Content-Security-Policy violations from its first script on. */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('a whole session stays on the app origin, with no CSP violation', async ({
  page,
  context,
  baseURL,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  // The context sees the page's requests and its workers' (the training worker fetches the .wasm).
  context.on('request', (request) => requests.push(request.url()));
  const cspViolations = await watchCspViolations(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto('./?epochs=100000');
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);

  // Every panel changes.
  await page.getByLabel('Data set').selectOption('moons');
  await page.getByLabel('Noise').fill('0.2');
  await page.getByRole('button', { name: 'Add layer' }).click();
  await page.getByLabel('Units, layer 1').fill('8');
  await page
    .getByRole('region', { name: 'Loss' })
    .getByLabel(/Categorical cross-entropy/)
    .check();
  await page.getByLabel('Algorithm').selectOption('rmsprop');
  await page.getByLabel('Learning rate').fill('0.005');
  await page.getByLabel('Batch size').fill('32');
  for (const summary of await page.locator('main summary').all()) await summary.click();
  await page.getByLabel('Backend', { exact: true }).selectOption('wasm');

  // Train, Pause, Step, Reset, hover a chart (tooltips style themselves inline) and Copy link.
  await page.getByRole('button', { name: 'Train' }).click();
  await waitForEpoch(page, 10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(runStatus(page)).toContainText(/^Paused/);
  await page.getByRole('button', { name: 'Step' }).click();
  await page.locator('figure.metric-chart .recharts-wrapper').first().hover();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();

  // The wasm binary proves the worker's requests were watched too.
  expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(await cspViolations()).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the production page carries a strict Content-Security-Policy, and it is enforced', async ({
  page,
  pageErrors,
}) => {
  const cspViolations = await watchCspViolations(page);
  await page.goto('./');
  const policy =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const directives = new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);

  // An injected inline script does not run.
  const didInlineRun = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
  });
  expect(didInlineRun).toBe(false);
  await expect.poll(cspViolations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
  // The browser reports the refusal in the console: that one is expected.
  expect(pageErrors.filter((error) => !/Content Security Policy/.test(error))).toEqual([]);
});

/** Source files of the app and its scripts, recursively. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test('no source evaluates text as code or renders text as HTML', () => {
  const forbidden = [
    /\beval\s*\(/,
    /\bnew\s+Function\s*\(/,
    /(^|[^\w.])Function\s*\(/,
    /\bset(Timeout|Interval)\s*\(\s*['"`]/,
    /dangerouslySetInnerHTML/,
    /\.(innerHTML|outerHTML)\s*=/,
    /insertAdjacentHTML|document\.write|createContextualFragment/,
  ];
  const files = ['src', 'scripts', 'bench', 'test'].flatMap((directory) => sourceFiles(directory));
  expect(files.length).toBeGreaterThan(20);
  const findings = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        forbidden.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
  expect(findings).toEqual([]);
});
