import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumberText } from './numberText';

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
