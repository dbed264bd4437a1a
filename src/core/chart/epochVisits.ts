/**
 * How many epochs the chart-series code has visited one at a time since the module loaded: each
 * pass of a loop over epochs (or drawn points) adds one. A redraw should visit what is new plus
 * the few hundred drawn points, never a run's whole history; tests read the count to check that.
 */
let visits = 0;

/** Adds `count` visited epochs (or points). */
export function countEpochVisits(count: number): void {
  visits += count;
}

/** Epochs (and points) visited so far. */
export function epochVisits(): number {
  return visits;
}
