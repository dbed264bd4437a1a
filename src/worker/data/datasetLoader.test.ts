import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeShipped, type ShippedHeader } from '../../core/datasets/shipped';
import type { DatasetConfig } from '../../core/experiment/experiment';
import { textOf } from '../../core/i18n/translate';
import { refOfError } from '../../train/shared/messageError';
import { fetchShipped, loadSplit, ShippedCache, shippedFileUrl } from './datasetLoader';

/** How the page words a failed load (the worker sends a reference, the page fills it in); '' when it succeeds. */
const failureText = (loading: Promise<unknown>): Promise<string> =>
  loading.then(
    () => '',
    (error: unknown) => textOf(refOfError(error)),
  );

/** A tiny Iris-shaped file: 10 rows of 4 features, 3 classes. */
const HEADER: ShippedHeader = {
  id: 'iris',
  name: 'Iris',
  kind: 'tabular',
  shape: [4],
  classNames: ['setosa', 'versicolor', 'virginica'],
  featureNames: ['a', 'b', 'c', 'd'],
  count: 10,
  split: null,
  pixelMax: null,
  licence: 'test',
};
const RAW = encodeShipped(
  HEADER,
  Uint8Array.from({ length: 10 }, (_, i) => i % 3),
  Float32Array.from({ length: 40 }, (_, i) => (i % 4) * 10 + Math.floor(i / 4)),
);

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Serves `body` for every fetch, recording the URLs asked for. */
function serve(body: Uint8Array | null, status = 200): string[] {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      if (body === null) throw new TypeError('Failed to fetch');
      return new Response(body as Uint8Array<ArrayBuffer>, {
        status,
        statusText: status === 200 ? 'OK' : 'Not Found',
        headers: { 'Content-Length': String(body.length) },
      });
    }),
  );
  return urls;
}

const BASE = 'https://example.org/app/datasets/';

describe('fetchShipped', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves the file name against the datasets folder', () => {
    expect(shippedFileUrl('iris', BASE)).toBe('https://example.org/app/datasets/iris.bin.gz');
    expect(shippedFileUrl('fashionMnist', 'http://h/sub/datasets/')).toBe(
      'http://h/sub/datasets/fashion-mnist.bin.gz',
    );
  });

  it('gunzips in the browser and reports progress up to the full length', async () => {
    const compressed = await gzip(RAW);
    const urls = serve(compressed);
    const progress: number[] = [];
    const shipped = await fetchShipped('iris', BASE, ({ receivedBytes, totalBytes }) => {
      expect(totalBytes).toBe(compressed.length);
      progress.push(receivedBytes);
    });
    expect(urls).toEqual([`${BASE}iris.bin.gz`]);
    expect(shipped.header.name).toBe('Iris');
    expect(shipped.dataset.count).toBe(10);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(compressed.length);
  });

  it('takes bytes the host already unpacked (Content-Encoding: gzip) as they are', async () => {
    serve(RAW);
    expect((await fetchShipped('iris', BASE)).dataset.numClasses).toBe(3);
  });

  it('names the set and the cause when the server refuses, the network fails or the file is damaged', async () => {
    serve(RAW, 404);
    expect(await failureText(fetchShipped('iris', BASE))).toBe(
      'Could not load Iris: the server answered 404 Not Found.',
    );
    serve(null);
    expect(await failureText(fetchShipped('iris', BASE))).toMatch(/Could not load Iris: Failed to fetch/);
    serve(RAW.subarray(0, RAW.length - 3));
    expect(await failureText(fetchShipped('iris', BASE))).toMatch(/The file of Iris is damaged: .*truncated/);
  });
});

describe('ShippedCache and loadSplit', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const config: DatasetConfig = {
    id: 'iris',
    noise: 0,
    numPoints: 500,
    trainFraction: 0.8,
    seed: 3,
    numClasses: 3,
  };

  it('fetches a set once for runs that follow, and again after a failure', async () => {
    const urls = serve(RAW);
    const cache = new ShippedCache();
    const first = await loadSplit({ config, datasetsUrl: BASE }, cache);
    const second = await loadSplit({ config: { ...config, seed: 4 }, datasetsUrl: BASE }, cache);
    expect(urls).toHaveLength(1);
    expect(first.train.count).toBe(8);
    expect(second.train.features).not.toEqual(first.train.features);
    // Tabular data is standardised from the training split: its features have mean 0 there.
    const meanOfFirstFeature = Array.from(
      { length: 8 },
      (_, i) => first.train.features[4 * i] as number,
    ).reduce((sum, value) => sum + value / 8, 0);
    expect(meanOfFirstFeature).toBeCloseTo(0, 5);

    serve(null);
    const failing = new ShippedCache();
    expect(await failureText(loadSplit({ config, datasetsUrl: BASE }, failing))).toMatch(
      /Could not load Iris/,
    );
    const retried = serve(RAW);
    await loadSplit({ config, datasetsUrl: BASE }, failing);
    expect(retried).toHaveLength(1);
  });

  it('makes generated and own data without fetching anything', async () => {
    const urls = serve(RAW);
    const cache = new ShippedCache();
    const spiral = await loadSplit({ config: { ...config, id: 'spiral', numClasses: 3 } }, cache);
    expect(spiral.numClasses).toBe(3);
    await expect(loadSplit({ config: { ...config, id: 'custom' } }, cache)).rejects.toThrow(/none is loaded/);
    expect(urls).toEqual([]);
  });
});
