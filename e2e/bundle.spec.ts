import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const distDir = process.env.E2E_DIST ?? join(process.cwd(), 'dist');
const assetsDir = join(distDir, 'assets');

test('the main thread never loads tfjs, and the training worker loads it only from its own chunk', async ({
  page,
  pageErrors,
}) => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const mainScripts = [...html.matchAll(/src="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] as string);
  expect(mainScripts.length).toBeGreaterThan(0);
  // The training worker's entry holds no tfjs either, so that a JavaScript-engine run answers
  // without it: tfjs is the chunk the entry imports dynamically when a run needs it. The data
  // worker (data sets, statistics) has none.
  const assets = readdirSync(assetsDir);
  const workerEntry = assets.find((name) => /^training\.worker-.*\.js$/.test(name));
  const tfjsChunk = assets.find((name) => /^tfjsWorkerEntry-.*\.js$/.test(name));
  expect(workerEntry, 'the training worker entry chunk').toBeDefined();
  expect(tfjsChunk, "the training worker's tfjs chunk").toBeDefined();
  // Strings that only tfjs's kernels and engine contain.
  const tfjsMarkers = ['Conv2DBackpropFilter', 'registerKernel', 'tfjs-core', 'WEBGL_VERSION'];
  for (const script of [...mainScripts, workerEntry as string]) {
    const source = readFileSync(join(assetsDir, script), 'utf8');
    for (const marker of tfjsMarkers) expect(source, `${script} contains ${marker}`).not.toContain(marker);
  }
  const entrySource = readFileSync(join(assetsDir, workerEntry as string), 'utf8');
  expect(entrySource, 'the entry imports the tfjs chunk').toContain(`./${tfjsChunk}`);
  const tfjsSource = readFileSync(join(assetsDir, tfjsChunk as string), 'utf8');
  expect(tfjsSource).toContain('Conv2DBackpropFilter');

  await page.goto('./');
  await expect(page.getByTestId('run-status')).toContainText(/backend/);
  expect(await page.evaluate(() => 'tf' in window)).toBe(false);
  expect(pageErrors).toEqual([]);
});
