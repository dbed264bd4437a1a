import type { StateCreator } from 'zustand';
import type { MessageRef } from '../core/i18n/catalogue';
import type { ExportFile, ExportFormat } from '../core/run/exportFormat';
import type { WorkerEvent } from '../worker/training/protocol';
import type { PlaygroundState } from './playgroundState';
import type { CommandSink } from './runRecords';

/** Where an export stands, as the export section shows it. */
export type ExportStatus =
  | { readonly phase: 'preparing'; readonly format: ExportFormat; readonly runId: string }
  | { readonly phase: 'done'; readonly format: ExportFormat; readonly names: readonly string[] }
  | { readonly phase: 'failed'; readonly format: ExportFormat; readonly message: MessageRef };

/** Files the worker made, waiting for the page to hand them to the browser. */
export interface ExportDelivery {
  readonly format: ExportFormat;
  readonly files: readonly ExportFile[];
}

/** Exports of the selected run (the first variant's first seed): requests, files to deliver, the outcome. */
export interface ExportSlice {
  readonly exportStatus: ExportStatus | null;
  readonly exportDelivery: ExportDelivery | null;
  /** Asks the worker for the files of `format`, of the run as it is now. */
  requestExport(format: ExportFormat): void;
  /** The browser took the files (or refused them, with its reason): the delivery is done either way. */
  exportDelivered(outcome: { readonly names: readonly string[] } | { readonly refusal: string }): void;
  /** The worker's answer to an export. */
  receiveExport(event: Extract<WorkerEvent, { type: 'exportMade' | 'exportFailed' }>): void;
}

/** Creates the export slice; `sink` is read lazily, as the run slice's. */
export const createExportSlice =
  (sink: () => CommandSink): StateCreator<PlaygroundState, [], [], ExportSlice> =>
  (set, get) => ({
    exportStatus: null,
    exportDelivery: null,
    requestExport: (format) => {
      const run = get().runs[0];
      const status = get().exportStatus;
      // One export at a time, unless the run it was for has been replaced (its answer will never come).
      if (!run || (status?.phase === 'preparing' && status.runId === run.runId)) return;
      set({ exportStatus: { phase: 'preparing', format, runId: run.runId }, exportDelivery: null });
      sink().send({ type: 'export', runId: run.runId, format });
    },
    exportDelivered: (outcome) => {
      const format = get().exportDelivery?.format;
      if (!format) return;
      set({
        exportDelivery: null,
        exportStatus:
          'names' in outcome
            ? { phase: 'done', format, names: outcome.names }
            : {
                phase: 'failed',
                format,
                message: { key: 'export.error.refused', params: { detail: outcome.refusal } },
              },
      });
    },
    receiveExport: (event) => {
      const status = get().exportStatus;
      // Only the export asked for last is delivered: an answer to an older one is dropped.
      if (status?.phase !== 'preparing' || status.runId !== event.runId || status.format !== event.format)
        return;
      if (event.type === 'exportFailed')
        return set({ exportStatus: { phase: 'failed', format: event.format, message: event.message } });
      set({ exportDelivery: { format: event.format, files: event.files } });
    },
  });
