/**
 * `npx tsx bench/notebookCost.ts [--dist dist] [--seconds 8] [--rounds 3]`: what recording runs in
 * the notebook costs while training. On a production build, TF Playground's default trains in
 * alternating rounds with the notebook on and off (`localStorage['playground.notebook'] = 'off'`),
 * each in a fresh page; epochs/s is read from the run's status line over `seconds` after the first
 * epoch. Prints each round and the ratio of the medians; asserts nothing (docs/decisions/notebook.md).
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { SCENARIOS } from './scenarios';
import { serveStatic } from './server';
import { median } from './stats';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    port: { type: 'string', default: '4318' },
  },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);

const scenario = SCENARIOS.find((candidate) => candidate.id === 'tfp-default');
if (!scenario) throw new Error('no tfp-default scenario');
// Long enough not to end inside the window.
const query = `${scenario.query}&epochs=100000`;

const epochOf = async (page: Page): Promise<number> => {
  const text = (await page.getByTestId('run-status').textContent()) ?? '';
  return Number(/epoch (\d+)/.exec(text)?.[1] ?? Number.NaN);
};

/** Epochs per second over `seconds` of training, with the notebook on or off. */
async function measure(page: Page, baseUrl: string, isRecording: boolean): Promise<number> {
  await page.addInitScript((on: boolean) => {
    if (on) localStorage.removeItem('playground.notebook');
    else localStorage.setItem('playground.notebook', 'off');
  }, isRecording);
  await page.goto(`${baseUrl}#${query}`);
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await train.click({ timeout: 30_000 });
  await page.waitForFunction(
    () => /epoch [1-9]/.test(document.querySelector('[data-testid="run-status"]')?.textContent ?? ''),
    null,
    { timeout: 60_000 },
  );
  const startEpoch = await epochOf(page);
  const startMs = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const endEpoch = await epochOf(page);
  const elapsed = (Date.now() - startMs) / 1000;
  return (endEpoch - startEpoch) / elapsed;
}

const server = await serveStatic(args.dist, [Number(args.port)]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const rates: Record<'on' | 'off', number[]> = { on: [], off: [] };
try {
  // A first page pays for compiling and caching the build: measured, it would count against one mode.
  const warmUp = await browser.newContext();
  await measure(await warmUp.newPage(), server.baseUrl, true);
  await warmUp.close();
  for (let round = 0; round < rounds; round++) {
    // Alternating, with the order flipped each round, so that a drift in the machine's load hits both.
    const order: ('on' | 'off')[] = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const mode of order) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const rate = await measure(page, server.baseUrl, mode === 'on');
      await context.close();
      rates[mode].push(rate);
      process.stdout.write(`round ${round + 1}, notebook ${mode}: ${rate.toFixed(1)} epochs/s\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const on = median(rates.on);
const off = median(rates.off);
// Each round's two pages ran back to back: their ratio cancels most of a busy machine's drift.
const paired = median(rates.on.map((rate, round) => rate / (rates.off[round] as number)));
process.stdout.write(
  `median: on ${on.toFixed(1)}, off ${off.toFixed(1)} epochs/s; on/off = ${(on / off).toFixed(3)}; median of each round's on/off = ${paired.toFixed(3)} (cost ${((1 - paired) * 100).toFixed(1)}%)\n`,
);
