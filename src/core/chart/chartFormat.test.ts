import { describe, expect, it } from 'vitest';
import { chartFormats, formatLoss, formatReadout } from './chartFormat';

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
