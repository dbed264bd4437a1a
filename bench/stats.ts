/**
 * Pure arithmetic of the benchmark: rates from timed samples, windows, medians, long tasks and
 * Pause latencies. Times are milliseconds on one clock (the page's performance.now()).
 */
import type { LongTaskEntry, StatusChange } from '../src/app/benchTypes';

/** Median of a non-empty list; NaN for an empty one. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** [time in ms, completed epochs] as the page saw metrics arrive, in time order. */
export type EpochSample = readonly [number, number];

/** The completed epochs at `atMs`, interpolated linearly between the samples around it. */
export function epochsAt(samples: readonly EpochSample[], atMs: number): number {
  const first = samples[0];
  if (!first || atMs <= first[0]) return first ? first[1] : 0;
  for (let i = 1; i < samples.length; i++) {
    const [timeMs, epochs] = samples[i] as EpochSample;
    if (atMs <= timeMs) {
      const [previousMs, previousEpochs] = samples[i - 1] as EpochSample;
      const share = timeMs === previousMs ? 1 : (atMs - previousMs) / (timeMs - previousMs);
      return previousEpochs + share * (epochs - previousEpochs);
    }
  }
  return (samples[samples.length - 1] as EpochSample)[1];
}

/** How a training rate was obtained. */
export interface EpochRate {
  /** Epochs per second. */
  readonly epochsPerSecond: number;
  /** Windows whose rates gave the median, or 0 when the rate is the overall one (too few epochs per window). */
  readonly windowCount: number;
  /** Epochs completed inside the measured span. */
  readonly epochs: number;
}

/** Fewer epochs than this per window make a window's rate too coarse: use the overall rate instead. */
const MIN_EPOCHS_PER_WINDOW = 5;

/**
 * Epochs per second between `fromMs` and `toMs`: the median of the rates of consecutive windows of
 * `windowMs` from the first arrival inside the span when each holds enough epochs, else completed
 * epochs over the time between the first and the last arrival inside the span.
 */
export function epochRate(
  samples: readonly EpochSample[],
  fromMs: number,
  toMs: number,
  windowMs: number,
): EpochRate {
  const inside = samples.filter(([timeMs]) => timeMs >= fromMs && timeMs <= toMs);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last || last[0] <= first[0])
    return { epochsPerSecond: Number.NaN, windowCount: 0, epochs: 0 };
  const epochs = last[1] - first[1];
  const overall = (epochs / (last[0] - first[0])) * 1000;
  // Windows run between arrivals, not to `toMs`: past the last arrival the epochs are not known yet.
  const windowCount = Math.floor((last[0] - first[0]) / windowMs);
  if (windowCount < 2 || (overall * windowMs) / 1000 < MIN_EPOCHS_PER_WINDOW)
    return { epochsPerSecond: overall, windowCount: 0, epochs };
  const rates = Array.from({ length: windowCount }, (_, k) => {
    const startMs = first[0] + k * windowMs;
    return ((epochsAt(samples, startMs + windowMs) - epochsAt(samples, startMs)) / windowMs) * 1000;
  });
  return { epochsPerSecond: median(rates), windowCount, epochs };
}

/** Events per second between `fromMs` and `toMs`. */
export function eventsPerSecond(timesMs: readonly number[], fromMs: number, toMs: number): number {
  const count = timesMs.filter((timeMs) => timeMs >= fromMs && timeMs < toMs).length;
  return (count / (toMs - fromMs)) * 1000;
}

/** Long tasks that started between `fromMs` and `toMs`: how many, and the longest (0 when none). */
export function longTasksBetween(
  entries: readonly LongTaskEntry[],
  fromMs: number,
  toMs: number,
): { readonly count: number; readonly longestMs: number } {
  const inside = entries.filter((entry) => entry.startMs >= fromMs && entry.startMs <= toMs);
  return { count: inside.length, longestMs: Math.max(0, ...inside.map((entry) => entry.durationMs)) };
}

/** For each Pause click, the time until the run was next 'paused' (clicks never answered are left out). */
export function pauseLatencies(pauseClicksMs: readonly number[], changes: readonly StatusChange[]): number[] {
  return pauseClicksMs.flatMap((clickMs) => {
    const paused = changes.find((change) => change.status === 'paused' && change.atMs >= clickMs);
    return paused ? [paused.atMs - clickMs] : [];
  });
}

/** The fastest of `repeats` timings of `work`, in milliseconds: the machine may be shared. */
export function fastestMs(work: () => void, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
