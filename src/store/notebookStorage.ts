/** Where the notebook's records are kept: the interface the store writes through, and the in-memory keeper. */
import type { NotebookRecord } from '../core/notebook';

/** Space the browser reports for this site, in bytes. */
export interface StorageUsage {
  readonly usedBytes: number;
  readonly quotaBytes: number;
}

/** A place for records: IndexedDB in the app, memory where IndexedDB fails and in tests. Every method may reject. */
export interface NotebookStorage {
  readonly kind: 'indexedDB' | 'memory';
  /** Every record kept, migrated to today's format; unreadable entries are skipped. */
  loadAll(): Promise<NotebookRecord[]>;
  /** Writes the records (new or changed) together. */
  putAll(records: readonly NotebookRecord[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  /** The space used, where the browser tells it; null otherwise. */
  usage(): Promise<StorageUsage | null>;
}

/** Records kept in this page's memory only: lost when it closes. */
export function memoryNotebookStorage(): NotebookStorage {
  const records = new Map<string, NotebookRecord>();
  return {
    kind: 'memory',
    loadAll: async () => [...records.values()],
    putAll: async (list) => {
      for (const record of list) records.set(record.id, record);
    },
    remove: async (ids) => {
      for (const id of ids) records.delete(id);
    },
    clear: async () => records.clear(),
    usage: async () => null,
  };
}
