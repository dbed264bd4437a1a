/**
 * The data worker's entry: loads shipped sets (fetch with progress, gunzip, decode), parses a
 * person's CSV and analyses data sets, so that none of it blocks the page. Holds no tfjs.
 */
import { analyseSplit } from '../../core/datasets/analysis';
import { parseCsv } from '../../core/datasets/csv';
import type { CustomDataset } from '../../core/datasets/custom';
import { namesFor, prepareSplit } from '../../core/datasets/prepare';
import { CUSTOM_MAX_CLASSES, isShippedDatasetId } from '../../core/registries/datasets';
import { refOfError } from '../../train/shared/messageError';
import { ShippedCache } from './datasetLoader';
import type { DataCommand, DataEvent } from './protocol';
import { analysisBuffers, customDataBuffers } from './transfer';

declare const self: DedicatedWorkerGlobalScope;

/** One decoded set is enough here: the panel shows one data set at a time. */
const shippedCache = new ShippedCache(1);

const post = (event: DataEvent, transfer: ArrayBuffer[] = []): void => self.postMessage(event, transfer);

async function analyse(command: Extract<DataCommand, { type: 'analyse' }>): Promise<void> {
  const { requestId, config, customData } = command;
  const startMs = performance.now();
  const shipped = isShippedDatasetId(config.id)
    ? await shippedCache.get(config.id, command.datasetsUrl, (progress) =>
        post({ type: 'loadProgressed', requestId, ...progress }),
      )
    : undefined;
  const split = prepareSplit(config, {
    ...(shipped ? { shipped } : {}),
    ...(customData ? { custom: customData } : {}),
  });
  const loadedMs = performance.now();
  const analysis = analyseSplit(split, namesFor(config, customData));
  const timing = {
    loadMs: loadedMs - startMs,
    analyseMs: performance.now() - loadedMs,
    where: 'worker' as const,
  };
  post({ type: 'analysed', requestId, analysis, timing }, analysisBuffers(analysis));
}

async function parse(command: Extract<DataCommand, { type: 'parseCsv' }>): Promise<void> {
  const text = await command.file.text();
  const result = parseCsv(text, { label: command.labelColumn, maxClasses: CUSTOM_MAX_CLASSES });
  if (!result.ok) {
    post({ type: 'failed', requestId: command.requestId, message: result.error });
    return;
  }
  const dataset: CustomDataset = { ...result.dataset, source: 'csv', name: command.fileName };
  post({ type: 'csvParsed', requestId: command.requestId, dataset }, customDataBuffers(dataset));
}

self.addEventListener('message', (message: MessageEvent<DataCommand>) => {
  const command = message.data;
  const work = command.type === 'analyse' ? analyse(command) : parse(command);
  work.catch((error: unknown) =>
    post({ type: 'failed', requestId: command.requestId, message: refOfError(error) }),
  );
});
