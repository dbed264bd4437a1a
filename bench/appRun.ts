/**
 * Drives one scenario in the app as a person would (open the link, press Train as soon as it is
 * enabled, from inside the page, later press Pause) and reads the figures from the bench build's probe, which times
 * everything with the page's own clock (milliseconds since the link was opened).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { AppProbe, AppProbeReport } from '../src/app/benchTypes';
import type { Scenario } from './scenarios';
import { epochRate, eventsPerSecond, longTasksBetween, pauseLatencies } from './stats';

/** How long and how carefully to measure. */
export interface AppRunOptions {
  /** Training time measured from the first epoch, in seconds. */
  readonly seconds: number;
  /** Slow scenarios train on until `minEpochs` epochs are measured, at most this long, in seconds. */
  readonly maxSeconds: number;
  readonly minEpochs: number;
  /** Width of the windows whose median rate is reported, in milliseconds. */
  readonly windowMs: number;
  /** Pause clicks measured (training resumes for a second between them). */
  readonly pauseCycles: number;
}

/** The app's figures for one scenario, or why there are none. */
export type AppMeasurement =
  /** `isError`: the harness itself failed, as opposed to a scenario the app cannot run yet. */
  | { readonly isMeasured: false; readonly reason: string; readonly isError?: boolean }
  | {
      readonly isMeasured: true;
      readonly backend: string;
      readonly backendReason: string;
      readonly parameterCount: number | null;
      readonly epochsPerSecond: number;
      /** Windows of the median rate; 0 when the rate is the overall one. */
      readonly rateWindows: number;
      readonly epochsMeasured: number;
      readonly measuredSeconds: number;
      /** From opening the link to the first completed epoch in the page, in ms. */
      readonly firstEpochMs: number;
      /** When the script's click on Train landed, in ms since the link was opened. */
      readonly trainClickMs: number;
      /** Boundary grids received per second while training; null for data with no 2-D plane. */
      readonly boundariesPerSecond: number | null;
      /** Long tasks from the end of start-up (both charts on the page) to the end of the run. */
      readonly longTaskCount: number;
      readonly longestTaskMs: number;
      /** Long tasks from the Train click to the end of start-up, when Train was pressed before it ended. */
      readonly startupLongTaskCount: number;
      readonly startupLongestTaskMs: number;
      readonly pauseLatenciesMs: readonly number[];
      /** Set when the run stopped by itself during the measurement (done, diverged, failed). */
      readonly warning: string | null;
    };

const POLL_MS = 250;
const PROBE_TIMEOUT_MS = 20_000;
const TRAIN_ENABLED_TIMEOUT_MS = 20_000;
const FIRST_EPOCH_TIMEOUT_MS = 120_000;
const PAUSE_TIMEOUT_MS = 10_000;
const RESUME_MS = 1000;
const CLICK_TIMEOUT_MS = 10_000;
const STOPPED = new Set(['done', 'diverged', 'failed']);

const readReport = (page: Page): Promise<AppProbeReport> =>
  page.evaluate(() => (window as unknown as { __benchProbe: AppProbe }).__benchProbe.report());

/** Polls the probe until `isDone` holds or `timeoutMs` passes; resolves with the last report. */
async function pollReport(
  page: Page,
  isDone: (report: AppProbeReport) => boolean,
  timeoutMs: number,
): Promise<AppProbeReport> {
  const deadline = Date.now() + timeoutMs;
  let report = await readReport(page);
  while (!isDone(report) && Date.now() < deadline) {
    await page.waitForTimeout(POLL_MS);
    report = await readReport(page);
  }
  return report;
}

const firstEpochSample = (report: AppProbeReport) => report.epochSamples.find(([, epoch]) => epoch >= 1);

/**
 * A script the page runs from its first moment: it presses Train the moment the button is enabled,
 * as a person with no reaction time would. Pressing it through Playwright instead added the
 * harness's own round trips to the time to the first epoch (see docs/decisions/startup.md).
 */
const PRESS_TRAIN_WHEN_ENABLED = `
  (() => {
    const press = () => {
      const train = Array.from(document.querySelectorAll('button')).find(
        (button) => (button.textContent || '').trim() === 'Train',
      );
      if (train && !train.disabled) {
        window.__benchTrainPressedMs = performance.now();
        train.click();
      } else requestAnimationFrame(press);
    };
    press();
  })();
`;

/** Opens the scenario and presses Train; resolves with the time of the first epoch (ms), or why there is none. */
export async function startTraining(
  page: Page,
  baseUrl: string,
  scenario: Scenario,
): Promise<number | string> {
  // A scenario that sets something up first (a preset, say) presses Train through Playwright after it.
  if (!scenario.prepare) await page.addInitScript(PRESS_TRAIN_WHEN_ENABLED);
  await page.goto(`${baseUrl}?${scenario.query}`);
  try {
    await page.waitForFunction(() => '__benchProbe' in window, null, { timeout: PROBE_TIMEOUT_MS });
  } catch {
    throw new Error('The app has no bench probe: was it built with `vite build --mode bench`?');
  }
  const opened = await readReport(page);
  if (opened.linkProblems.length > 0) return `link not usable: ${opened.linkProblems.join('; ')}`;
  if (scenario.prepare) {
    const notPrepared = await scenario.prepare(page);
    if (notPrepared) return notPrepared;
    try {
      await page
        .getByRole('button', { name: 'Train', exact: true })
        .click({ timeout: TRAIN_ENABLED_TIMEOUT_MS });
    } catch {
      const blocker = await page
        .locator('#train-blocker')
        .textContent({ timeout: 1000 })
        .catch(() => null);
      return `Train stays disabled${blocker ? `: ${blocker}` : ''}`;
    }
  }
  const started = await pollReport(
    page,
    (report) => firstEpochSample(report) !== undefined || STOPPED.has(report.status),
    FIRST_EPOCH_TIMEOUT_MS,
  );
  const first = firstEpochSample(started);
  if (first) return first[0];
  if (STOPPED.has(started.status)) return `training stopped: ${started.status}, ${started.message ?? ''}`;
  if (started.trainClicksMs.length === 0 && started.trainPressedByScriptMs === null) {
    const blocker = await page
      .locator('#train-blocker')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    return `Train stays disabled${blocker ? `: ${blocker}` : ''}`;
  }
  return `no epoch within ${FIRST_EPOCH_TIMEOUT_MS / 1000} s (status ${started.status})`;
}

/**
 * Presses Pause `cycles` times, resuming for a second in between; each waits for the paused state.
 * Resolves with why it stopped early (a click the page did not take in time), or null.
 */
async function measurePauses(page: Page, cycles: number): Promise<string | null> {
  const click = async (name: 'Train' | 'Pause'): Promise<boolean> => {
    try {
      await page.getByRole('button', { name, exact: true }).click({ timeout: CLICK_TIMEOUT_MS });
      return true;
    } catch {
      return false;
    }
  };
  for (let cycle = 0; cycle < cycles; cycle++) {
    if (cycle > 0) {
      if (!(await click('Train'))) return `Train was not clickable within ${CLICK_TIMEOUT_MS / 1000} s`;
      await page.waitForTimeout(RESUME_MS);
    }
    const report = await readReport(page);
    if (report.status !== 'training') return null;
    if (!(await click('Pause')))
      return `a click on Pause was not delivered within ${CLICK_TIMEOUT_MS / 1000} s (main thread busy)`;
    await pollReport(page, (latest) => latest.status === 'paused', PAUSE_TIMEOUT_MS);
  }
  return null;
}

/** Epochs completed since the first one. */
function epochsAfterFirst(report: AppProbeReport): number {
  const first = firstEpochSample(report);
  const last = report.epochSamples[report.epochSamples.length - 1];
  return first && last ? last[1] - first[1] : 0;
}

/** The figures of a run trained from `firstEpochMs` to `endMs`, after its Pause clicks. */
function summarise(report: AppProbeReport, firstEpochMs: number, endMs: number, options: AppRunOptions) {
  const rate = epochRate(report.epochSamples, firstEpochMs, endMs, options.windowMs);
  const trainClickMs = report.trainPressedByScriptMs ?? report.trainClicksMs[0] ?? Number.NaN;
  // Pressed the moment it is enabled, Train lands while the page is still starting (the charts'
  // chunk loads and renders after it): those tasks are counted apart from training's.
  const startupEndMs = Math.max(trainClickMs, report.chartsShownMs ?? trainClickMs);
  const startupTasks = longTasksBetween(report.longTasks, trainClickMs, startupEndMs);
  const tasks = longTasksBetween(report.longTasks, startupEndMs, report.nowMs);
  return {
    isMeasured: true as const,
    backend: report.backend ?? 'unknown',
    backendReason: report.backendReason,
    parameterCount: report.parameterCount,
    epochsPerSecond: rate.epochsPerSecond,
    rateWindows: rate.windowCount,
    epochsMeasured: rate.epochs,
    measuredSeconds: (endMs - firstEpochMs) / 1000,
    firstEpochMs,
    trainClickMs,
    boundariesPerSecond:
      report.boundaryArrivalsMs.length > 1
        ? eventsPerSecond(report.boundaryArrivalsMs, firstEpochMs, endMs)
        : null,
    longTaskCount: tasks.count,
    longestTaskMs: tasks.longestMs,
    startupLongTaskCount: startupTasks.count,
    startupLongestTaskMs: startupTasks.longestMs,
    pauseLatenciesMs: pauseLatencies(report.pauseClicksMs, report.statusChanges),
  };
}

async function drive(
  page: Page,
  baseUrl: string,
  scenario: Scenario,
  options: AppRunOptions,
): Promise<AppMeasurement> {
  const firstEpochMs = await startTraining(page, baseUrl, scenario);
  if (typeof firstEpochMs === 'string') return { isMeasured: false, reason: firstEpochMs };
  const endMs = firstEpochMs + options.seconds * 1000;
  const capMs = firstEpochMs + options.maxSeconds * 1000;
  const trained = await pollReport(
    page,
    (report) =>
      STOPPED.has(report.status) ||
      report.nowMs >= capMs ||
      (report.nowMs >= endMs && epochsAfterFirst(report) >= options.minEpochs),
    options.maxSeconds * 1000 + 5000,
  );
  const measuredUntilMs = Math.min(trained.nowMs, capMs);
  const stopped = STOPPED.has(trained.status)
    ? `the run stopped by itself (${trained.status}${trained.message ? `: ${trained.message}` : ''})`
    : null;
  const pauseProblem = await measurePauses(page, options.pauseCycles);
  const final = await readReport(page);
  const warning = [stopped, pauseProblem].filter((text) => text !== null).join('; ') || null;
  return { ...summarise(final, firstEpochMs, measuredUntilMs, options), warning };
}

/** Measures one scenario in a fresh page of `context`. */
export async function measureApp(
  context: BrowserContext,
  baseUrl: string,
  scenario: Scenario,
  options: AppRunOptions,
): Promise<AppMeasurement> {
  const page = await context.newPage();
  try {
    return await drive(page, baseUrl, scenario, options);
  } finally {
    await page.close();
  }
}
