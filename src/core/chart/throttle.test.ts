import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startThrottle } from './throttle';

/** A source that changes on demand, and a throttle of it recording when each value was shown. */
function throttled(intervalMs: number, phaseMs: number, source: { value: number }) {
  const shown: Array<{ atMs: number; value: number }> = [];
  const throttle = startThrottle({
    intervalMs,
    phaseMs,
    read: () => source.value,
    show: (value) => shown.push({ atMs: performance.now(), value }),
  });
  return { shown, throttle };
}

const gaps = (times: readonly number[]): number[] =>
  times.slice(1).map((time, i) => time - (times[i] as number));

describe('startThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the value at once, then at most once per interval, the latest value, none lost at the end', () => {
    const source = { value: 0 };
    const { shown, throttle } = throttled(250, 0, source);
    for (let step = 1; step <= 10; step++) {
      vi.advanceTimersByTime(40);
      source.value = step;
      throttle.changed();
    }
    // The last change (at 400 ms) waits for the interval after the showing at 250 ms.
    vi.advanceTimersByTime(1000);
    expect(shown.map((entry) => entry.atMs)).toEqual([0, 250, 500]);
    expect(shown.map((entry) => entry.value)).toEqual([0, 6, 10]);
    // Nothing new, nothing shown.
    throttle.changed();
    vi.advanceTimersByTime(1000);
    expect(shown).toHaveLength(3);
  });

  it('keeps a phased throttle half an interval behind one without, so that they never show together', () => {
    const source = { value: 0 };
    const first = throttled(250, 0, source);
    const second = throttled(250, 125, source);
    // Metrics arrive every 50 ms for 3 s.
    for (let step = 1; step <= 60; step++) {
      vi.advanceTimersByTime(50);
      source.value = step;
      first.throttle.changed();
      second.throttle.changed();
    }
    vi.advanceTimersByTime(1000);
    const firstTimes = first.shown.map((entry) => entry.atMs);
    const secondTimes = second.shown.map((entry) => entry.atMs).slice(1);
    expect(firstTimes.length).toBeGreaterThanOrEqual(12);
    expect(secondTimes.length).toBeGreaterThanOrEqual(11);
    for (const times of [firstTimes, secondTimes])
      expect(Math.min(...gaps(times))).toBeGreaterThanOrEqual(250);
    for (const time of secondTimes) {
      const nearest = Math.min(...firstTimes.map((other) => Math.abs(other - time)));
      expect(nearest).toBeGreaterThanOrEqual(100);
    }
    expect(first.shown.at(-1)?.value).toBe(60);
    expect(second.shown.at(-1)?.value).toBe(60);
  });

  it('after a quiet spell shows a change at once, and a phased throttle its phase later', () => {
    const source = { value: 0 };
    const first = throttled(250, 0, source);
    const second = throttled(250, 125, source);
    vi.advanceTimersByTime(5000);
    source.value = 1;
    first.throttle.changed();
    second.throttle.changed();
    expect(first.shown.at(-1)).toEqual({ atMs: 5000, value: 1 });
    expect(second.shown).toHaveLength(1);
    vi.advanceTimersByTime(125);
    expect(second.shown.at(-1)).toEqual({ atMs: 5125, value: 1 });
  });

  it('shows at once when the urgent part changes, however recently it showed, and drops the wait', () => {
    const source = { value: 0, status: 'training' };
    const shown: Array<{ atMs: number; value: number }> = [];
    const throttle = startThrottle({
      intervalMs: 250,
      phaseMs: 0,
      read: () => source.value,
      readUrgent: () => source.status,
      show: (value) => shown.push({ atMs: performance.now(), value }),
    });
    vi.advanceTimersByTime(100);
    source.value = 1;
    throttle.changed();
    // A progress change waits for the interval…
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(20);
    source.value = 2;
    source.status = 'pausing';
    throttle.changed();
    // …a new status does not, and brings the latest progress with it.
    expect(shown.at(-1)).toEqual({ atMs: 120, value: 2 });
    vi.advanceTimersByTime(1000);
    expect(shown).toHaveLength(2);
  });

  it('shows nothing more once stopped', () => {
    const source = { value: 0 };
    const { shown, throttle } = throttled(250, 0, source);
    vi.advanceTimersByTime(100);
    source.value = 1;
    throttle.changed();
    throttle.stop();
    vi.advanceTimersByTime(1000);
    expect(shown).toHaveLength(1);
  });
});
