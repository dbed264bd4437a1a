/**
 * The data worker's entry: loads shipped sets (fetch with progress, gunzip, decode), parses a
 * person's CSV and analyses data sets, so that none of it blocks the page. Holds no tfjs.
 */
import { analyseSplit } from '../../core/datasets/analysis';
import { CSV_MAX_ROWS } from '../../core/datasets/csv';
import { type ParsedFile, parseFile, readingOf } from '../../core/datasets/csvReading';
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

/** The last file read, kept so that a change of label or columns does not read it again. */
let lastFile: { readonly fileId: number; readonly text: string; parsed: ParsedFile } | null = null;

const CSV_LIMITS = { maxRows: CSV_MAX_ROWS, maxClasses: CUSTOM_MAX_CLASSES };

async function readCsv(command: Extract<DataCommand, { type: 'readCsv' }>): Promise<void> {
  const { requestId, fileId, dialect } = command;
  const text = lastFile?.fileId === fileId ? lastFile.text : await command.file.text();
  const isSameDialect =
    lastFile?.fileId === fileId &&
    (dialect === undefined ||
      (dialect.separator === lastFile.parsed.dialect.separator &&
        dialect.decimalMark === lastFile.parsed.dialect.decimalMark));
  const parsed =
    isSameDialect && lastFile
      ? lastFile.parsed
      : parseFile(text, dialect, CSV_LIMITS, (doneChars, totalChars) =>
          post({ type: 'loadProgressed', requestId, receivedBytes: doneChars, totalBytes: totalChars }),
        );
  lastFile = { fileId, text, parsed };
  const reading = readingOf(parsed, command.fileName, command.settings, CSV_LIMITS);
  const transfer = reading.outcome.ok ? customDataBuffers(reading.outcome.dataset) : [];
  post({ type: 'csvRead', requestId, reading }, transfer);
}

self.addEventListener('message', (message: MessageEvent<DataCommand>) => {
  const command = message.data;
  const work = command.type === 'analyse' ? analyse(command) : readCsv(command);
  work.catch((error: unknown) =>
    post({ type: 'failed', requestId: command.requestId, message: refOfError(error) }),
  );
});
