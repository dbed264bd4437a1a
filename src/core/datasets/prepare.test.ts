import { describe, expect, it } from 'vitest';
import type { DatasetConfig } from '../experiment/experiment';
import { t, textOf } from '../i18n/translate';
import { analyseSplit, IMAGES_PER_CLASS, MAX_PREVIEW_POINTS } from './analysis';
import { parseCsv } from './csv';
import type { CustomDataset } from './custom';
import { drawnPointsDataset } from './custom';
import { namesFor, prepareSplit } from './prepare';
import { decodeShipped, encodeShipped, type ShippedHeader } from './shipped';

const config = (overrides: Partial<DatasetConfig>): DatasetConfig => ({
  id: 'spiral',
  noise: 0.1,
  numPoints: 500,
  trainFraction: 0.75,
  seed: 2,
  numClasses: 2,
  ...overrides,
});

const csvData = (text: string): CustomDataset => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(textOf(parsed.error));
  return { ...parsed.dataset, source: 'csv', name: 'test.csv' };
};

/** 8 rows, a feature on a large scale and one on a small scale, two classes. */
const CSV = [
  'big,small,label',
  ...Array.from({ length: 8 }, (_, i) => `${1000 + 100 * i},${i / 100},${i % 2 ? 'b' : 'a'}`),
].join('\n');

const IMAGES: ShippedHeader = {
  id: 'digits',
  name: 'Digits',
  kind: 'image',
  shape: [2, 2, 1],
  classNames: ['zero', 'one', 'two'],
  featureNames: [],
  count: 6,
  split: { train: 4, test: 2 },
  pixelMax: 16,
  licence: 'test',
};

describe('prepareSplit', () => {
  it('standardises a CSV with its training split only, keeps drawn points on the plane', () => {
    const split = prepareSplit(config({ id: 'custom' }), { custom: csvData(CSV) });
    expect(split.train.count).toBe(6);
    for (let f = 0; f < 2; f++) {
      const values = Array.from({ length: 6 }, (_, i) => split.train.features[2 * i + f] as number);
      const mean = values.reduce((sum, value) => sum + value, 0) / 6;
      const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 6;
      expect(mean).toBeCloseTo(0, 5);
      expect(variance).toBeCloseTo(1, 4);
    }
    const points = drawnPointsDataset([
      { x: 0.5, y: -0.5, classIndex: 0 },
      { x: -0.25, y: 1, classIndex: 2 },
    ]);
    const drawn = prepareSplit(config({ id: 'custom', trainFraction: 0.5 }), { custom: points });
    expect(drawn.numClasses).toBe(3);
    expect([...drawn.train.features, ...drawn.test.features].sort((a, b) => a - b)).toEqual([
      -0.5, -0.25, 0.5, 1,
    ]);
  });

  it('keeps a shipped fixed split and image pixels in 0..1', () => {
    const shipped = decodeShipped(
      encodeShipped(
        IMAGES,
        Uint8Array.from([0, 1, 2, 0, 1, 2]),
        Uint8Array.from({ length: 24 }, (_, i) => i % 17),
      ),
    );
    const split = prepareSplit(config({ id: 'digits', numClasses: 3 }), { shipped });
    expect(split.exampleShape).toEqual([2, 2, 1]);
    expect(split.train.count).toBe(4);
    expect(Math.max(...split.train.features)).toBeLessThanOrEqual(1);
    expect(() => prepareSplit(config({ id: 'mnist', numClasses: 10 }), { shipped })).toThrow(
      "Expected the data set 'mnist', but 'digits' was loaded.",
    );
  });

  it('generates what is generated, and asks for own data when there is none', () => {
    expect(prepareSplit(config({ id: 'gaussian', numClasses: 4 })).numClasses).toBe(4);
    expect(() => prepareSplit(config({ id: 'custom' }))).toThrow(/upload a CSV or draw points/);
  });
});

describe('analyseSplit', () => {
  it('previews points of the plane on fixed axes, with class names from the set', () => {
    const data = config({ id: 'gaussian', numClasses: 3, numPoints: 300 });
    const analysis = analyseSplit(prepareSplit(data), namesFor(data));
    expect(analysis.classNames).toEqual(['class 1', 'class 2', 'class 3']);
    expect(analysis.statistics.trainCount).toBe(225);
    expect(analysis.preview).toMatchObject({ kind: 'scatter', axes: 'plane', extent: 1.2, omittedCount: 0 });
  });

  it('previews a wide table by principal components, a large one by an even sample', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `${i % 7},${(i * 13) % 11},${i % 5},${i % 2}`);
    const custom = csvData(['a,b,c,label', ...rows].join('\n'));
    const data = config({ id: 'custom' });
    const analysis = analyseSplit(prepareSplit(data, { custom }), namesFor(data, custom));
    if (analysis.preview.kind !== 'scatter') throw new Error('expected a scatter');
    expect(analysis.preview.axes).toBe('pca');
    // The page words the axes from the shares: "1st principal component (NN% of the variance)".
    const [first = 0, second = 0] = analysis.preview.varianceShares ?? [];
    expect(first).toBeGreaterThan(0);
    expect(first + second).toBeLessThanOrEqual(1 + 1e-9);
    expect(t('dataset.preview.pc1', { percent: `${Math.round(first * 100)}%` })).toMatch(
      /^1st principal component \(\d+% of the variance\)$/,
    );
    const drawnCount = analysis.preview.train.labels.length + analysis.preview.test.labels.length;
    expect(drawnCount).toBeLessThanOrEqual(MAX_PREVIEW_POINTS + 1);
    expect(drawnCount + analysis.preview.omittedCount).toBe(4000);
  });

  it('previews images as sample grey levels per class', () => {
    const shipped = decodeShipped(
      encodeShipped(
        IMAGES,
        Uint8Array.from([0, 1, 2, 0, 1, 2]),
        Uint8Array.from({ length: 24 }, (_, i) => (i < 4 ? 16 : 0)),
      ),
    );
    const data = config({ id: 'digits', numClasses: 3 });
    const analysis = analyseSplit(prepareSplit(data, { shipped }), {
      classNames: IMAGES.classNames,
      isOnPlane: false,
    });
    if (analysis.preview.kind !== 'images') throw new Error('expected images');
    expect(analysis.preview.sampleCounts).toEqual([2, 1, 1]);
    expect(analysis.preview.pixels).toHaveLength(3 * IMAGES_PER_CLASS * 4);
    // The first training image (class 'zero') is all full intensity.
    expect([...analysis.preview.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(analysis.statistics.hints.map((hint) => textOf(hint.message))).toContain(
      'images of 2×2 pixels (4 inputs): convolutional layers can use neighbouring pixels; a dense network sees them as an unordered list',
    );
  });

  it('describes a regression set by its targets and hints at mean squared error', () => {
    const data = config({ id: 'bumps', numClasses: 1 });
    const analysis = analyseSplit(prepareSplit(data), namesFor(data));
    expect(analysis.statistics.task).toBe('regression');
    expect(analysis.statistics.targetSummary?.max).toBeLessThanOrEqual(1);
    expect(analysis.statistics.hints[0] && textOf(analysis.statistics.hints[0].message)).toBe(
      'a real number per point (regression): use mean squared error with one linear output',
    );
    if (analysis.preview.kind !== 'scatter') throw new Error('expected a scatter');
    expect(analysis.preview.train.targets).toHaveLength(analysis.preview.train.labels.length);
  });
});
