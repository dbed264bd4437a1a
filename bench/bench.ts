/**
 * `npm run bench`: builds the app twice (bench mode for measuring, normal mode for the bundle
 * sizes and the check that no bench hook ships), serves the bench build, drives headless Chromium
 * through the fixed scenarios and the bare-tfjs baseline of each, and prints one Markdown table.
 *
 *   npm run bench -- [--seconds 8] [--baseline-seconds 4] [--only tfp-default,spiral-6x8]
 *                    [--out /tmp/dir] [--port 4314] [--no-baseline] [--json results.json]
 *                    [--quiet-load 2.5 [--quiet-wait 120]] [--rounds 3] [--doc docs/performance.md]
 *                    [--no-mnist-load]
 *
 * --json writes everything measured (bench/performanceDoc.ts's BenchResults); --doc, or later
 * `npm run bench:doc -- results.json`, rewrites the measured section of docs/performance.md from it.
 *
 * Progress goes to stderr, the table to stdout. Figures are wall-clock on a shared machine: each
 * row notes the load average it ran under, and --quiet-load makes each scenario wait (at most
 * --quiet-wait seconds) for the 1-minute load average to fall below a threshold. Rerun before
 * quoting a difference under 1.5x. --rounds measures every scenario again that many times (the
 * bare baselines once), alternating the order, and states a race's cost as the median over the
 * rounds: each round compares the race with its variants alone measured minutes apart at most.
 * After the scenarios it times choosing MNIST (bench/mnistLoad.ts) once, unless --no-mnist-load or
 * an --only list without `mnist-load`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import type { BaselineResult } from '../src/app/benchTypes';
import { trainingSetSize } from '../src/core/datasets/generate';
import { decodeExperiment } from '../src/core/link';
import { type AppMeasurement, type AppRunOptions, measureApp } from './appRun';
import { measureBaseline } from './baseline';
import { assertNoBenchHooks, bundleSizes } from './bundle';
import { formatMnistLoad, type MnistLoadMeasurement, measureMnistLoad } from './mnistLoad';
import { type BenchResults, withPerformanceSection } from './performanceDoc';
import { baselineSpec, SCENARIOS, type Scenario } from './scenarios';
import { serveStatic } from './server';
import { formatReport, type MachineInfo, type ScenarioResult } from './table';

/** The --only name of the MNIST load figure, which is not a training scenario. */
const MNIST_LOAD_ID = 'mnist-load';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    'baseline-seconds': { type: 'string', default: '4' },
    only: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string', default: '4314' },
    'no-baseline': { type: 'boolean', default: false },
    json: { type: 'string' },
    doc: { type: 'string' },
    'quiet-load': { type: 'string', default: '0' },
    'quiet-wait': { type: 'string', default: '120' },
    rounds: { type: 'string', default: '1' },
    'no-mnist-load': { type: 'boolean', default: false },
  },
});

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

function positive(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be a positive number, not '${text}'`);
  return value;
}

function viteBuild(outDir: string, mode: 'bench' | 'production'): void {
  const modeArgs = mode === 'bench' ? ['--mode', 'bench'] : [];
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', ...modeArgs, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`vite build (${mode}) failed:\n${output}`);
  }
}

/** Training examples per epoch: what the baseline built from the same link, else computed from the link. */
function trainCountOf(scenario: Scenario, baseline: readonly BaselineResult[] | null): number | null {
  const measured = baseline?.find((result) => result.isMeasured);
  if (measured?.isMeasured) return measured.trainCount;
  if (scenario.baseline?.data.kind !== 'generated') return null;
  const { dataset } = decodeExperiment(scenario.query).experiment;
  return trainingSetSize(dataset.numPoints, dataset.trainFraction);
}

/** Waits until the 1-minute load average is below `threshold` or `maxWaitMs` passed; resolves with the load then. */
async function waitForQuietMachine(threshold: number, maxWaitMs: number): Promise<number> {
  const deadline = Date.now() + maxWaitMs;
  const load = (): number => loadavg()[0] ?? 0;
  if (threshold > 0 && load() >= threshold)
    log(`waiting for the load average (${load().toFixed(1)}) to fall below ${threshold}…`);
  while (threshold > 0 && load() >= threshold && Date.now() < deadline) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 2000));
  }
  return load();
}

async function measureScenario(
  context: BrowserContext,
  baseUrl: string,
  scenario: Scenario,
  options: AppRunOptions & { baselineMs: number | null; quietLoad: number; quietWaitMs: number },
): Promise<ScenarioResult> {
  const loadAverage = await waitForQuietMachine(options.quietLoad, options.quietWaitMs);
  log(`${scenario.id}: app (load average ${loadAverage.toFixed(1)})…`);
  let app: AppMeasurement;
  try {
    app = await measureApp(context, baseUrl, scenario, options);
  } catch (error) {
    app = {
      isMeasured: false,
      reason: error instanceof Error ? error.message : String(error),
      isError: true,
    };
  }
  log(
    `${scenario.id}: app ${app.isMeasured ? `${app.epochsPerSecond.toFixed(1)} epochs/s on ${app.backend}` : `n/a (${app.reason})`}`,
  );
  const spec = options.baselineMs === null ? null : baselineSpec(scenario, baseUrl, options.baselineMs);
  let baseline: BaselineResult[] | null = null;
  if (spec) {
    log(`${scenario.id}: bare tfjs baseline…`);
    baseline = await measureBaseline(context, baseUrl, spec);
  }
  return {
    scenario,
    app,
    baseline,
    trainCount: trainCountOf(scenario, baseline),
    loadAverage,
    batchSize: decodeExperiment(scenario.query).experiment.training.batchSize,
  };
}

async function main(): Promise<void> {
  const seconds = positive('seconds', args.seconds);
  const baselineSeconds = positive('baseline-seconds', args['baseline-seconds']);
  const port = positive('port', args.port);
  const only = args.only?.split(',').map((id) => id.trim());
  const scenarios = only ? SCENARIOS.filter((scenario) => only.includes(scenario.id)) : SCENARIOS;
  const isMnistLoadMeasured = !args['no-mnist-load'] && (!only || only.includes(MNIST_LOAD_ID));
  if (scenarios.length === 0 && !isMnistLoadMeasured)
    throw new Error(
      `--only matched no scenario; known: ${[...SCENARIOS.map((scenario) => scenario.id), MNIST_LOAD_ID].join(', ')}`,
    );

  const outDir = args.out ? resolve(args.out) : mkdtempSync(join(tmpdir(), 'playground-bench-'));
  const benchDir = join(outDir, 'bench');
  const normalDir = join(outDir, 'normal');
  log(`building into ${outDir}…`);
  viteBuild(benchDir, 'bench');
  viteBuild(normalDir, 'production');
  assertNoBenchHooks(normalDir);
  const bundle = bundleSizes(normalDir);

  const server = await serveStatic(
    benchDir,
    Array.from({ length: 6 }, (_, i) => port + i),
  );
  log(`serving the bench build at ${server.baseUrl}`);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const chromiumVersion = browser.version();
  const loadBefore = loadavg()[0] ?? 0;
  const roundCount = Math.round(positive('rounds', args.rounds));
  const rounds: ScenarioResult[][] = [];
  let mnistLoad: MnistLoadMeasurement | null = null;
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    for (let roundIndex = 0; roundIndex < roundCount; roundIndex += 1) {
      if (roundCount > 1) log(`round ${roundIndex + 1} of ${roundCount}`);
      // Every other round runs backwards, so that a drift in the machine's load favours no scenario.
      const order = roundIndex % 2 === 0 ? scenarios : [...scenarios].reverse();
      const round: ScenarioResult[] = [];
      for (const scenario of order) {
        round.push(
          await measureScenario(context, server.baseUrl, scenario, {
            seconds,
            maxSeconds: Math.max(60, seconds),
            minEpochs: 3,
            windowMs: 2000,
            pauseCycles: 3,
            baselineMs: args['no-baseline'] || roundIndex > 0 ? null : baselineSeconds * 1000,
            quietLoad: Number(args['quiet-load']) || 0,
            quietWaitMs: positive('quiet-wait', args['quiet-wait']) * 1000,
          }),
        );
      }
      // In the table's order whatever order the round ran in.
      rounds.push(scenarios.flatMap((scenario) => round.filter((result) => result.scenario === scenario)));
    }
    if (isMnistLoadMeasured) {
      await waitForQuietMachine(
        Number(args['quiet-load']) || 0,
        positive('quiet-wait', args['quiet-wait']) * 1000,
      );
      log('mnist-load: choosing MNIST in the app…');
      mnistLoad = await measureMnistLoad(context, server.baseUrl);
      log(formatMnistLoad(mnistLoad));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const machine: MachineInfo = {
    date: new Date().toISOString().slice(0, 10),
    cpus: cpus().length,
    chromium: `Chromium ${chromiumVersion}`,
    loadAverage: `${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
    seconds,
    baselineSeconds,
  };
  process.stdout.write(`${formatReport(rounds, bundle, machine)}\n`);
  if (mnistLoad) process.stdout.write(`\n${formatMnistLoad(mnistLoad)}\n`);
  const command = [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  const results: BenchResults = { command, machine, rounds, bundle, ...(mnistLoad ? { mnistLoad } : {}) };
  if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
  if (args.doc) writeFileSync(args.doc, withPerformanceSection(readFileSync(args.doc, 'utf8'), results));
  if (!args.out) rmSync(outDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
