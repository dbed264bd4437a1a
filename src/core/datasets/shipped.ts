/**
 * The compact binary format of the data sets shipped under public/datasets (gzip is applied on top):
 *
 *   bytes 0-3    ASCII "TPDS"
 *   bytes 4-7    format version, uint32 little-endian (1)
 *   bytes 8-11   header length H in bytes, uint32 little-endian
 *   next H       header, UTF-8 JSON (ShippedHeader)
 *   next count   labels, one byte per example (class index)
 *   the rest     features, example after example: bytes for images, float32 little-endian for tabular data
 *
 * Pre-split sets store their training examples first, then their test examples.
 */

import type { ShippedKind } from './catalogue';
import { splitDataset } from './generate';
import type { Dataset, LabeledData, SplitDataset } from './types';

/** JSON header of a shipped data set. */
export interface ShippedHeader {
  readonly id: string;
  readonly name: string;
  readonly kind: ShippedKind;
  /** Shape of one example: [height, width, 1] for images, [numFeatures] for tabular data. */
  readonly shape: number[];
  /** Class names by class index. */
  readonly classNames: string[];
  /** Column names of tabular data; empty for images. */
  readonly featureNames: string[];
  /** Number of examples, training and test together. */
  readonly count: number;
  /** Sizes of the fixed split (training first), or null when the app splits by seed. */
  readonly split: { readonly train: number; readonly test: number } | null;
  /** Stored byte that means full intensity (255, or 16 for the 8x8 digits); null for tabular data. */
  readonly pixelMax: number | null;
  /** Source and licence, one line. */
  readonly licence: string;
}

/** A decoded shipped data set: its header and its examples (pixels scaled to 0..1). */
export interface ShippedDataset {
  readonly header: ShippedHeader;
  readonly dataset: Dataset;
}

/** The four bytes every shipped file (after gunzip) starts with. */
export const SHIPPED_MAGIC = 'TPDS';
/** The format version this code writes and reads. */
export const SHIPPED_VERSION = 1;

const PREAMBLE_BYTES = 12;
/** A header beyond this is not a header: a guard before allocating for a corrupt length. */
const MAX_HEADER_BYTES = 1 << 20;

const exampleSize = (shape: readonly number[]): number => shape.reduce((product, size) => product * size, 1);

/** True when bytes start like a gzip stream (0x1f 0x8b): the caller forgot to gunzip. */
export function isGzipped(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Encodes a data set: pixels as bytes (Uint8Array) for images, Float32Array for tabular data. */
export function encodeShipped(
  header: ShippedHeader,
  labels: Uint8Array,
  values: Uint8Array | Float32Array,
): Uint8Array {
  checkHeader(header);
  const valueCount = header.count * exampleSize(header.shape);
  if (labels.length !== header.count)
    throw new Error(`labels: expected ${header.count}, found ${labels.length}`);
  if (values.length !== valueCount)
    throw new Error(`features: expected ${valueCount} values, found ${values.length}`);
  if ((header.kind === 'image') !== values instanceof Uint8Array) {
    throw new Error(
      `features: ${header.kind} data needs ${header.kind === 'image' ? 'Uint8Array' : 'Float32Array'}`,
    );
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bytesPerValue = values instanceof Uint8Array ? 1 : 4;
  const out = new Uint8Array(
    PREAMBLE_BYTES + headerBytes.length + labels.length + valueCount * bytesPerValue,
  );
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(SHIPPED_MAGIC), 0);
  view.setUint32(4, SHIPPED_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, PREAMBLE_BYTES);
  const labelsStart = PREAMBLE_BYTES + headerBytes.length;
  out.set(labels, labelsStart);
  const valuesStart = labelsStart + labels.length;
  if (values instanceof Uint8Array) out.set(values, valuesStart);
  else
    for (let i = 0; i < values.length; i++) view.setFloat32(valuesStart + 4 * i, values[i] as number, true);
  return out;
}

/**
 * Decodes a gunzipped shipped file into its header and a Dataset (pixels divided by pixelMax).
 * Throws an Error naming the part at fault when the file is truncated, padded or malformed.
 */
export function decodeShipped(bytes: Uint8Array): ShippedDataset {
  if (isGzipped(bytes))
    throw new Error('shipped data set: the file is still gzip-compressed; gunzip it first');
  if (bytes.length < PREAMBLE_BYTES) {
    throw new Error(
      `shipped data set: expected at least ${PREAMBLE_BYTES} bytes, found ${bytes.length}: truncated`,
    );
  }
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic !== SHIPPED_MAGIC)
    throw new Error(`shipped data set: expected magic '${SHIPPED_MAGIC}', found '${magic}'`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== SHIPPED_VERSION)
    throw new Error(`shipped data set: expected version ${SHIPPED_VERSION}, found ${version}`);
  const headerLength = view.getUint32(8, true);
  if (headerLength > MAX_HEADER_BYTES || PREAMBLE_BYTES + headerLength > bytes.length) {
    throw new Error(
      `shipped data set: header of ${headerLength} bytes does not fit in ${bytes.length} bytes: truncated`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)),
    );
  } catch {
    throw new Error('shipped data set: the header is not valid JSON');
  }
  const header = checkHeader(parsed);
  const numFeatures = exampleSize(header.shape);
  const bytesPerValue = header.kind === 'image' ? 1 : 4;
  const labelsStart = PREAMBLE_BYTES + headerLength;
  const valuesStart = labelsStart + header.count;
  const expectedLength = valuesStart + header.count * numFeatures * bytesPerValue;
  if (bytes.length !== expectedLength) {
    const what = bytes.length < expectedLength ? 'truncated' : 'unexpected bytes after the data';
    throw new Error(
      `shipped data set '${header.id}': expected ${expectedLength} bytes, found ${bytes.length}: ${what}`,
    );
  }
  const labels = bytes.slice(labelsStart, valuesStart);
  const badLabel = labels.findIndex((label) => label >= header.classNames.length);
  if (badLabel >= 0) {
    throw new Error(
      `shipped data set '${header.id}': example ${badLabel} has label ${labels[badLabel]}, expected 0 to ${header.classNames.length - 1}`,
    );
  }
  const features = new Float32Array(header.count * numFeatures);
  if (header.kind === 'image') {
    const scale = 1 / (header.pixelMax ?? 255);
    const pixels = bytes.subarray(valuesStart);
    for (let i = 0; i < features.length; i++) features[i] = (pixels[i] as number) * scale;
  } else {
    for (let i = 0; i < features.length; i++) features[i] = view.getFloat32(valuesStart + 4 * i, true);
  }
  const dataset: Dataset = {
    features,
    labels,
    count: header.count,
    numFeatures,
    numClasses: header.classNames.length,
    exampleShape: header.shape,
    task: 'classification',
  };
  return { header, dataset };
}

/** Training and test parts of a shipped set: its fixed split if it has one, else a seeded shuffle. */
export function splitShipped(shipped: ShippedDataset, trainFraction: number, seed: number): SplitDataset {
  const { header, dataset } = shipped;
  if (header.split === null) return splitDataset(dataset, trainFraction, seed);
  const width = dataset.numFeatures;
  const part = (start: number, end: number): LabeledData => ({
    features: dataset.features.subarray(start * width, end * width),
    labels: dataset.labels.subarray(start, end),
    count: end - start,
  });
  return {
    train: part(0, header.split.train),
    test: part(header.split.train, dataset.count),
    numFeatures: width,
    numClasses: dataset.numClasses,
    exampleShape: dataset.exampleShape,
    task: dataset.task,
  };
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The header if every field has the right type and the fields agree; else an Error naming the field. */
function checkHeader(value: unknown): ShippedHeader {
  const bad = (field: string, expected: string): never => {
    throw new Error(`shipped data set header: field '${field}' should be ${expected}`);
  };
  if (typeof value !== 'object' || value === null) return bad('(root)', 'an object');
  const header = value as Partial<Record<keyof ShippedHeader, unknown>>;
  if (typeof header.id !== 'string' || header.id === '') bad('id', 'a non-empty string');
  if (typeof header.name !== 'string') bad('name', 'a string');
  if (header.kind !== 'tabular' && header.kind !== 'image') bad('kind', "'tabular' or 'image'");
  const shape = header.shape;
  if (!Array.isArray(shape) || shape.length === 0 || !shape.every((size) => isCount(size) && size > 0)) {
    bad('shape', 'a list of positive whole numbers');
  }
  if (!isStringArray(header.classNames) || header.classNames.length < 2 || header.classNames.length > 256) {
    bad('classNames', 'a list of 2 to 256 names');
  }
  const featureCount = header.kind === 'tabular' && Array.isArray(shape) ? exampleSize(shape) : 0;
  if (!isStringArray(header.featureNames) || header.featureNames.length !== featureCount) {
    bad('featureNames', `a list of ${featureCount} names (one per tabular feature, none for images)`);
  }
  if (!isCount(header.count)) bad('count', 'a whole number');
  const split = header.split as { train?: unknown; test?: unknown } | null | undefined;
  if (
    split !== null &&
    !(isCount(split?.train) && isCount(split?.test) && split.train + split.test === header.count)
  ) {
    bad('split', `null or { train, test } adding up to count (${String(header.count)})`);
  }
  const isImage = header.kind === 'image';
  if (isImage ? !(isCount(header.pixelMax) && header.pixelMax > 0) : header.pixelMax !== null) {
    bad('pixelMax', isImage ? 'a positive whole number for images' : 'null for tabular data');
  }
  if (typeof header.licence !== 'string') bad('licence', 'a string');
  return value as ShippedHeader;
}
