import { describe, expect, it } from 'vitest';
import { chartFormats, formatLogTick, formatLoss, formatReadout, formatXTick } from './chartFormat';

describe('values read off a chart', () => {
  it('gives a loss four decimals, finer than its tick label', () => {
    expect(formatReadout(0.04567, false)).toBe('0.0457');
    expect(formatLoss(0.04567)).toBe('0.05');
    expect(formatReadout(1.5, false)).toBe('1.5000');
    expect(formatReadout(0, false)).toBe('0.0000');
  });

  it('keeps three significant digits of a loss under 0.001 instead of 0.0000 or the axis short form', () => {
    expect(formatReadout(0.0000234, false)).toBe('0.0000234');
    expect(formatReadout(0.000987, false)).toBe('0.000987');
    expect(formatLoss(0.009)).toBe('9e-3');
    expect(formatReadout(0.009, false)).toBe('0.0090');
  });

  it('gives a percentage one decimal', () => {
    expect(formatReadout(0.985, true)).toBe('98.5%');
    expect(formatReadout(1, true)).toBe('100.0%');
  });

  it('is what a chart hands its tooltip, the same function for the same chart', () => {
    const loss = chartFormats('epochs', false);
    expect(loss.formatValue(0.12345)).toBe('0.1235');
    expect(chartFormats('epochs', false).formatValue).toBe(loss.formatValue);
    expect(chartFormats('epochs', true).formatValue(0.5)).toBe('50.0%');
  });
});

describe('log-axis ticks', () => {
  it('write decades plainly, and tiny or huge ones as short exponents that fit the axis', () => {
    expect(formatLogTick(0.1)).toBe('0.1');
    expect(formatLogTick(0.001)).toBe('0.001');
    expect(formatLogTick(0.00001)).toBe('1e-5');
    expect(formatLogTick(0.000002)).toBe('2e-6');
    expect(formatLogTick(100_000)).toBe('1e5');
    for (const value of [1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5]) {
      expect(formatLogTick(value).length).toBeLessThanOrEqual(5);
    }
  });
});

describe('x-axis ticks', () => {
  it('reads as whole epochs, examples in k or M, and seconds to one decimal', () => {
    expect(formatXTick('epochs', 12)).toBe('12');
    expect(formatXTick('epochs', 9000)).toBe('9000');
    expect(formatXTick('epochs', 100_000)).toBe('100k');
    expect(formatXTick('epochs', 12_500)).toBe('12.5k');
    expect(formatXTick('examples', 400)).toBe('400');
    expect(formatXTick('examples', 1200)).toBe('1.2k');
    expect(formatXTick('examples', 80_000)).toBe('80k');
    expect(formatXTick('examples', 2_500_000)).toBe('2.5M');
    expect(formatXTick('time', 1.25)).toBe('1.3');
    expect(formatXTick('time', 3)).toBe('3');
  });
});
