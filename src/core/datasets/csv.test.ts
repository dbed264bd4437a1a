import { describe, expect, it } from 'vitest';
import { textOf } from '../i18n/translate';
import { type CsvResult, parseCsv, parseSklearnCsv } from './csv';

const IRIS_LIKE = [
  'sepal_length,petal_width,species',
  '5.1,0.2,setosa',
  '7.0,1.4,versicolor',
  '6.3,2.5,virginica',
  '4.9,0.2,setosa',
].join('\n');

/** The data set of a successful parse; fails the test with the error otherwise. */
function dataset(result: CsvResult) {
  if (!result.ok) throw new Error(`expected success, got: ${textOf(result.error)}`);
  return result.dataset;
}

/** The error of a failed parse; fails the test if the parse succeeded. */
function error(result: CsvResult): string {
  if (result.ok) throw new Error('expected a parse error, got a data set');
  return textOf(result.error);
}

describe('parseCsv: happy paths', () => {
  it('reads features row-major and text labels in sorted order', () => {
    const data = dataset(parseCsv(IRIS_LIKE));
    expect(data.count).toBe(4);
    expect(data.numFeatures).toBe(2);
    expect(data.featureNames).toEqual(['sepal_length', 'petal_width']);
    expect(data.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(data.numClasses).toBe(3);
    expect([...data.labels]).toEqual([0, 1, 2, 0]);
    expect([...data.features]).toEqual([5.1, 0.2, 7.0, 1.4, 6.3, 2.5, 4.9, 0.2].map(Math.fround));
  });

  it('maps a reordered file to the same class indices', () => {
    const reordered = ['a,label', '1,dog', '2,cat', '3,dog'].join('\n');
    const data = dataset(parseCsv(reordered));
    expect(data.classNames).toEqual(['cat', 'dog']);
    expect([...data.labels]).toEqual([1, 0, 1]);
  });

  it('orders integer labels numerically, not as text', () => {
    const data = dataset(parseCsv(['x,y', '0,10', '1,2', '2,1', '3,2'].join('\n')));
    expect(data.classNames).toEqual(['1', '2', '10']);
    expect([...data.labels]).toEqual([2, 1, 0, 1]);
  });

  it('takes the label column by name or by index, wherever it is', () => {
    const text = ['kind,width,height', 'a,1,2', 'b,3,4'].join('\n');
    for (const label of ['kind', 0] as const) {
      const data = dataset(parseCsv(text, { label }));
      expect(data.featureNames).toEqual(['width', 'height']);
      expect([...data.features]).toEqual([1, 2, 3, 4]);
      expect(data.classNames).toEqual(['a', 'b']);
    }
  });

  it('handles CRLF, a byte-order mark, quoted fields with commas and escaped quotes, blank lines', () => {
    const text = '\uFEFF"width, cm",label\r\n1.5,"big, ""round"""\r\n\r\n-2e-1,small\r\n';
    const data = dataset(parseCsv(text));
    expect(data.featureNames).toEqual(['width, cm']);
    expect(data.classNames).toEqual(['big, "round"', 'small']);
    expect([...data.features]).toEqual([1.5, Math.fround(-0.2)]);
  });

  it('reads old Mac line ends (CR only) and mixes quoted and plain lines', () => {
    const data = dataset(parseCsv('a,label\r1,x\r2,"y"\r3,x'));
    expect([...data.features]).toEqual([1, 2, 3]);
    expect([...data.labels]).toEqual([0, 1, 0]);
    const mixed = dataset(parseCsv('a,label\n1,x\n"2",y\n3,x\n4,"z"\n5,x\r\n'));
    expect([...mixed.features]).toEqual([1, 2, 3, 4, 5]);
    expect(mixed.classNames).toEqual(['x', 'y', 'z']);
  });

  it('accepts 50,000 rows by default', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},${i % 3}`);
    const data = dataset(parseCsv(['a,label', ...rows].join('\n')));
    expect(data.count).toBe(50_000);
    expect(data.features[49_999]).toBe(49_999);
  });

  it('trims spaces around values and names', () => {
    const data = dataset(parseCsv(' a , label \n 1 , yes \n 2 , no '));
    expect(data.featureNames).toEqual(['a']);
    expect(data.classNames).toEqual(['no', 'yes']);
  });
});

describe('parseCsv: malformed input names the row and column', () => {
  it('reports a non-number with its row and column name', () => {
    const text = `${IRIS_LIKE}\n6.1,abc,setosa`;
    expect(error(parseCsv(text))).toBe("row 6, column 'petal_width': 'abc' is not a number");
  });

  it('counts rows as file lines, the header being row 1, blank lines included', () => {
    expect(error(parseCsv('a,label\n1,x\n\n2,y\nNaN,x'))).toBe("row 5, column 'a': 'NaN' is not a number");
  });

  it('reports an empty value and a missing column', () => {
    expect(error(parseCsv('a,b,label\n1,,x'))).toBe(
      "row 2, column 'b': the value is empty, expected a number (fill in or remove the row)",
    );
    expect(error(parseCsv('a,b,label\n1,2,x\n1,2'))).toBe(
      'row 3: expected 3 values like the header, found 2',
    );
  });

  it('rejects hexadecimal, infinity and float32 overflow', () => {
    expect(error(parseCsv('a,label\n0x10,x'))).toBe("row 2, column 'a': '0x10' is not a number");
    expect(error(parseCsv('a,label\nInfinity,x'))).toBe("row 2, column 'a': 'Infinity' is not a number");
    expect(error(parseCsv('a,label\n1e39,x'))).toBe(
      "row 2, column 'a': '1e39' is too large (at most about 3.4e38)",
    );
  });

  it('reports an unclosed quote (a truncated file) and stray quotes', () => {
    expect(error(parseCsv('a,label\n1,x\n2,"y'))).toBe('row 3, column 2: a quoted field is never closed');
    expect(error(parseCsv('a,label\n1,x"y'))).toBe(
      `row 2, column 2: a '"' inside an unquoted field (quote the whole field)`,
    );
    expect(error(parseCsv('a,label\n1,"x"y'))).toBe('row 2, column 2: unexpected text after a closing quote');
  });

  it('keeps row numbers right after a quoted field spanning lines', () => {
    expect(error(parseCsv('a,label\n1,"two\nlines"\nq,x'))).toBe("row 4, column 'a': 'q' is not a number");
  });

  it('reports an empty label, a missing label column and a bad index', () => {
    expect(error(parseCsv('a,kind\n1, '))).toBe("row 2, column 'kind': the label is empty");
    expect(error(parseCsv('a,kind\n1,x', { label: 'species' }))).toBe(
      "label column: no column is named 'species'; the columns are a, kind",
    );
    expect(error(parseCsv('a,kind\n1,x', { label: 2 }))).toBe(
      'label column: expected an index from 0 to 1, found 2',
    );
  });

  it('rejects empty files, a lone header, one column, duplicate names', () => {
    expect(error(parseCsv(''))).toBe('the file is empty: expected a header row, then one row per example');
    expect(error(parseCsv('a,label\n'))).toBe('the file has a header but no data rows');
    expect(error(parseCsv('a;b;label\n1;2;x'))).toBe(
      "row 1: expected a header of at least two comma-separated columns, found one (values seem separated by ';': save the file comma-separated)",
    );
    expect(error(parseCsv('a\tlabel\n1\tx'))).toMatch(/found one \(values seem separated by tabs:/);
    expect(error(parseCsv('label\nx'))).toBe(
      'row 1: expected a header of at least two comma-separated columns, found one',
    );
    expect(error(parseCsv('a,a,label\n1,2,x'))).toBe("row 1: column 'a' appears twice (columns 1 and 2)");
  });

  it('needs at least two classes and refuses a continuous label column', () => {
    expect(error(parseCsv('a,label\n1,x\n2,x'))).toBe(
      "column 'label' holds a single class ('x'): at least 2 classes are needed",
    );
    const rows = Array.from({ length: 60 }, (_, i) => `${i},${i * 1.5}`);
    expect(error(parseCsv(['a,price', ...rows].join('\n')))).toBe(
      "column 'price' holds 60 different values, more than the 50 classes accepted: is it the label column?",
    );
  });

  it('enforces the row and size limits', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `${i},${i % 2}`);
    expect(error(parseCsv(['a,label', ...rows].join('\n'), { maxRows: 5 }))).toBe(
      'row 7: the file has more than 5 data rows (the limit)',
    );
    expect(error(parseCsv('a,label\n1,2', { maxChars: 4 }))).toMatch(/^the file is too large/);
  });
});

describe('parseSklearnCsv', () => {
  it('reads the header `rows,features,class names` and integer labels', () => {
    const data = dataset(parseSklearnCsv('3,2,setosa,versicolor\n5.1,3.5,0\n4.9,3.0,1\n4.7,3.2,0\n'));
    expect(data.count).toBe(3);
    expect(data.classNames).toEqual(['setosa', 'versicolor']);
    expect([...data.labels]).toEqual([0, 1, 0]);
    expect([...data.features]).toEqual([5.1, 3.5, 4.9, 3.0, 4.7, 3.2].map(Math.fround));
  });

  it('reads a headerless file with a given layout', () => {
    const data = dataset(parseSklearnCsv('0,16,9\n3,4,0\n', { numFeatures: 2, numClasses: 10 }));
    expect(data.numClasses).toBe(10);
    expect(data.classNames[9]).toBe('9');
    expect([...data.labels]).toEqual([9, 0]);
    expect([...data.features]).toEqual([0, 16, 3, 4]);
    // A headerless file keeps its own line numbers: the bad value is on line 2.
    const layout = { numFeatures: 2, numClasses: 3 };
    expect(error(parseSklearnCsv('1,2,0\n1,?,1', layout))).toBe(
      "row 2, column 'feature 2': '?' is not a number",
    );
  });

  it('rejects a truncated file, a bad header, a bad label, a short row', () => {
    expect(error(parseSklearnCsv('3,1,a,b\n1,0\n2,1\n'))).toBe(
      'the header announces 3 rows, found 2: the file is truncated or altered',
    );
    expect(error(parseSklearnCsv('x,1,a,b\n1,0'))).toBe(
      "row 1: expected the header `rows,features,class names...`, found 'x,1,a,b'",
    );
    expect(error(parseSklearnCsv('2,1,a,b\n1,0\n1,2'))).toBe(
      "column 'class index': expected whole numbers from 0 to 1, found '2'",
    );
    expect(error(parseSklearnCsv('2,1,a,b\n1,0\n1,0.5'))).toBe(
      "column 'class index': expected whole numbers from 0 to 1, found '0.5'",
    );
    expect(error(parseSklearnCsv('1,2,a,b\n1,0'))).toBe('row 2: expected 3 values like the header, found 2');
    expect(error(parseSklearnCsv('2,2,a,b\n1,x,0\n3,4,1'))).toBe(
      "row 2, column 'feature 2': 'x' is not a number",
    );
  });
});
