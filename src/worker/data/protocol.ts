/**
 * The typed messages between the page and the data worker, which loads and analyses data sets
 * off the main thread (fetch, gunzip, CSV parsing, statistics, principal components).
 */
import type { DatasetAnalysis } from '../../core/datasets/analysis';
import type { CsvDialect } from '../../core/datasets/csvDialect';
import type { CsvReading } from '../../core/datasets/csvReading';
import type { CsvSettings } from '../../core/datasets/csvTable';
import type { CustomDataset } from '../../core/datasets/custom';
import type { DatasetConfig } from '../../core/experiment/experiment';
import type { MessageRef } from '../../core/i18n/catalogue';

/** Commands to the data worker; each answer carries the command's requestId. */
export type DataCommand =
  /** Load (shipped sets) or take (own data) a config's data, split and analyse it. */
  | {
      readonly type: 'analyse';
      readonly requestId: number;
      readonly config: DatasetConfig;
      readonly customData?: CustomDataset;
      /** Absolute URL of the folder of shipped files. */
      readonly datasetsUrl: string;
    }
  /**
   * Read a person's CSV file: `fileId` names the file so that a second request with the same
   * dialect reuses the table read before; dialect detected and settings defaulted when absent.
   */
  | {
      readonly type: 'readCsv';
      readonly requestId: number;
      readonly fileId: number;
      readonly file: Blob;
      readonly fileName: string;
      readonly dialect?: CsvDialect;
      readonly settings?: CsvSettings;
    };

/** How long the parts of an analysis took, in milliseconds, measured in the worker. */
export interface AnalysisTiming {
  /** Fetching, gunzipping, decoding and splitting (0 when nothing was fetched). */
  readonly loadMs: number;
  /** Statistics, hints and the preview. */
  readonly analyseMs: number;
  /** Where it ran: on the page (small 2-D sets) or in the data worker. */
  readonly where: 'page' | 'worker';
}

/** Events from the data worker. */
export type DataEvent =
  | {
      readonly type: 'loadProgressed';
      readonly requestId: number;
      readonly receivedBytes: number;
      readonly totalBytes: number | null;
    }
  | {
      readonly type: 'analysed';
      readonly requestId: number;
      readonly analysis: DatasetAnalysis;
      readonly timing: AnalysisTiming;
    }
  | { readonly type: 'csvRead'; readonly requestId: number; readonly reading: CsvReading }
  /** Why a command failed, as a reference the page puts into its language. */
  | { readonly type: 'failed'; readonly requestId: number; readonly message: MessageRef };
