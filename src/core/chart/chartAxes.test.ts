import { describe, expect, it } from 'vitest';
import {
  AXIS_LOOKAHEAD_S,
  estimatedLabelWidth,
  type GrowingAxis,
  growAxis,
  labelledTicks,
  linearAxis,
  logAxis,
  roundStep,
} from './chartAxes';

describe('chart axes fixed by the app', () => {
  it('rounds a step to 1, 2 or 5 times a power of ten, as d3 does', () => {
    expect([1, 1.4, 1.5, 3, 3.2, 7, 7.1, 24, 0.031, 4000].map(roundStep)).toEqual([
      1, 1, 2, 2, 5, 5, 10, 20, 0.02, 5000,
    ]);
    expect([0, -3, Number.NaN, Number.POSITIVE_INFINITY].map(roundStep)).toEqual([1, 1, 1, 1]);
  });

  it('ends on a round tick past the data, from zero, with 4 to 8 intervals', () => {
    expect(linearAxis(0, 101, true)).toEqual({ domain: [0, 120], ticks: [0, 20, 40, 60, 80, 100, 120] });
    expect(linearAxis(0.05, 0.72)).toEqual({ domain: [0, 0.8], ticks: [0, 0.2, 0.4, 0.6, 0.8] });
    for (let high = 20; high < 200_000; high = Math.ceil(high * 1.07)) {
      const axis = linearAxis(0, high, true);
      const intervals = axis.ticks.length - 1;
      expect(axis.domain[0]).toBe(0);
      expect(axis.domain[1]).toBeGreaterThanOrEqual(high);
      expect(intervals).toBeGreaterThanOrEqual(4);
      expect(intervals).toBeLessThanOrEqual(8);
      // The data fills most of the axis: no half-empty chart after a domain change.
      expect(high / axis.domain[1]).toBeGreaterThan(0.75);
      expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
    }
  });

  it('keeps the same axis while the data grows inside it, so recharts has nothing to redo', () => {
    const domains = new Set<string>();
    for (let epoch = 1001; epoch <= 1200; epoch++) domains.add(JSON.stringify(linearAxis(0, epoch, true)));
    expect(domains.size).toBe(1);
    // From 1 to 10,000 epochs the frame changes a few dozen times, not ten thousand.
    const changes = new Set<string>();
    for (let epoch = 1; epoch <= 10_000; epoch++)
      changes.add(JSON.stringify(linearAxis(0, epoch, true).domain));
    expect(changes.size).toBeLessThan(60);
  });

  it('reaches below zero for negative values (an R² that starts very wrong) and gives flat data a unit axis', () => {
    const axis = linearAxis(-3.3, 0.9);
    expect(axis.domain[0]).toBeLessThanOrEqual(-3.3);
    expect(axis.ticks).toContain(0);
    expect(linearAxis(Number.NaN, Number.NaN)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(linearAxis(Number.NaN, Number.NaN, true).domain).toEqual([0, 5]);
  });
});

describe('a growing x-axis', () => {
  it('stays while the data fits, and leaves room for two seconds of growth at the pace seen when it moves', () => {
    const first = growAxis(null, 40, 0, 'epochs', true);
    expect(first.axis.domain).toEqual([0, 40]);
    // Still inside: the very same axis (recharts then has nothing to redo).
    expect(growAxis(first, 40, 300, 'epochs', true)).toBe(first);
    // 300 epochs/s past the end: room for 2 s more, but never more than the data already fills.
    const moved = growAxis(first, 160, 400, 'epochs', true);
    expect(moved.axis.domain[1]).toBeGreaterThanOrEqual(2 * 160);
    expect(moved.axis.domain[1]).toBeLessThanOrEqual(2.5 * 160);
    const later = growAxis(growAxis(null, 5000, 0, 'epochs', true), 5300, 1000, 'epochs', true);
    expect(later.axis.domain[1]).toBeGreaterThanOrEqual(5300 + 300 * AXIS_LOOKAHEAD_S);
    expect(moved.axis.ticks).toEqual(
      moved.axis.ticks.map((_, index) => index * (moved.axis.ticks[1] as number)),
    );
    // A slow run's axis moves on to just past its data.
    const slow = growAxis(growAxis(null, 40, 0, 'epochs', true), 41, 10_000, 'epochs', true);
    expect(slow.axis.domain[1]).toBeLessThanOrEqual(50);
  });

  it('moves a few times, not at every redraw, while a fast run grows at a steady pace', () => {
    let axis: GrowingAxis | null = null;
    const domains = new Set<number>();
    // 1,000 epochs a second, redrawn 4 times a second, for 60 s.
    for (let redraw = 0; redraw <= 240; redraw++) {
      axis = growAxis(axis, 1 + 250 * redraw, 250 * redraw, 'epochs', true);
      domains.add(axis.axis.domain[1]);
      expect(axis.axis.domain[1]).toBeGreaterThanOrEqual(1 + 250 * redraw);
    }
    expect(domains.size).toBeLessThan(25);
  });

  it('fits the data once it stops growing, and keeps that axis while stepping inside it', () => {
    // A 500-epoch run whose last move left room up to 700.
    const grown = growAxis(growAxis(null, 300, 0, 'epochs', true), 500, 250, 'epochs', true);
    expect(grown.axis.domain[1]).toBeGreaterThan(500);
    const done = growAxis(grown, 500, 400, 'epochs', true, false);
    expect(done.axis.domain).toEqual([0, 500]);
    expect(done.axis.ticks.at(-1)).toBe(500);
    // Asked again, or stepped within its last tick: the very same axis.
    expect(growAxis(done, 500, 500, 'epochs', true, false)).toBe(done);
    const stepped = growAxis(growAxis(null, 13, 0, 'epochs', true, false), 14, 100, 'epochs', true, false);
    expect(growAxis(stepped, 14, 200, 'epochs', true, false)).toBe(stepped);
    expect(stepped.axis.domain[1]).toBeGreaterThanOrEqual(14);
    expect(stepped.axis.domain[1]).toBeLessThanOrEqual(16);
    // Paused at 150 (0-160 in steps of 20), then stepped to 159, where a fresh fit would be 0-200
    // in steps of 50: the axis stays until the curve passes 160.
    const paused = growAxis(null, 150, 0, 'epochs', true, false);
    expect(paused.axis.domain).toEqual([0, 160]);
    expect(growAxis(paused, 159, 100, 'epochs', true, false)).toBe(paused);
    expect(growAxis(paused, 161, 200, 'epochs', true, false).axis.domain).toEqual([0, 200]);
  });

  it('starts afresh for a new run (less data) or another kind of axis', () => {
    const long = growAxis(growAxis(null, 100, 0, 'epochs', true), 5000, 1000, 'epochs', true);
    expect(growAxis(long, 3, 2000, 'epochs', true).axis.domain).toEqual([0, 3]);
    // Seconds then examples: no pace carried from one kind to the other.
    const seconds = growAxis(null, 2, 0, 'time', false);
    const examples = growAxis(seconds, 40_000, 1000, 'examples', false);
    expect(examples.axis.domain[1]).toBeLessThanOrEqual(50_000);
  });
});

describe('x tick labels thinned to the width', () => {
  it('estimates a label at least as wide as DejaVu Sans draws it (its digits are 0.636 em)', () => {
    expect(estimatedLabelWidth('1400', 12)).toBeGreaterThanOrEqual(4 * 0.636 * 12);
    expect(estimatedLabelWidth('1.5k', 12)).toBeGreaterThan(estimatedLabelWidth('15', 12));
    expect(estimatedLabelWidth('', 12)).toBe(0);
  });

  it('labels every tick where they fit, else every second or third, always with both ends', () => {
    const labels = ['0', '200', '400', '600', '800', '1000', '1200', '1400'];
    const shown = (width: number | undefined) =>
      labels.filter((_, index) => labelledTicks(labels, width, 12, 5)[index]);
    // 1,400 px of plot: 200 px apart, all shown.
    expect(shown(1400)).toEqual(labels);
    // 220 px (a 320-pixel phone): 31 px apart for 31-px labels and a 5-px gap: every second one,
    // and the end, for which 1200 gives way.
    expect(shown(220)).toEqual(['0', '400', '800', '1400']);
    expect(shown(120)).toEqual(['0', '600', '1400']);
    // However narrow, the two ends stay.
    expect(shown(10)).toEqual(['0', '1400']);
    // The end falls on the stride: nothing gives way.
    expect(labelledTicks(['0', '5', '10', '15', '20'], 60, 12, 5)).toEqual([true, false, true, false, true]);
    // Not laid out yet, or a lone tick: all shown.
    expect(shown(undefined)).toEqual(labels);
    expect(labelledTicks(['0'], 300, 12, 5)).toEqual([true]);
  });
});

describe('log axis', () => {
  it('spans whole decades around the data, labelled at each power of ten', () => {
    expect(logAxis([0.03, 1.8, 0.5])).toEqual({ domain: [0.01, 10], ticks: [0.01, 0.1, 1, 10] });
  });

  it('adds 2× and 5× ticks when the data fits in one decade', () => {
    expect(logAxis([0.2, 0.8])).toEqual({ domain: [0.1, 1], ticks: [0.1, 0.2, 0.5, 1] });
    expect(logAxis([1, 1])).toEqual({ domain: [1, 10], ticks: [1, 2, 5, 10] });
  });

  it('ignores what a log axis cannot show, and has a default domain without data', () => {
    expect(logAxis([0, -3, Number.NaN, Number.POSITIVE_INFINITY, 0.2, 0.8]).domain).toEqual([0.1, 1]);
    expect(logAxis([]).domain).toEqual([0.1, 10]);
  });
});
