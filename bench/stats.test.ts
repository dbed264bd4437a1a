import { describe, expect, it } from 'vitest';
import {
  type EpochSample,
  epochRate,
  epochsAt,
  eventsPerSecond,
  longTasksBetween,
  median,
  pauseLatencies,
} from './stats';
import { raceCosts, type ScenarioResult } from './table';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('epoch rates', () => {
  // Metrics arrive every 100 ms, 10 epochs each: 100 epochs per second, from epoch 1 at t = 1000.
  const steady: EpochSample[] = Array.from({ length: 81 }, (_, i) => [1000 + i * 100, 1 + i * 10]);

  it('interpolates the completed epochs between two arrivals', () => {
    expect(epochsAt(steady, 1050)).toBeCloseTo(6);
    expect(epochsAt(steady, 500)).toBe(1);
    expect(epochsAt(steady, 99_999)).toBe(801);
  });

  it('gives the median of window rates, so one stalled window does not move it', () => {
    // The second of four 2-second windows stalls for one second.
    const stalled: EpochSample[] = steady.map(([timeMs, epochs]) =>
      timeMs < 3500 ? [timeMs, epochs] : timeMs < 4500 ? [timeMs, 251] : [timeMs, epochs - 100],
    );
    const rate = epochRate(stalled, 1000, 9000, 2000);
    expect(rate.windowCount).toBe(4);
    expect(rate.epochsPerSecond).toBeCloseTo(100);
    expect(epochRate(steady, 1000, 9000, 2000).epochsPerSecond).toBeCloseTo(100);
  });

  it('falls back to the overall rate when windows hold too few epochs', () => {
    const slow: EpochSample[] = [
      [1000, 1],
      [2600, 2],
      [4200, 3],
      [5800, 4],
    ];
    const rate = epochRate(slow, 1000, 9000, 2000);
    expect(rate.windowCount).toBe(0);
    expect(rate.epochs).toBe(3);
    expect(rate.epochsPerSecond).toBeCloseTo(3 / 4.8);
  });

  it('is NaN without two arrivals to measure between', () => {
    expect(epochRate([[1000, 1]], 1000, 9000, 2000).epochsPerSecond).toBeNaN();
  });
});

describe('events, long tasks and pauses', () => {
  it('counts events per second inside the span only', () => {
    expect(eventsPerSecond([0, 100, 200, 1100, 2500], 0, 2000)).toBe(2);
  });

  it('counts the long tasks that start inside the span and finds the longest', () => {
    const tasks = [
      { startMs: 10, durationMs: 400 },
      { startMs: 1200, durationMs: 70 },
      { startMs: 1500, durationMs: 55 },
    ];
    expect(longTasksBetween(tasks, 1000, 2000)).toEqual({ count: 2, longestMs: 70 });
    expect(longTasksBetween(tasks, 3000, 4000)).toEqual({ count: 0, longestMs: 0 });
  });

  it('times each Pause click to the next paused status', () => {
    const changes = [
      { atMs: 0, status: 'idle' },
      { atMs: 100, status: 'training' },
      { atMs: 5000, status: 'pausing' },
      { atMs: 5040, status: 'paused' },
      { atMs: 6000, status: 'training' },
      { atMs: 7030, status: 'paused' },
    ];
    expect(pauseLatencies([5000, 7000, 9000], changes)).toEqual([40, 30]);
  });
});

describe('race cost', () => {
  const result = (id: string, epochsPerSecond: number, raceOf?: readonly string[]): ScenarioResult => ({
    scenario: { id, title: id, query: '', baseline: null, ...(raceOf ? { raceOf } : {}) },
    app: {
      isMeasured: true,
      backend: 'wasm',
      backendReason: '',
      parameterCount: 100,
      epochsPerSecond,
      rateWindows: 3,
      epochsMeasured: 100,
      measuredSeconds: 5,
      firstEpochMs: 900,
      trainClickMs: 800,
      boundariesPerSecond: 15,
      longTaskCount: 0,
      longestTaskMs: 0,
      startupLongTaskCount: 0,
      startupLongestTaskMs: 0,
      pauseLatenciesMs: [20],
      warning: null,
    },
    baseline: null,
    trainCount: 250,
    batchSize: 10,
    loadAverage: 1,
  });

  it('states what a race costs per epoch against its variants alone, and whether the target is met', () => {
    const race = (rate: number) => result('compare-2', rate, ['compare-1', 'compare-1b']);
    // Alone: 60 and 30 epochs/s, a mean of 25 ms per epoch; the race at 20 epochs/s takes 50 ms.
    const met = raceCosts([[result('compare-1', 60), result('compare-1b', 30), race(20)]]).join('\n');
    expect(met).toContain("compare-2 takes 2.00× one run's time per epoch (target ≤ 2.2×: met)");
    expect(met).toContain(
      '(20.0 epochs/s, no long task while training; alone: compare-1 60.0, compare-1b 30.0 epochs/s)',
    );
    expect(raceCosts([[result('compare-1', 60), result('compare-1b', 30), race(10)]]).join('\n')).toContain(
      "4.00× one run's time per epoch (target ≤ 2.2×: not met): 4.00× (10.0 epochs/s",
    );
    // Long tasks while the race trained are part of its target too, so each round names them.
    const janky = race(20);
    const withTasks: ScenarioResult = janky.app.isMeasured
      ? { ...janky, app: { ...janky.app, longTaskCount: 2, longestTaskMs: 87.4 } }
      : janky;
    expect(raceCosts([[result('compare-1', 60), result('compare-1b', 30), withTasks]]).join('\n')).toContain(
      '(20.0 epochs/s, 2 long tasks while training (longest 87 ms); alone:',
    );
    // Without its variants alone in the same bench, a race has no cost to state.
    expect(raceCosts([[result('compare-1', 60), race(20)]])).toEqual([]);
  });

  it('judges a race by the median of its rounds, each against the variants alone in that round', () => {
    const race = (rate: number) => result('compare-2', rate, ['compare-1', 'compare-1b']);
    const round = (alone: number, racing: number) => [
      result('compare-1', alone),
      result('compare-1b', alone),
      race(racing),
    ];
    // Costs 2.0 (machine quiet), 3.0 (the race ran while the machine was busy) and 2.1.
    const text = raceCosts([round(100, 50), round(90, 30), round(42, 20)]).join('\n');
    expect(text).toContain("2.10× one run's time per epoch, the median of 3 rounds (target ≤ 2.2×: met)");
    expect(text).toContain(
      '2.00× (50.0 epochs/s, no long task while training; alone: compare-1 100.0, compare-1b 100.0 epochs/s); 3.00×',
    );
    // A round on a machine twice as slow throughout costs what a quick round costs; against the
    // quick round's variants alone it would have cost 4×.
    expect(raceCosts([round(100, 50), round(50, 25)]).join('\n')).toContain(
      "2.00× one run's time per epoch, the median of 2 rounds (target ≤ 2.2×: met): 2.00× (50.0 epochs/s, no long task while training; alone: compare-1 100.0, compare-1b 100.0 epochs/s); 2.00× (25.0",
    );
  });
});
