/**
 * The page's side of data loading and analysis. Small sets that live on the plane (generated ones,
 * drawn points: at most 5,000 2-D points, a few milliseconds) are analysed at once on the page;
 * everything else (shipped files, CSV) goes to the data worker, started on first need, so that
 * nothing is fetched and no worker starts for the default experiment.
 */
import { analyseSplit, type DatasetAnalysis } from '../../core/datasets/analysis';
import type { CsvDialect } from '../../core/datasets/csvDialect';
import type { CsvReading } from '../../core/datasets/csvReading';
import type { CsvSettings } from '../../core/datasets/csvTable';
import type { CustomDataset } from '../../core/datasets/custom';
import { DataProblem } from '../../core/datasets/dataProblem';
import { namesFor, prepareSplit } from '../../core/datasets/prepare';
import type { DatasetConfig } from '../../core/experiment/experiment';
import type { MessageRef } from '../../core/i18n/catalogue';
import { isGeneratedDatasetId } from '../../core/registries/datasets';
import { DATASETS_FOLDER, type LoadProgress } from './datasetLoader';
import { datasetsFolderUrl } from './loadCommand';
import type { AnalysisTiming, DataCommand, DataEvent } from './protocol';
import { copyCustomData, customDataBuffers } from './transfer';

/** A config whose data is to be analysed, with own data when it is chosen. */
export interface AnalysisRequest {
  readonly config: DatasetConfig;
  readonly customData?: CustomDataset;
}

/** An analysis and how long it took. */
export interface AnalysisResult {
  readonly analysis: DatasetAnalysis;
  readonly timing: AnalysisTiming;
}

/** A CSV file to read: `fileId` tells the same file from a new one; dialect and settings default when absent. */
export interface CsvReadRequest {
  readonly fileId: number;
  readonly file: Blob;
  readonly fileName: string;
  readonly dialect?: CsvDialect;
  readonly settings?: CsvSettings;
}

/** Loads, parses and analyses data sets for the store; a fake in tests. */
export interface DatasetService {
  /** Rejects with a DataProblem whose reference a learner can read (any other error is a bug). */
  analyse(request: AnalysisRequest, onProgress?: (progress: LoadProgress) => void): Promise<AnalysisResult>;
  /** Reads a CSV in the data worker; its problems come in the reading, a DataProblem only if the worker fails. */
  readCsv(request: CsvReadRequest, onProgress?: (progress: LoadProgress) => void): Promise<CsvReading>;
}

interface Pending {
  readonly resolve: (event: DataEvent) => void;
  readonly reject: (error: DataProblem) => void;
  readonly onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/** True when a request's data is small and on the plane: analysed on the page. */
function isLocal(request: AnalysisRequest): boolean {
  return (
    isGeneratedDatasetId(request.config.id) ||
    (request.config.id === 'custom' && request.customData?.source === 'points')
  );
}

/** Analyses on the page, for small 2-D sets. */
function analyseHere(request: AnalysisRequest): AnalysisResult {
  const startMs = performance.now();
  const custom = request.customData;
  const split = prepareSplit(request.config, custom ? { custom } : {});
  const loadedMs = performance.now();
  const analysis = analyseSplit(split, namesFor(request.config, custom));
  return {
    analysis,
    timing: { loadMs: loadedMs - startMs, analyseMs: performance.now() - loadedMs, where: 'page' },
  };
}

/** Starts the data worker; injectable so that tests can play the worker's side. */
export type DataWorkerFactory = () => Worker;

const startDataWorker: DataWorkerFactory = () =>
  new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'data' });

/** A crash in words: the thrown text without the browser's "Uncaught Error: " prefix; a dying thread may give none. */
function crashMessage(thrown: string): MessageRef {
  const detail = thrown.replace(/^Uncaught\s+(\w*Error:\s*)?/, '');
  return detail === ''
    ? { key: 'dataset.error.workerStoppedUnknown' }
    : { key: 'dataset.error.workerStopped', params: { detail } };
}

/** The real service: the page for small sets, a lazily started data worker for the rest. */
export class DataClient implements DatasetService {
  private worker: Worker | null = null;
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: DataWorkerFactory = startDataWorker) {}

  analyse(request: AnalysisRequest, onProgress?: (progress: LoadProgress) => void): Promise<AnalysisResult> {
    if (isLocal(request)) {
      try {
        return Promise.resolve(analyseHere(request));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    const custom = request.customData ? copyCustomData(request.customData) : undefined;
    return this.call(
      (requestId) => ({
        type: 'analyse',
        requestId,
        config: request.config,
        ...(custom ? { customData: custom } : {}),
        datasetsUrl: datasetsFolderUrl() ?? DATASETS_FOLDER,
      }),
      custom ? customDataBuffers(custom) : [],
      onProgress,
    ).then((event) => {
      if (event.type !== 'analysed')
        throw new DataProblem({ key: 'dataset.error.unexpectedAnswer', params: { type: event.type } });
      return { analysis: event.analysis, timing: event.timing };
    });
  }

  readCsv(request: CsvReadRequest, onProgress?: (progress: LoadProgress) => void): Promise<CsvReading> {
    return this.call((requestId) => ({ type: 'readCsv', requestId, ...request }), [], onProgress).then(
      (event) => {
        if (event.type !== 'csvRead')
          throw new DataProblem({ key: 'dataset.error.unexpectedAnswer', params: { type: event.type } });
        return event.reading;
      },
    );
  }

  private call(
    command: (requestId: number) => DataCommand,
    transfer: ArrayBuffer[],
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<DataEvent> {
    const requestId = this.nextRequestId++;
    return new Promise<DataEvent>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress });
      this.ensureWorker().postMessage(command(requestId), transfer);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (message: MessageEvent<DataEvent>) => this.receive(message.data));
    worker.addEventListener('error', (error: ErrorEvent) => {
      error.preventDefault();
      this.failAll(crashMessage(error.message ?? ''));
    });
    worker.addEventListener('messageerror', () => this.failAll({ key: 'dataset.error.workerUnreadable' }));
    this.worker = worker;
    return worker;
  }

  private receive(event: DataEvent): void {
    const pending = this.pending.get(event.requestId);
    if (!pending) return;
    if (event.type === 'loadProgressed') {
      pending.onProgress?.({ receivedBytes: event.receivedBytes, totalBytes: event.totalBytes });
      return;
    }
    this.pending.delete(event.requestId);
    if (event.type === 'failed') pending.reject(new DataProblem(event.message));
    else pending.resolve(event);
  }

  /** Rejects every waiting request and drops the worker; the next request starts a fresh one. */
  private failAll(message: MessageRef): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const entry of waiting) entry.reject(new DataProblem(message));
  }
}
