/**
 * How often the worker computes a training run's decision boundary: a rate shared by the runs
 * that draw one, and a cap on the share of a run's time its boundaries may take.
 */

/**
 * Boundaries computed per second while training, shared by the runs that draw one: 20, so that a
 * single run's view still repaints at least 15 times a second (issue #7) when a turn or the page
 * runs late. A race shares them (its views are small), down to RUN_MIN_BOUNDARIES_PER_SECOND each:
 * at 20 per run, pictures were most of what a race cost beyond twice one run (issue #5; see
 * docs/decisions/scheduler.md).
 */
export const BOUNDARIES_PER_SECOND = 20;
/** The fewest boundaries per second any training run gets, however many race. */
export const RUN_MIN_BOUNDARIES_PER_SECOND = 10;
/** A boundary may take at most this share of a run's time: a costly one is computed less often. */
const BOUNDARY_TIME_SHARE = 0.2;

/**
 * Minimum time between two boundaries of one run, given how many training runs draw one and
 * what the run's last boundary took.
 */
export function boundaryIntervalMs(drawingRuns: number, lastCostMs: number): number {
  const perRun = Math.max(RUN_MIN_BOUNDARIES_PER_SECOND, BOUNDARIES_PER_SECOND / Math.max(1, drawingRuns));
  return Math.max(1000 / perRun, lastCostMs / BOUNDARY_TIME_SHARE);
}
