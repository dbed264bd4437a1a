/**
 * The baseline's examples, made exactly as the app makes them: generated 2-D sets from the
 * scenario's link decoded by the app's own codec, shipped sets from the app's own file and
 * decoder, split by the link's training share and data seed. Pure (no tfjs), so it runs in the
 * baseline worker and type-checks on both sides.
 */

import type { BaselineData } from '../../src/app/benchTypes';
import { buildSplitDataset } from '../../src/core/datasets/generate';
import { decodeShipped, isGzipped, splitShipped } from '../../src/core/datasets/shipped';
import type { SplitDataset } from '../../src/core/datasets/types';
import { decodeExperiment } from '../../src/core/link';

/** Gunzips a shipped file unless the server (or the browser) already did. */
async function gunzipped(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzipped(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Fetches a shipped file's bytes, or throws an Error that names the address and the status. */
async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The training and test examples of a scenario, the same the app trains on. */
export async function loadBaselineData(query: string, data: BaselineData): Promise<SplitDataset> {
  const { dataset } = decodeExperiment(query).experiment;
  if (data.kind === 'generated') return buildSplitDataset(dataset);
  const shipped = decodeShipped(await gunzipped(await fetchBytes(data.url)));
  return splitShipped(shipped, dataset.trainFraction, dataset.seed);
}
