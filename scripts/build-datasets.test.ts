import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHIPPED_DATASET_IDS, SHIPPED_DATASETS, type ShippedDatasetId } from '../src/core/datasets/catalogue';
import { decodeShipped, splitShipped } from '../src/core/datasets/shipped';
import { classCounts } from '../src/core/datasets/statistics';

const datasetsDir = new URL('../public/datasets/', import.meta.url);
const fileOf = (id: ShippedDatasetId): URL => new URL(SHIPPED_DATASETS[id].fileName, datasetsDir);

/** Class counts of the whole file, known from the sources (MNIST: the mnist package's digit files). */
const EXPECTED_CLASS_COUNTS: Record<Exclude<ShippedDatasetId, 'fashionMnist'>, number[]> = {
  iris: [50, 50, 50],
  wine: [59, 71, 48],
  breastCancer: [212, 357],
  digits: [178, 182, 177, 183, 181, 182, 181, 179, 174, 180],
  mnist: [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978],
};

describe.each(SHIPPED_DATASET_IDS)('committed file of %s (made by scripts/build-datasets.ts)', (id) => {
  const spec = SHIPPED_DATASETS[id];

  // The files are committed: a missing one is a broken checkout or build, never a pass.
  it('exists', () => {
    expect(existsSync(fileOf(id)), `${fileOf(id).pathname} is missing`).toBe(true);
  });

  it('decodes to what the catalogue promises', () => {
    const { header, dataset } = decodeShipped(gunzipSync(readFileSync(fileOf(id))));
    expect(header.id).toBe(id);
    expect(header.classNames).toEqual(spec.classNames);
    expect(header.featureNames).toEqual(spec.featureNames);
    expect(header.shape).toEqual(spec.shape);
    expect(header.split).toEqual(spec.split);
    expect(header.licence).toBe(spec.licence);
    expect(dataset.count).toBe(spec.count);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const value of dataset.features) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    expect(Number.isFinite(min) && Number.isFinite(max)).toBe(true);
    if (spec.family === 'image') {
      expect(min).toBe(0);
      expect(max).toBe(1);
    }
    if (id === 'fashionMnist') {
      const split = splitShipped({ header, dataset }, 0.8, 1);
      expect(classCounts(split.train, 10)).toEqual(new Array(10).fill(1000));
      expect(classCounts(split.test, 10)).toEqual(new Array(10).fill(200));
    } else {
      expect(classCounts(dataset, spec.numClasses)).toEqual(EXPECTED_CLASS_COUNTS[id]);
    }
  });
});

describe('shipped files together', () => {
  it('stay under 15 MB and each has its licence noted', () => {
    const total = SHIPPED_DATASET_IDS.reduce((sum, id) => sum + readFileSync(fileOf(id)).length, 0);
    expect(total).toBeLessThan(15 * 1024 * 1024);
    const licences = readFileSync(new URL('LICENSES.md', datasetsDir), 'utf8');
    for (const id of SHIPPED_DATASET_IDS) {
      expect(licences).toContain(SHIPPED_DATASETS[id].fileName);
      expect(licences).toContain(SHIPPED_DATASETS[id].licence);
    }
  });
});
