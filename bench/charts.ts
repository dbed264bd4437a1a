/**
 * `npm run bench:charts`: what the live charts cost the main thread. Two tables, each of medians
 * over `--runs` runs of three cases: a single run, a race of 2 variants × 3 seeds and one of
 * 4 variants × 3 seeds (both smoothed, so every curve has its faint raw line and its band).
 *
 * - Redraw: the charts alone on a page of their own (bench/page/chartRedrawBench.ts), fed a
 *   synthetic race of 600 epochs and growing; the time of one chart's redraw (script, style and
 *   layout), away from training and from the rest of the app.
 * - In the app: the production build trains each case (opened by link, Train pressed); main-thread
 *   long tasks (over 50 ms) and CPU share, epochs per second, chart redraws, and the CPU time of
 *   the tasks that touched a chart per redraw (an upper bound: other work in them counts too).
 *
 *   npm run bench:charts -- [--runs 3] [--seconds 8] [--warmup 2] [--redraws 60]
 *                           [--only one,two,four] [--part redraw|app|both] [--label after]
 *                           [--root /other/checkout] [--dist /tmp/built-app] [--port 4316]
 *                           [--screenshots /tmp/dir]   (each case's charts at the end of its first run)
 *                           [--breakdown]   (where the in-app redraw time goes: script, style, layout…)
 *
 * `--root` measures the sources of another checkout (say, before a change) with this script. The
 * machine may be shared: the tables note the load average, CPU times are less sensitive to it
 * than wall times (long tasks), and cases interleave run by run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { type AppRun, measureAppRun } from './chartsApp';
import { buildRedrawPage, type RedrawCase, type RedrawTimes, timeRedraws } from './chartsRedraw';
import { serveStatic } from './server';

const THIS_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One measured situation: the app link (fragment) that trains it, and the race the redraw page fakes. */
interface ChartCase {
  readonly id: string;
  readonly label: string;
  readonly fragment: string;
  readonly race: RedrawCase;
}

const RACE = 'v=2&epochs=100000&opt=sgd&b.opt=adam&seeds=3&smooth=0.6';
const CASES: readonly ChartCase[] = [
  {
    id: 'one',
    label: '1 run',
    fragment: 'v=2&epochs=100000&opt=sgd',
    race: { variants: 1, seeds: 1, smoothing: 0 },
  },
  {
    id: 'two',
    label: '2 variants × 3 seeds, smoothed',
    fragment: RACE,
    race: { variants: 2, seeds: 3, smoothing: 0.6 },
  },
  {
    id: 'four',
    label: '4 variants × 3 seeds, smoothed',
    fragment: `${RACE}&c.opt=rmsprop&d.opt=adagrad`,
    race: { variants: 4, seeds: 3, smoothing: 0.6 },
  },
];

/** Event names printed in a breakdown, the largest first. */
const BREAKDOWN_SHOWN = 6;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    redraws: { type: 'string', default: '60' },
    only: { type: 'string' },
    part: { type: 'string', default: 'both' },
    label: { type: 'string', default: '' },
    root: { type: 'string' },
    dist: { type: 'string' },
    port: { type: 'string', default: '4316' },
    screenshots: { type: 'string' },
    breakdown: { type: 'boolean', default: false },
  },
});

const log = (message: string): void => {
  process.stderr.write(`[bench:charts] ${message}\n`);
};
const write = (text: string): void => {
  process.stdout.write(text);
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';
const loadNow = (): string => fixed(loadavg()[0] ?? Number.NaN, 1);

function buildApp(rootDir: string, outDir: string): void {
  const vite = join(rootDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: rootDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
}

/** Table rows of `cases`, one per case, each cell a median over runs; `runs` are interleaved by case. */
function printTable<Run>(
  title: string,
  columns: ReadonlyArray<readonly [string, (run: Run) => number, (median: number) => string]>,
  results: ReadonlyArray<{ readonly chartCase: ChartCase; readonly runs: readonly Run[] }>,
): void {
  write(`\n${title}\n\n| Case | ${columns.map(([heading]) => heading).join(' | ')} |\n`);
  write(`| --- |${columns.map(() => ' ---: |').join('')}\n`);
  for (const { chartCase, runs } of results) {
    const cells = columns.map(([, pick, format]) => format(median(runs.map(pick))));
    write(`| ${chartCase.label} | ${cells.join(' | ')} |\n`);
  }
}

/** Runs `measure` `runs` times for every case, case after case within each round. */
async function interleaved<Run>(
  cases: readonly ChartCase[],
  runs: number,
  measure: (chartCase: ChartCase, round: number) => Promise<Run>,
): Promise<Array<{ chartCase: ChartCase; runs: Run[] }>> {
  const results = cases.map((chartCase) => ({ chartCase, runs: [] as Run[] }));
  for (let round = 0; round < runs; round++) {
    for (const result of results) {
      const run = await measure(result.chartCase, round);
      log(
        `${result.chartCase.id} run ${round + 1}: ${JSON.stringify(run, (_, value) => (value instanceof Map ? Object.fromEntries(value) : value))}`,
      );
      result.runs.push(run);
    }
  }
  return results;
}

async function main(): Promise<void> {
  const wanted = args.only?.split(',');
  const cases = CASES.filter((chartCase) => !wanted || wanted.includes(chartCase.id));
  if (cases.length === 0) throw new Error(`--only names no case of ${CASES.map((c) => c.id).join(', ')}`);
  const runs = Number(args.runs);
  const rootDir = resolve(args.root ?? THIS_ROOT);
  const label = args.label ? ` (${args.label})` : '';
  const workDir = mkdtempSync(join(tmpdir(), 'bench-charts-'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    if (args.part !== 'app') {
      log(`building the redraw page from ${rootDir}`);
      const pagePath = await buildRedrawPage(rootDir, join(workDir, 'redraw'));
      const server = await serveStatic(join(workDir, 'redraw'), [Number(args.port) + 1]);
      const loadBefore = loadNow();
      const results = await interleaved(cases, runs, (chartCase) =>
        timeRedraws(browser, `${server.baseUrl}${pagePath}`, chartCase.race, Number(args.redraws)),
      );
      await server.close();
      printTable<RedrawTimes>(
        `One chart's redraw${label}: main-thread CPU per redraw, and wall times of ${args.redraws} redraws per run; medians of ${runs} runs; load average ${loadBefore} → ${loadNow()}`,
        [
          ['CPU', (run) => run.cpuMs, (ms) => `${fixed(ms, 1)} ms`],
          ['Median', (run) => run.medianMs, (ms) => `${fixed(ms, 1)} ms`],
          ['90th percentile', (run) => run.p90Ms, (ms) => `${fixed(ms, 1)} ms`],
          ['Longest', (run) => run.maxMs, (ms) => `${fixed(ms, 1)} ms`],
        ],
        results,
      );
    }
    if (args.part === 'redraw') return;
    const distDir = args.dist ? resolve(args.dist) : join(workDir, 'app');
    if (!args.dist) {
      log(`building the app from ${rootDir}`);
      buildApp(rootDir, distDir);
    }
    const server = await serveStatic(distDir, [Number(args.port)]);
    const loadBefore = loadNow();
    const results = await interleaved(cases, runs, (chartCase, round) =>
      measureAppRun(browser, `${server.baseUrl}#${chartCase.fragment}`, {
        warmupSeconds: Number(args.warmup),
        seconds: Number(args.seconds),
        breakdown: args.breakdown,
        screenshotPath:
          args.screenshots && round === 0
            ? join(args.screenshots, `charts-${chartCase.id}${args.label ? `-${args.label}` : ''}.png`)
            : null,
        log,
      }),
    );
    await server.close();
    printTable<AppRun>(
      `In the app while training${label}: ${args.seconds} s per run, medians of ${runs} runs; load average ${loadBefore} → ${loadNow()}`,
      [
        ['Epochs/s', (run) => run.epochsPerSecond, (value) => fixed(value, 1)],
        ['Main-thread CPU', (run) => run.cpuShare, (share) => `${fixed(share * 100, 0)}%`],
        ['Long tasks', (run) => run.longTaskCount, (count) => fixed(count, 0)],
        ['Longest task', (run) => run.longestTaskMs, (ms) => `${fixed(ms, 0)} ms`],
        ['Redraws/s', (run) => run.redrawsPerSecond, (value) => fixed(value, 1)],
        ['CPU per redraw (bound)', (run) => run.cpuPerRedrawMs, (ms) => `${fixed(ms, 1)} ms`],
        ['Longest chart task', (run) => run.longestChartTaskMs, (ms) => `${fixed(ms, 0)} ms`],
      ],
      results,
    );
    if (!args.breakdown) return;
    write('\nCPU self time per redraw in the app, by trace event (medians over runs):\n\n');
    for (const { chartCase, runs: caseRuns } of results) {
      const names = new Set(caseRuns.flatMap((run) => [...run.breakdown.keys()]));
      const rows = [...names]
        .map((name) => [name, median(caseRuns.map((run) => run.breakdown.get(name) ?? 0))] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, BREAKDOWN_SHOWN);
      write(`- ${chartCase.label}: ${rows.map(([name, ms]) => `${name} ${fixed(ms, 1)} ms`).join(', ')}\n`);
    }
  } finally {
    await browser.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:charts] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
