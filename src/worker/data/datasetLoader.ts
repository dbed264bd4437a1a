/**
 * Fetching the shipped data sets, in either worker: a relative URL resolved against the folder the
 * page says, the body read with progress, gunzipped in the browser (unless the host already did),
 * decoded and kept for the next run. Nothing here touches the DOM or tfjs.
 */
import { SHIPPED_DATASETS } from '../../core/datasets/catalogue';
import type { CustomDataset } from '../../core/datasets/custom';
import { prepareSplit } from '../../core/datasets/prepare';
import { decodeShipped, isGzipped, type ShippedDataset } from '../../core/datasets/shipped';
import type { SplitDataset } from '../../core/datasets/types';
import type { DatasetConfig, ShippedDatasetId } from '../../core/experiment/experiment';
import { isShippedDatasetId } from '../../core/registries/datasets';
import { messageOf } from '../../core/util/messageOf';
import { MessageError } from '../../train/shared/messageError';

/** Bytes of a shipped file received so far; total from Content-Length when the host sends it. */
export interface LoadProgress {
  readonly receivedBytes: number;
  readonly totalBytes: number | null;
}

/** Relative folder of the shipped files, beside index.html (public/datasets in the source tree). */
export const DATASETS_FOLDER = './datasets/';

/** Address of a shipped set's file: its name resolved against the datasets folder's absolute URL. */
export function shippedFileUrl(id: ShippedDatasetId, datasetsUrl: string): string {
  return new URL(SHIPPED_DATASETS[id].fileName, datasetsUrl).href;
}

/** Reads a response body, reporting bytes as they arrive. */
async function readWithProgress(
  response: Response,
  onProgress: ((progress: LoadProgress) => void) | undefined,
): Promise<Uint8Array> {
  const length = Number(response.headers.get('Content-Length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body || !onProgress) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;
  onProgress({ receivedBytes, totalBytes });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    receivedBytes += value.length;
    // A host that gzips on the fly announces the compressed length but streams more: cap the total.
    onProgress({
      receivedBytes,
      totalBytes: totalBytes === null ? null : Math.max(totalBytes, receivedBytes),
    });
  }
  const bytes = new Uint8Array(receivedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Gunzips in the browser with DecompressionStream. */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Fetches, gunzips and decodes one shipped set. Throws a MessageError a learner can read, naming the
 * set and what went wrong (unreachable, refused by the server, damaged); the page words it and puts
 * the set's name in its own language in place of the English `name` sent.
 */
export async function fetchShipped(
  id: ShippedDatasetId,
  datasetsUrl: string,
  onProgress?: (progress: LoadProgress) => void,
): Promise<ShippedDataset> {
  const name = SHIPPED_DATASETS[id].label;
  let response: Response;
  try {
    response = await fetch(shippedFileUrl(id, datasetsUrl));
  } catch (error) {
    throw new MessageError({ key: 'dataset.error.unreachable', params: { name, detail: messageOf(error) } });
  }
  if (!response.ok) {
    const answer = `${response.status} ${response.statusText}`.trim();
    throw new MessageError({ key: 'dataset.error.refused', params: { name, answer } });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readWithProgress(response, onProgress);
    // Some static hosts serve .gz with Content-Encoding: gzip, and the browser has already unpacked it.
    if (isGzipped(bytes)) bytes = await gunzip(bytes);
  } catch (error) {
    throw new MessageError({ key: 'dataset.error.reading', params: { name, detail: messageOf(error) } });
  }
  try {
    return decodeShipped(bytes);
  } catch (error) {
    throw new MessageError({ key: 'dataset.error.damaged', params: { name, detail: messageOf(error) } });
  }
}

/**
 * Decoded shipped sets kept for the next run, the most recent `capacity` of them (Fashion-MNIST
 * decoded is 38 MB); concurrent requests for one set share one fetch.
 */
export class ShippedCache {
  private readonly entries = new Map<ShippedDatasetId, Promise<ShippedDataset>>();

  constructor(private readonly capacity = 2) {}

  /** The set, fetched on first use; a failed fetch is forgotten so that the next request retries. */
  get(
    id: ShippedDatasetId,
    datasetsUrl: string,
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<ShippedDataset> {
    const cached = this.entries.get(id);
    if (cached) {
      // Most recently used last, so that eviction drops the oldest.
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached;
    }
    const loading = fetchShipped(id, datasetsUrl, onProgress);
    this.entries.set(id, loading);
    loading.catch(() => {
      if (this.entries.get(id) === loading) this.entries.delete(id);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return loading;
  }
}

/** What a run's data is made from: the config, and own data or where shipped files are, when needed. */
export interface DatasetRequest {
  readonly config: DatasetConfig;
  readonly customData?: CustomDataset;
  /** Absolute URL of the folder of shipped files; the worker's own location is a fallback. */
  readonly datasetsUrl?: string;
}

/**
 * Where shipped files are when the page did not say: beside index.html, one level above the
 * worker's chunk in assets/ (true of the production build, not of the dev server).
 */
function fallbackDatasetsUrl(): string {
  return new URL(`.${DATASETS_FOLDER}`, globalThis.location.href).href;
}

/** The training-ready split of a request: generated at once, fetched through `cache`, or made from own data. */
export async function loadSplit(request: DatasetRequest, cache: ShippedCache): Promise<SplitDataset> {
  const { config, customData } = request;
  if (!isShippedDatasetId(config.id)) return prepareSplit(config, customData ? { custom: customData } : {});
  const shipped = await cache.get(config.id, request.datasetsUrl ?? fallbackDatasetsUrl());
  return prepareSplit(config, { shipped });
}
