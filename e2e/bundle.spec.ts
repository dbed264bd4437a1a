import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const distDir = process.env.E2E_DIST ?? join(process.cwd(), 'dist');
const assetsDir = join(distDir, 'assets');

test('the main thread never loads tfjs: the main chunk holds none of it, the worker chunk does', async ({
  page,
  pageErrors,
}) => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const mainScripts = [...html.matchAll(/src="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] as string);
  expect(mainScripts.length).toBeGreaterThan(0);
  // The training worker holds tfjs; the data worker (data sets, statistics) does not.
  const workerChunks = readdirSync(assetsDir).filter(
    (name) => /training\.worker/i.test(name) && name.endsWith('.js'),
  );
  expect(workerChunks.length).toBeGreaterThan(0);
  // Strings that only tfjs's kernels and engine contain.
  const tfjsMarkers = ['Conv2DBackpropFilter', 'registerKernel', 'tfjs-core', 'WEBGL_VERSION'];
  for (const script of mainScripts) {
    const source = readFileSync(join(assetsDir, script), 'utf8');
    for (const marker of tfjsMarkers) expect(source, `${script} contains ${marker}`).not.toContain(marker);
  }
  const workerSource = readFileSync(join(assetsDir, workerChunks[0] as string), 'utf8');
  expect(workerSource).toContain('Conv2DBackpropFilter');

  await page.goto('./');
  await expect(page.getByRole('status')).toContainText(/backend/);
  expect(await page.evaluate(() => 'tf' in window)).toBe(false);
  expect(pageErrors).toEqual([]);
});
