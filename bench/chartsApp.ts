/**
 * The in-app part of `bench:charts`: opens the app on a link, presses Train and, after a warm-up,
 * records for some seconds what the charts cost while runs train: main-thread long tasks, the main
 * thread's CPU share, the epochs trained and, from a trace, each chart redraw and the CPU time of
 * every task that touched a chart.
 */
import type { Browser, Page } from 'playwright-core';
import { markedTasks, selfTimeInside, type TraceEvent } from './chartsTrace';

/** What one run measured. */
export interface AppRun {
  readonly epochsPerSecond: number;
  /** Main-thread CPU time per second of wall time. */
  readonly cpuShare: number;
  readonly longTaskCount: number;
  readonly longestTaskMs: number;
  /** Redraws of any chart per second: tasks that changed a drawn path. */
  readonly redrawsPerSecond: number;
  /**
   * Main-thread CPU time of all the tasks that touched a chart, per redraw. An upper bound of the
   * charts' cost: a redraw may take more than one task (a render, then recharts' store catching
   * up), and whatever else React renders in the same task counts too.
   */
  readonly cpuPerRedrawMs: number;
  /** Wall time of the longest task that touched a chart. */
  readonly longestChartTaskMs: number;
  /** With `breakdown`: CPU self time per redraw (ms) by trace event name (script, layout…). */
  readonly breakdown: ReadonlyMap<string, number>;
}

/** How to measure. */
export interface AppRunOptions {
  readonly warmupSeconds: number;
  readonly seconds: number;
  readonly breakdown: boolean;
  /** Where to save a PNG of the charts at the end, or null. */
  readonly screenshotPath: string | null;
  readonly log: (message: string) => void;
}

/** User-timing mark the page sets in every task that changed anything inside a chart. */
const CHART_TASK_MARK = 'bench-chart-task';
/** User-timing mark of a task that changed a drawn path: one per redraw of a chart. */
const REDRAW_MARK = 'bench-chart-redraw';

/** Trace categories: top-level tasks, and user timing for the marks. Nothing heavier. */
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
/** For a breakdown, also script, style, layout and paint events: heavier, so only on request. */
const BREAKDOWN_CATEGORIES = [...TRACE_CATEGORIES, 'devtools.timeline'];

/**
 * Installed before the app loads: keeps every long task, and marks (user timing) the end of each
 * task that changed anything in a chart, and of each that changed a drawn path (a MutationObserver
 * runs once per task). Plain JavaScript text: tsx would wrap a function in helpers the page lacks.
 */
const PAGE_INSTRUMENTS = `
  const store = { longTasks: [] };
  window.__chartBench = store;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const inChart = (record) => {
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    return element !== null && element.closest('figure.metric-chart') !== null;
  };
  const isPathChange = (record) =>
    (record.type === 'attributes' && record.attributeName === 'd') ||
    [...record.addedNodes].some(
      (node) => node instanceof SVGElement && (node.matches('path') || node.querySelector('path') !== null),
    );
  const watch = () => {
    new MutationObserver((records) => {
      const chartRecords = records.filter(inChart);
      if (chartRecords.length === 0) return;
      performance.mark(${JSON.stringify(CHART_TASK_MARK)});
      if (chartRecords.some(isPathChange)) performance.mark(${JSON.stringify(REDRAW_MARK)});
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  if (document.body) watch();
  else document.addEventListener('DOMContentLoaded', watch);
`;

const START_TIMEOUT_MS = 60_000;
const SCREENSHOT_TIMEOUT_MS = 10_000;

async function statusEpoch(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-status').textContent()) ?? '';
  return Number(/epoch (\d+)/i.exec(text)?.[1] ?? Number.NaN);
}

/** Opens `url`, presses Train, and measures once the first epoch is in and the warm-up is over. */
export async function measureAppRun(browser: Browser, url: string, options: AppRunOptions): Promise<AppRun> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.addInitScript(PAGE_INSTRUMENTS);
    await page.goto(url);
    await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: START_TIMEOUT_MS });
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!((await statusEpoch(page)) >= 1) && Date.now() < deadline) await page.waitForTimeout(200);
    await page.waitForTimeout(options.warmupSeconds * 1000);

    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuSeconds = async (): Promise<number> => {
      const { metrics } = await session.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
    };
    await browser.startTracing(page, {
      categories: options.breakdown ? BREAKDOWN_CATEGORIES : TRACE_CATEGORIES,
    });
    const startEpoch = await statusEpoch(page);
    const startCpu = await cpuSeconds();
    const startMs = await page.evaluate(() => performance.now());
    await page.waitForTimeout(options.seconds * 1000);
    const endMs = await page.evaluate(() => performance.now());
    const endCpu = await cpuSeconds();
    const endEpoch = await statusEpoch(page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const longTasks = (await page.evaluate('window.__chartBench.longTasks')) as Array<[number, number]>;
    if (options.screenshotPath) {
      const charts = page.locator('figure.metric-chart').first().locator('xpath=..');
      // A picture is a courtesy: a page too busy to hold still for it must not cost the figures.
      await charts
        .screenshot({ path: options.screenshotPath, timeout: SCREENSHOT_TIMEOUT_MS })
        .catch((error: unknown) => options.log(`no screenshot of ${url}: ${String(error).split('\n')[0]}`));
    }

    const inWindow = longTasks.filter(([start]) => start >= startMs && start <= endMs);
    const seconds = (endMs - startMs) / 1000;
    const chartTasks = markedTasks(trace.traceEvents, CHART_TASK_MARK);
    const redraws = markedTasks(trace.traceEvents, REDRAW_MARK).length;
    if (redraws === 0) options.log(`no chart redrew while measuring ${url} (did it train?)`);
    const perRedraw = (ms: number): number => (redraws > 0 ? ms / redraws : Number.NaN);
    const chartCpuMs = chartTasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000;
    const selfTimes = selfTimeInside(trace.traceEvents, options.breakdown ? chartTasks : []);
    return {
      epochsPerSecond: (endEpoch - startEpoch) / seconds,
      cpuShare: (endCpu - startCpu) / seconds,
      longTaskCount: inWindow.length,
      longestTaskMs: Math.max(0, ...inWindow.map(([, duration]) => duration)),
      redrawsPerSecond: redraws / seconds,
      cpuPerRedrawMs: perRedraw(chartCpuMs),
      longestChartTaskMs: Math.max(0, ...chartTasks.map((task) => (task.dur ?? 0) / 1000)),
      breakdown: new Map([...selfTimes].map(([name, ms]) => [name, perRedraw(ms)])),
    };
  } finally {
    await page.close();
  }
}
