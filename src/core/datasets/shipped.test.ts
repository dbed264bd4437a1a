import { describe, expect, it } from 'vitest';
import { decodeShipped, encodeShipped, isGzipped, type ShippedHeader, splitShipped } from './shipped';

const IMAGE_HEADER: ShippedHeader = {
  id: 'tiny',
  name: 'Tiny images',
  kind: 'image',
  shape: [2, 2, 1],
  classNames: ['dark', 'light'],
  featureNames: [],
  count: 3,
  split: { train: 2, test: 1 },
  pixelMax: 255,
  licence: 'test data, public domain',
};

const TABLE_HEADER: ShippedHeader = {
  id: 'table',
  name: 'Table',
  kind: 'tabular',
  shape: [2],
  classNames: ['a', 'b', 'c'],
  featureNames: ['x', 'y'],
  count: 2,
  split: null,
  pixelMax: null,
  licence: 'test data',
};

const imageBytes = (): Uint8Array =>
  encodeShipped(
    IMAGE_HEADER,
    new Uint8Array([0, 1, 1]),
    new Uint8Array([0, 51, 102, 255, 255, 255, 0, 0, 10, 20, 30, 40]),
  );

describe('shipped format', () => {
  it('round-trips an image set, scaling bytes to 0..1', () => {
    const { header, dataset } = decodeShipped(imageBytes());
    expect(header).toEqual(IMAGE_HEADER);
    expect(dataset.count).toBe(3);
    expect(dataset.numFeatures).toBe(4);
    expect(dataset.numClasses).toBe(2);
    expect([...dataset.labels]).toEqual([0, 1, 1]);
    expect(dataset.features[1]).toBeCloseTo(0.2, 6);
    expect(dataset.features[3]).toBe(1);
    expect(dataset.features.length).toBe(12);
  });

  it('scales by pixelMax (the 8x8 digits store 0..16)', () => {
    const header = { ...IMAGE_HEADER, pixelMax: 16 };
    const bytes = encodeShipped(header, new Uint8Array(3), new Uint8Array(12).fill(8));
    expect(decodeShipped(bytes).dataset.features[0]).toBe(0.5);
  });

  it('round-trips float32 tabular data exactly, including negatives', () => {
    const values = new Float32Array([5.1, -3.25, 1e-7, 12345.678]);
    const { header, dataset } = decodeShipped(encodeShipped(TABLE_HEADER, new Uint8Array([2, 0]), values));
    expect(header.featureNames).toEqual(['x', 'y']);
    expect([...dataset.features]).toEqual([...values]);
    expect([...dataset.labels]).toEqual([2, 0]);
  });

  it('rejects every truncation of a valid file', () => {
    const bytes = imageBytes();
    for (let length = 0; length < bytes.length; length++) {
      expect(() => decodeShipped(bytes.subarray(0, length))).toThrow(/truncated|magic|not valid JSON/);
    }
  });

  it('names the expected and found lengths of truncated data, and refuses padding', () => {
    const bytes = imageBytes();
    expect(() => decodeShipped(bytes.subarray(0, bytes.length - 1))).toThrow(
      `shipped data set 'tiny': expected ${bytes.length} bytes, found ${bytes.length - 1}: truncated`,
    );
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    expect(() => decodeShipped(padded)).toThrow('unexpected bytes after the data');
  });

  it('rejects gzip input, a wrong magic, a wrong version', () => {
    expect(isGzipped(new Uint8Array([0x1f, 0x8b, 8]))).toBe(true);
    expect(() => decodeShipped(new Uint8Array([0x1f, 0x8b, 8, 0]))).toThrow('still gzip-compressed');
    const wrongMagic = imageBytes();
    wrongMagic[0] = 0x58;
    expect(() => decodeShipped(wrongMagic)).toThrow("expected magic 'TPDS', found 'XPDS'");
    const wrongVersion = imageBytes();
    wrongVersion[4] = 2;
    expect(() => decodeShipped(wrongVersion)).toThrow('expected version 1, found 2');
  });

  it('rejects a label beyond the class names', () => {
    const bytes = imageBytes();
    const labelsStart = bytes.length - 12 - 3;
    bytes[labelsStart + 2] = 5;
    expect(() => decodeShipped(bytes)).toThrow(
      "shipped data set 'tiny': example 2 has label 5, expected 0 to 1",
    );
  });

  it('validates header fields on encode and decode', () => {
    expect(() =>
      encodeShipped({ ...TABLE_HEADER, featureNames: ['x'] }, new Uint8Array(2), new Float32Array(4)),
    ).toThrow("field 'featureNames' should be a list of 2 names");
    expect(() =>
      encodeShipped({ ...IMAGE_HEADER, split: { train: 1, test: 1 } }, new Uint8Array(3), new Uint8Array(12)),
    ).toThrow("field 'split' should be null or { train, test } adding up to count (3)");
    expect(() => encodeShipped(IMAGE_HEADER, new Uint8Array(3), new Float32Array(12))).toThrow(
      'image data needs Uint8Array',
    );
    expect(() => encodeShipped(IMAGE_HEADER, new Uint8Array(2), new Uint8Array(12))).toThrow(
      'labels: expected 3, found 2',
    );
  });

  it('splits a pre-split set at its stored counts, training first', () => {
    const split = splitShipped(decodeShipped(imageBytes()), 0.5, 1);
    expect(split.train.count).toBe(2);
    expect(split.test.count).toBe(1);
    expect([...split.test.labels]).toEqual([1]);
    expect(split.test.features[0]).toBeCloseTo(10 / 255, 6);
  });

  it('splits an unsplit set by seed and fraction', () => {
    const values = new Float32Array(20).map((_, i) => i);
    const header = { ...TABLE_HEADER, count: 10 };
    const shipped = decodeShipped(
      encodeShipped(
        header,
        new Uint8Array(10).map((_, i) => i % 3),
        values,
      ),
    );
    const split = splitShipped(shipped, 0.8, 7);
    expect(split.train.count).toBe(8);
    expect(split.test.count).toBe(2);
    expect(splitShipped(shipped, 0.8, 7).test.features).toEqual(split.test.features);
  });
});
