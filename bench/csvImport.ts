/**
 * Own data as people have it (docs/decisions/csv-import.md): how long the data worker's code takes
 * on the largest file accepted (20 MB, 50,000 rows × 51 columns, semicolons and decimal commas, NA
 * and categories), in Node; and, given a production build, the longest main-thread task in headless
 * Chromium while the page reads that file and while it puts the data set in use.
 * Run: `npx tsx bench/csvImport.ts [distDir]` (prints figures, asserts nothing).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { detectDialect } from '../src/core/datasets/csvDialect';
import { parseFile, readingOf } from '../src/core/datasets/csvReading';
import { createRng } from '../src/core/util/rng';
import { serveStatic } from './server';
import { fastestMs } from './stats';

const REPEATS = 3;
const LIMITS = { maxRows: 50_000, maxClasses: 50 };

/** A 50,000-row file as a German spreadsheet saves it: 45 measurements, 3 categories, a label; 1 cell in 200 empty. */
function largeGermanCsv(rows: number): string {
  const rng = createRng(24);
  const header = [
    ...Array.from({ length: 45 }, (_, i) => `measure_${i + 1}`),
    'site',
    'colour',
    'grade',
    'batch',
    'note',
    'kind',
  ];
  const lines = [header.join(';')];
  for (let row = 0; row < rows; row++) {
    const kind = rng.nextInt(3);
    const cells = Array.from({ length: 45 }, () =>
      rng.next() < 0.005 ? '' : (kind + rng.normal() * 3 + 100).toFixed(4).replace('.', ','),
    );
    cells.push(
      `site ${rng.nextInt(8)}`,
      ['red', 'green', 'blue'][rng.nextInt(3)] ?? 'red',
      `G${rng.nextInt(5)}`,
    );
    cells.push(
      String(rng.nextInt(12)),
      rng.next() < 0.5 ? 'NA' : `n${rng.nextInt(9)}`,
      ['a', 'b', 'c'][kind] ?? 'a',
    );
    lines.push(cells.join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const text = largeGermanCsv(50_000);
const megabytes = (new TextEncoder().encode(text).length / 1024 / 1024).toFixed(1);
console.log(`file: ${megabytes} MB, 50,000 rows × 51 columns; load average ${loadavg()[0]?.toFixed(1)}`);
const detectMs = fastestMs(() => detectDialect(text), REPEATS);
let parsed = parseFile(text, undefined, LIMITS);
const parseMs = fastestMs(() => {
  parsed = parseFile(text, undefined, LIMITS);
}, REPEATS);
let used = 0;
const buildMs = fastestMs(() => {
  const reading = readingOf(parsed, 'large.csv', undefined, LIMITS);
  used = reading.outcome.ok ? reading.outcome.dataset.count : 0;
}, REPEATS);
console.log(
  `Node, fastest of ${REPEATS}: detect ${detectMs.toFixed(1)} ms, read and describe ${parseMs.toFixed(0)} ms, ` +
    `build ${buildMs.toFixed(0)} ms (${used.toLocaleString('en-US')} rows used)`,
);

const distDir = process.argv[2];
if (distDir) {
  const server = await serveStatic(resolve(distDir), [4416, 4417]);
  const folder = mkdtempSync(join(tmpdir(), 'csv-bench-'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.baseUrl}#epochs=1`);
    await page
      .getByTestId('run-status')
      .filter({ hasText: /Ready at epoch 0/ })
      .waitFor({ timeout: 120_000 });
    await page.getByLabel('Data set').selectOption('custom');
    await page.evaluate(() => {
      const probe = { tasks: [] as [number, number][], startMs: 0, readMs: 0 };
      (globalThis as unknown as { probe: typeof probe }).probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.tasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
      document.querySelector('input[type=file]')?.addEventListener('change', () => {
        probe.startMs = performance.now();
      });
      new MutationObserver(() => {
        const isReading = document.querySelector('[data-testid="csv-progress"]') !== null;
        if (!isReading && probe.startMs > 0 && probe.readMs === 0) probe.readMs = performance.now();
      }).observe(document.querySelector('.csv-upload') as Node, { subtree: true, childList: true });
    });
    const loadAverage = loadavg()[0] ?? 0;
    // From a file on disk (kept until the end: the page reads it lazily), not 20 MB through the protocol.
    writeFileSync(join(folder, 'large.csv'), text);
    await page.getByLabel('CSV file').setInputFiles(join(folder, 'large.csv'), { timeout: 300_000 });
    await page
      .getByTestId('own-data-in-use')
      .filter({ hasText: 'large.csv' })
      .waitFor({ timeout: 120_000 })
      .catch(async (error: unknown) => {
        console.log(await page.locator('.csv-upload').textContent());
        throw error;
      });
    await page
      .getByTestId('run-status')
      .filter({ hasText: /Ready at epoch 0/ })
      .waitFor({ timeout: 300_000 });
    const probe = await page.evaluate(
      () =>
        (globalThis as unknown as { probe: { tasks: [number, number][]; startMs: number; readMs: number } })
          .probe,
    );
    // Tasks begun after the change event: the one before is Playwright's delivery of the file.
    const reading = probe.tasks.filter(
      ([start, duration]) => start > probe.startMs && start + duration <= probe.readMs,
    );
    const after = probe.tasks.filter(
      ([start, duration]) => start > probe.startMs && start + duration > probe.readMs,
    );
    const longest = (tasks: [number, number][]): number =>
      Math.max(0, ...tasks.map(([, duration]) => duration));
    console.log(
      `Chromium (load average ${loadAverage.toFixed(1)}): read in ${Math.round(probe.readMs - probe.startMs)} ms; ` +
        `main-thread tasks over 50 ms while reading: ${reading.length} (longest ${Math.round(longest(reading))} ms); ` +
        `after, putting the data in use until ready: ${after.length} (longest ${Math.round(longest(after))} ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true });
  }
}
