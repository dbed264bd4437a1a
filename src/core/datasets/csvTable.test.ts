import { describe, expect, it } from 'vitest';
import cities from '../../../test/fixtures/csv/cities.csv?raw';
import penguinsGerman from '../../../test/fixtures/csv/penguins-de.csv?raw';
import penguinsNa from '../../../test/fixtures/csv/penguins-na.csv?raw';
import quotedNames from '../../../test/fixtures/csv/quoted-names.csv?raw';
import { textOf } from '../i18n/translate';
import { type CsvOutcome, type CsvReading, parseFile, readingOf } from './csvReading';
import { type CsvSettings, labelProblem, PROBLEMS_SHOWN } from './csvTable';

const LIMITS = { maxRows: 50_000, maxClasses: 50 };

/** A file read with its detected dialect and the settings given (the defaults when absent). */
function read(text: string, settings?: (defaults: CsvSettings) => CsvSettings): CsvReading {
  const parsed = parseFile(text, undefined, LIMITS);
  const defaults = readingOf(parsed, 'file.csv', undefined, LIMITS);
  return settings ? readingOf(parsed, 'file.csv', settings(defaults.settings), LIMITS) : defaults;
}

function success(outcome: CsvOutcome) {
  if (!outcome.ok) throw new Error(`expected a data set, got: ${outcome.problems.map(textOf).join('; ')}`);
  return outcome;
}

function problems(outcome: CsvOutcome): string[] {
  if (outcome.ok) throw new Error('expected problems, got a data set');
  return outcome.problems.map(textOf);
}

const kinds = (reading: CsvReading) => Object.fromEntries(reading.columns.map((c) => [c.name, c.kind]));

describe('column kinds and missing values', () => {
  it('describes the penguins: numbers, categories, text, NA counted as missing', () => {
    const reading = read(penguinsNa);
    expect(kinds(reading)).toEqual({
      species: 'category',
      island: 'category',
      bill_length_mm: 'number',
      bill_depth_mm: 'number',
      flipper_length_mm: 'number',
      body_mass_g: 'number',
      sex: 'category',
      year: 'number',
      individual_id: 'text',
    });
    const byName = Object.fromEntries(reading.columns.map((c) => [c.name, c]));
    expect(byName.island?.values).toEqual(['Biscoe', 'Dream', 'Torgersen']);
    expect(byName.bill_length_mm?.missing).toBe(2);
    expect(byName.sex?.missing).toBe(11);
    expect(byName.species?.preview).toEqual(['Adelie', 'Adelie', 'Adelie']);
    expect(reading.rowCount).toBe(344);
  });

  it('reads a German export (BOM, semicolons, decimal commas, CRLF, blank trailing lines) like the R one', () => {
    const german = read(penguinsGerman);
    expect(german.dialect).toEqual({ separator: ';', decimalMark: ',' });
    expect(german.columns[0]?.name).toBe('species');
    expect(german.rowCount).toBe(344);
    const english = read(penguinsNa, (settings) => ({
      ...settings,
      uses: [...settings.uses.slice(0, 8), 'ignore'],
    }));
    const fromGerman = success(german.outcome);
    const fromEnglish = success(english.outcome);
    expect(fromGerman.dataset.featureNames).toEqual(fromEnglish.dataset.featureNames);
    expect([...fromGerman.dataset.features]).toEqual([...fromEnglish.dataset.features]);
  });

  it('keeps quoted names with commas and doubled quotes whole', () => {
    const reading = read(quotedNames);
    expect(reading.columns.map((c) => c.name)).toEqual(['name', 'hours_studied', 'previous_score', 'result']);
    expect(reading.columns[0]?.preview[0]).toBe('Smith, N. "NN"');
    expect(reading.columns[0]?.kind).toBe('text');
    expect(reading.settings.labelColumn).toBe(3);
    expect(reading.settings.uses[0]).toBe('ignore');
    expect(success(reading.outcome).dataset.featureNames).toEqual(['hours_studied', 'previous_score']);
  });
});

describe('building a data set', () => {
  it('penguins by default: species the label, island and sex one-hot, the id ignored, rows with NA dropped', () => {
    const { settings, outcome } = read(penguinsNa);
    expect(settings.labelColumn).toBe(0);
    const { dataset, report } = success(outcome);
    expect(dataset.classNames).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(dataset.featureNames).toEqual([
      'island=Biscoe',
      'island=Dream',
      'island=Torgersen',
      'bill_length_mm',
      'bill_depth_mm',
      'flipper_length_mm',
      'body_mass_g',
      'sex=female',
      'sex=male',
      'year',
    ]);
    expect(report).toMatchObject({ rowsRead: 344, rowsUsed: 333, rowsDropped: 11, cellsFilled: 0 });
    expect(report.oneHot).toEqual([
      { column: 'island', added: 3 },
      { column: 'sex', added: 2 },
    ]);
    // The second penguin lives on Torgersen, the third of the island's values.
    expect([...dataset.features.slice(10, 13)]).toEqual([0, 0, 1]);
    // Each row's one-hot block holds a single 1.
    for (let row = 0; row < dataset.count; row++) {
      const island = dataset.features.slice(row * 10, row * 10 + 3);
      expect(island.reduce((a, b) => a + b, 0)).toBe(1);
    }
  });

  it('fills missing values with the mean of a number and the most frequent category', () => {
    const { outcome } = read(penguinsNa, (settings) => ({ ...settings, missing: 'fill' }));
    const { dataset, report } = success(outcome);
    expect(report).toMatchObject({ rowsUsed: 344, rowsDropped: 0, rowsFilled: 11, cellsFilled: 2 * 4 + 11 });
    const row = 3;
    const values = dataset.features.slice(row * 10, row * 10 + 10);
    const others = Array.from({ length: dataset.count }, (_, r) => dataset.features[r * 10 + 3] ?? 0).filter(
      (_, r) => r !== 3 && r !== 271,
    );
    const mean = others.reduce((a, b) => a + b, 0) / others.length;
    expect(values[3]).toBeCloseTo(mean, 3);
    const males = Array.from({ length: dataset.count }, (_, r) => dataset.features[r * 10 + 8] ?? 0).reduce(
      (a, b) => a + b,
      0,
    );
    const mostlyMale = males > dataset.count / 2;
    expect(values[7]).toBe(mostlyMale ? 0 : 1);
    expect(values[8]).toBe(mostlyMale ? 1 : 0);
  });

  it('a file with one numeric column is usable: the category the label, the number the feature', () => {
    const { settings, outcome, columns } = read(cities);
    expect(columns.map((c) => c.kind)).toEqual(['text', 'category', 'number']);
    expect(settings.labelColumn).toBe(1);
    const { dataset } = success(outcome);
    expect(dataset.featureNames).toEqual(['population']);
    expect(dataset.classNames).toEqual(['France', 'Germany', 'Italy', 'Spain']);
  });

  it('lists every value that is not a number, 20 shown and the rest counted', () => {
    const lines = penguinsNa.split('\n');
    const broken = lines
      .map((line, index) => (index >= 10 && index < 40 ? line.replace(/,[\d.]+,/, ',x,') : line))
      .join('\n');
    const { outcome } = read(broken);
    if (outcome.ok) throw new Error('expected problems');
    expect(outcome.problemCount).toBe(30);
    expect(outcome.problems).toHaveLength(PROBLEMS_SHOWN);
    expect(textOf(outcome.problems[0] ?? { key: 'dataset.error.detail' })).toBe(
      "row 11, column 'bill_length_mm': 'x' is not a number",
    );
  });

  it('lists rows of the wrong length together with bad values', () => {
    const text = `a,b,c\n${Array.from({ length: 40 }, (_, i) => `${i},${i % 3},${i % 2 ? 'u' : 'v'}`).join('\n')}\n1,2\nzz,1,u\n`;
    expect(problems(read(text).outcome)).toEqual([
      'row 42: expected 3 values like the header, found 2',
      "row 43, column 'a': 'zz' is not a number",
    ]);
  });

  it('says what is wrong with a file it cannot read', () => {
    expect(problems(read('').outcome)).toEqual([
      'the file is empty: expected a header row, then one row per example',
    ]);
    expect(problems(read('only-one-column\n1\n2\n').outcome)).toEqual([
      "split at ',', the header is a single column: choose the separator the file uses",
    ]);
    expect(problems(read('a,b\n"open,1\n').outcome)).toEqual([
      'row 2, column 1: a quoted field is never closed',
    ]);
  });
});

describe('labels', () => {
  it('explains why a column cannot be the label', () => {
    const { columns } = read(penguinsNa);
    const index = (name: string) => columns.findIndex((c) => c.name === name);
    const why = (name: string) =>
      textOf(labelProblem(columns, index(name), 50) ?? { key: 'dataset.error.detail' });
    expect(why('bill_length_mm')).toMatch(/^column 'bill_length_mm' holds numbers with fractions/);
    expect(why('body_mass_g')).toMatch(
      /^column 'body_mass_g' holds \d+ different values, more than the 50 classes/,
    );
    expect(why('individual_id')).toMatch(/^column 'individual_id' holds 344 different values/);
    expect(labelProblem(columns, index('island'), 50)).toBeNull();
    expect(labelProblem(columns, index('year'), 50)).toBeNull();
  });

  it('refuses a label it cannot use in the data set too, and a text feature with too many values', () => {
    const labelled = read(penguinsNa, (settings) => ({ ...settings, labelColumn: 5 }));
    expect(problems(labelled.outcome)[0]).toMatch(/^column 'body_mass_g' holds \d+ different values/);
    const withId = read(penguinsNa, (settings) => ({
      ...settings,
      uses: settings.uses.map(() => 'feature'),
    }));
    expect(problems(withId.outcome)).toEqual([
      "column 'individual_id' holds 344 different values, more than 20 for one-hot features: ignore it",
    ]);
  });
});
