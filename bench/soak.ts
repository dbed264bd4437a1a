/**
 * Soak test: serves the production build (dist/, or --dist=DIR), trains the default experiment in
 * headless Chromium for 10 minutes (--minutes=N or SOAK_MINUTES=N to change it) and prints the
 * JS heap of the page and of the training worker, and the worker's live tensors, at the start,
 * every minute and at the end. It prints figures and asserts nothing: a heap or tensor count
 * that keeps climbing is the finding. Run `npm run build` first.
 *
 *   npm run soak                      # 10 minutes
 *   npm run soak -- --minutes=0.5     # a quick check
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { serveStatic } from './server';

const SAMPLE_INTERVAL_MS = 60_000;

/** The value of `--name=value` on the command line, or undefined. */
function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

/** One reading of the app's memory. */
interface Sample {
  readonly elapsedS: number;
  readonly epoch: number;
  readonly pageHeapMb: number;
  readonly workerHeapMb: number | null;
  readonly workerTensors: number | null;
}

const toMb = (bytes: number): number => bytes / 1024 / 1024;

/** Used JS heap after a full garbage collection, in bytes, of the target behind `session`. */
async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * The training worker's heap through the browser-level protocol (Playwright gives no CDP session
 * for workers): attach to its target and ask, with Target.sendMessageToTarget.
 */
async function workerHeap(browserSession: CDPSession): Promise<number | null> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const worker = targetInfos.find((info) => info.type === 'worker' && info.url.includes('training.worker'));
  if (!worker) return null;
  const { sessionId } = await browserSession.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let nextId = 1;
  const call = (method: string): Promise<Record<string, unknown>> =>
    new Promise((resolveCall, rejectCall) => {
      const id = nextId++;
      const onMessage = (event: { sessionId?: string; message: string }): void => {
        const reply = JSON.parse(event.message) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: unknown;
        };
        if (event.sessionId !== sessionId || reply.id !== id) return;
        browserSession.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) rejectCall(new Error(JSON.stringify(reply.error)));
        else resolveCall(reply.result ?? {});
      };
      browserSession.on('Target.receivedMessageFromTarget', onMessage);
      void browserSession.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return typeof usage.usedSize === 'number' ? usage.usedSize : null;
  } finally {
    await browserSession.send('Target.detachFromTarget', { sessionId });
  }
}

async function statusEpoch(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-status').textContent()) ?? '';
  return Number(/epoch (\d+)/i.exec(text)?.[1] ?? Number.NaN);
}

async function main(): Promise<void> {
  const minutes = Number(argument('minutes') ?? process.env.SOAK_MINUTES ?? 10);
  if (!(minutes > 0)) throw new Error(`--minutes must be a positive number, not "${argument('minutes')}"`);
  const distDir = resolve(argument('dist') ?? process.env.SOAK_DIST ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html')))
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first (or pass --dist=DIR).`);

  const server = await serveStatic(distDir, []);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const pageSession = await page.context().newCDPSession(page);
    const browserSession = await browser.newBrowserCDPSession();

    // The largest epoch count the app accepts, so that the run does not end by itself.
    await page.goto(`${server.baseUrl}?epochs=100000`);
    await page.getByText('Advanced', { exact: true }).click();
    await page.getByRole('button', { name: 'Train' }).click();
    const startMs = Date.now();
    const endMs = startMs + minutes * 60_000;
    console.log(`Soaking ${server.baseUrl} for ${minutes} min (build: ${distDir})`);
    console.log('elapsed_s  epoch  page_heap_MB  worker_heap_MB  worker_tensors');

    const samples: Sample[] = [];
    const sample = async (): Promise<void> => {
      const tensors = Number(await page.getByTestId('worker-tensor-count').textContent());
      const workerBytes = await workerHeap(browserSession).catch(() => null);
      const reading: Sample = {
        elapsedS: Math.round((Date.now() - startMs) / 1000),
        epoch: await statusEpoch(page),
        pageHeapMb: toMb(await heapAfterGc(pageSession)),
        workerHeapMb: workerBytes === null ? null : toMb(workerBytes),
        workerTensors: Number.isFinite(tensors) ? tensors : null,
      };
      samples.push(reading);
      console.log(
        [
          String(reading.elapsedS).padStart(9),
          String(reading.epoch).padStart(6),
          reading.pageHeapMb.toFixed(2).padStart(13),
          (reading.workerHeapMb?.toFixed(2) ?? 'n/a').padStart(15),
          String(reading.workerTensors ?? 'n/a').padStart(15),
        ].join(' '),
      );
    };

    // The first reading once the run is under way: warm-up allocations are not a leak.
    await page.waitForFunction(() => /epoch [1-9]\d/.test(document.body.textContent ?? ''), undefined, {
      timeout: 60_000,
    });
    await sample();
    while (Date.now() < endMs) {
      await page.waitForTimeout(Math.min(SAMPLE_INTERVAL_MS, Math.max(0, endMs - Date.now())));
      const status = (await page.getByTestId('run-status').textContent()) ?? '';
      if (!/^Training/.test(status)) throw new Error(`Training stopped during the soak: "${status}"`);
      await sample();
    }

    const first = samples[0];
    const last = samples.at(-1);
    if (first && last) {
      console.log(
        `\nJS heap of the page:   ${first.pageHeapMb.toFixed(2)} MB at start, ${last.pageHeapMb.toFixed(2)} MB at end`,
      );
      console.log(
        `JS heap of the worker: ${first.workerHeapMb?.toFixed(2) ?? 'n/a'} MB at start, ${last.workerHeapMb?.toFixed(2) ?? 'n/a'} MB at end`,
      );
      console.log(
        `Worker tensors:        ${first.workerTensors ?? 'n/a'} at start, ${last.workerTensors ?? 'n/a'} at end`,
      );
      console.log(`Epochs trained:        ${first.epoch} to ${last.epoch}`);
    }
    console.log(errors.length === 0 ? 'No page errors.' : `Page errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
