import { describe, expect, it } from 'vitest';
import cities from '../../../test/fixtures/csv/cities.csv?raw';
import penguinsGerman from '../../../test/fixtures/csv/penguins-de.csv?raw';
import penguinsNa from '../../../test/fixtures/csv/penguins-na.csv?raw';
import quotedNames from '../../../test/fixtures/csv/quoted-names.csv?raw';
import { cellNumber, detectDialect } from './csvDialect';

describe('detectDialect', () => {
  it('detects the fixtures as people save them', () => {
    expect(detectDialect(penguinsGerman)).toEqual({ separator: ';', decimalMark: ',' });
    expect(detectDialect(penguinsNa)).toEqual({ separator: ',', decimalMark: '.' });
    expect(detectDialect(quotedNames)).toEqual({ separator: ',', decimalMark: '.' });
    expect(detectDialect(cities)).toEqual({ separator: ',', decimalMark: '.' });
  });

  it('detects tabs and vertical bars, and decimal commas only where they outnumber points', () => {
    expect(detectDialect('a\tb\tc\n1,5\t2\tx\n3,25\t4\ty\n')).toEqual({ separator: '\t', decimalMark: ',' });
    expect(detectDialect('a|b|c\n1.5|2|x\n3.25|4|y\n')).toEqual({ separator: '|', decimalMark: '.' });
    // Semicolons with decimal points: a French spreadsheet set to English numbers.
    expect(detectDialect('a;b\n1.5;2\n3.5;4\n')).toEqual({ separator: ';', decimalMark: '.' });
  });

  it('does not take a comma inside quotes for a separator, nor a quoted decimal comma for a point', () => {
    expect(detectDialect('name;size\n"Smith, A.";1,5\n"Jones, B.";2,5\n')).toEqual({
      separator: ';',
      decimalMark: ',',
    });
    expect(detectDialect('x,y\n"1,5","2,5"\n"3,5",4\n')).toEqual({ separator: ',', decimalMark: ',' });
  });

  it('falls back to commas and points when nothing tells', () => {
    expect(detectDialect('')).toEqual({ separator: ',', decimalMark: '.' });
    expect(detectDialect('only\n1\n2\n')).toEqual({ separator: ',', decimalMark: '.' });
  });
});

describe('cellNumber', () => {
  it('reads numbers with the decimal mark given', () => {
    expect(cellNumber('3,5', ',')).toBe(3.5);
    expect(cellNumber('-,5', ',')).toBe(-0.5);
    expect(cellNumber('1e3', ',')).toBe(1000);
    expect(cellNumber('3.5', '.')).toBe(3.5);
    expect(cellNumber('3,5', '.')).toBeNaN();
    expect(cellNumber('3.5', ',')).toBeNaN();
    expect(cellNumber('abc', '.')).toBeNaN();
    expect(cellNumber('1e39', '.')).toBeNaN();
  });
});
