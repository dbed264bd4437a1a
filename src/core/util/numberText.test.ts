import { describe, expect, it } from 'vitest';
import { formatNumber, groupDigits, parseNumberText } from './numberText';

describe('parseNumberText', () => {
  it('reads plain decimals with an optional exponent', () => {
    expect(parseNumberText(' 12 ')).toEqual({ kind: 'number', value: 12 });
    expect(parseNumberText('-1.5e-3')).toEqual({ kind: 'number', value: -0.0015 });
    expect(parseNumberText('1E+21')).toEqual({ kind: 'number', value: 1e21 });
    expect(parseNumberText('5.')).toEqual({ kind: 'number', value: 5 });
    expect(Object.is((parseNumberText('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('tells empty, non-numeric and non-finite text apart', () => {
    expect(parseNumberText('  ')).toEqual({ kind: 'empty' });
    for (const text of ['abc', '0x10', '0b1', '1_000', '1,5', '.', '-', 'e3', '1e']) {
      expect(parseNumberText(text)).toEqual({ kind: 'notNumber' });
    }
    for (const text of ['NaN', 'inf', '-Infinity', '1e400'])
      expect(parseNumberText(text)).toEqual({ kind: 'notFinite' });
  });
});

describe('formatNumber', () => {
  it('writes the shortest text that reads back exactly, without a plus sign', () => {
    for (const value of [0.1, 1e-7, 123456789, 0.1 + 0.2, 1e21, 5e-324, Number.MAX_VALUE]) {
      const text = formatNumber(value);
      expect(text).not.toContain('+');
      expect(parseNumberText(text)).toEqual({ kind: 'number', value });
    }
    expect(formatNumber(1e21)).toBe('1e21');
  });
});

describe('groupDigits', () => {
  it('writes numbers as toLocaleString("en-US") does, without Intl', () => {
    const values = [
      0,
      7,
      42,
      999,
      1000,
      12_345,
      999_999,
      1_000_000,
      60_000,
      2_331,
      -1234,
      1234.5,
      0.1234,
      1234.5678,
      9.9995,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (let value = 1; value < 1e9; value = Math.round(value * 3.7 + 1)) values.push(value);
    for (const value of values) expect(groupDigits(value), String(value)).toBe(value.toLocaleString('en-US'));
  });
});
