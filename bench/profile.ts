/**
 * Where the time goes in one benchmark scenario: builds the app unminified in bench mode, opens
 * the scenario, presses Train and records V8 CPU profiles of the training worker and of the main
 * thread at once (Chrome DevTools Protocol), then prints self time per source module and per
 * function for each. Not part of `npm run bench` (profiling slows training down).
 *
 *   npx tsx bench/profile.ts [--scenario tfp-default] [--seconds 5] [--out /tmp/dir] [--port 4314]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type CDPSession, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { startTraining } from './appRun';
import {
  type CpuProfile,
  inclusiveTimeOfOwnCode,
  type RegionMap,
  regionMap,
  type SelfTime,
  selfTimeByFunction,
  selfTimeByModule,
} from './cpuProfile';
import { SCENARIOS } from './scenarios';
import { serveStatic } from './server';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Sampling interval of the profiler, in microseconds (V8's default is 1000). */
const SAMPLING_INTERVAL_US = 200;
const TOP_ROWS = 18;

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'tfp-default' },
    seconds: { type: 'string', default: '5' },
    out: { type: 'string' },
    port: { type: 'string', default: '4314' },
  },
});

/**
 * A CDP channel to a worker through the page's session (Target.sendMessageToTarget), since
 * Playwright opens CDP sessions on pages only.
 */
class WorkerChannel {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      const resolveReply = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!resolveReply || message.id === undefined) return;
      this.pending.delete(message.id);
      resolveReply(message.error ? Promise.reject(new Error(message.error.message)) : message.result);
    });
  }

  send(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolveReply) => this.pending.set(id, resolveReply));
    void this.session.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  }
}

function printTable(title: string, rows: readonly SelfTime[]): void {
  process.stdout.write(`\n${title}\n\n| Self time | Share | Where |\n| ---: | ---: | --- |\n`);
  for (const row of rows.slice(0, TOP_ROWS)) {
    process.stdout.write(`| ${row.ms.toFixed(0)} ms | ${(row.share * 100).toFixed(1)}% | ${row.name} |\n`);
  }
}

async function main(): Promise<void> {
  const scenario = SCENARIOS.find((candidate) => candidate.id === args.scenario);
  if (!scenario) throw new Error(`unknown scenario '${args.scenario}'`);
  const seconds = Number(args.seconds);
  const outDir = args.out ? resolve(args.out) : mkdtempSync(join(tmpdir(), 'playground-profile-'));
  const buildDir = join(outDir, 'profile');
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--mode',
      'bench',
      '--minify',
      'false',
      '--outDir',
      buildDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
  const assetsDir = join(buildDir, 'assets');
  const regions = new Map<string, RegionMap>(
    readdirSync(assetsDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, regionMap(readFileSync(join(assetsDir, name), 'utf8'))]),
  );

  const server = await serveStatic(buildDir, [Number(args.port)]);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const firstEpoch = await startTraining(page, server.baseUrl, scenario);
    if (typeof firstEpoch === 'string') throw new Error(`the scenario does not train: ${firstEpoch}`);
    const session = await page.context().newCDPSession(page);
    const attached = new Promise<string>((resolveAttach) => {
      session.on('Target.attachedToTarget', (event) => {
        if (event.targetInfo.url.includes('training.worker')) resolveAttach(event.sessionId);
      });
    });
    await session.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    const worker = new WorkerChannel(session, await attached);
    for (const target of [
      worker,
      { send: (method: string, params: object = {}) => session.send(method as 'Profiler.enable', params) },
    ]) {
      await target.send('Profiler.enable');
      await target.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
      await target.send('Profiler.start');
    }
    await page.waitForTimeout(seconds * 1000);
    const workerProfile = ((await worker.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    const mainProfile = (await session.send('Profiler.stop')).profile as CpuProfile;
    process.stdout.write(
      `Profile of '${scenario.id}' for ${seconds} s of training (unminified bench build).\n`,
    );
    printTable('Training worker, self time by package', selfTimeByModule(workerProfile, regions, 'package'));
    printTable('Training worker, self time by module', selfTimeByModule(workerProfile, regions, 'file'));
    printTable('Training worker, self time by function', selfTimeByFunction(workerProfile));
    printTable(
      "Training worker, inclusive time of the app's own functions",
      inclusiveTimeOfOwnCode(workerProfile, regions),
    );
    printTable('Main thread, self time by package', selfTimeByModule(mainProfile, regions, 'package'));
    printTable('Main thread, self time by module', selfTimeByModule(mainProfile, regions, 'file'));
    printTable('Main thread, self time by function', selfTimeByFunction(mainProfile));
    printTable(
      "Main thread, inclusive time of the app's own functions",
      inclusiveTimeOfOwnCode(mainProfile, regions),
    );
  } finally {
    await browser.close();
    await server.close();
    if (!args.out) rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[profile] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
