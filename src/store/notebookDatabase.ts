/** The notebook in IndexedDB (through idb): one object store of records keyed by id, opened when first needed. */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { migrateRecord, NOTEBOOK_SCHEMA_VERSION, type NotebookRecord } from '../core/notebook';
import type { NotebookStorage, StorageUsage } from './notebookStorage';

/** The database's name in the browser. */
export const NOTEBOOK_DATABASE = 'training-playground-notebook';

/** The database's own version: 1 made the `runs` store; a later one adds its step to `upgrade`. */
const DATABASE_VERSION = 1;

interface NotebookSchema extends DBSchema {
  /** Records of any schema version: each is migrated as it is read (core/notebook/migrate.ts). */
  runs: { key: string; value: NotebookRecord | Record<string, unknown> };
}

/** The notebook kept in this browser's IndexedDB; rejects where IndexedDB is missing or refused. */
export function indexedDbNotebookStorage(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): NotebookStorage {
  let opened: Promise<IDBPDatabase<NotebookSchema>> | null = null;
  const database = (): Promise<IDBPDatabase<NotebookSchema>> => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    opened ??= openDB<NotebookSchema>(NOTEBOOK_DATABASE, DATABASE_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('runs', { keyPath: 'id' });
      },
    });
    return opened;
  };
  return {
    kind: 'indexedDB',
    loadAll: async () => {
      const db = await database();
      const stored = await db.getAll('runs');
      const records: NotebookRecord[] = [];
      const upgraded: NotebookRecord[] = [];
      for (const entry of stored) {
        const record = migrateRecord(entry);
        if (!record) continue;
        records.push(record);
        if ((entry as { schemaVersion?: unknown }).schemaVersion !== NOTEBOOK_SCHEMA_VERSION)
          upgraded.push(record);
      }
      // Older records are written back in today's format once, so that the next read is plain.
      if (upgraded.length > 0) {
        const tx = db.transaction('runs', 'readwrite');
        await Promise.all([...upgraded.map((record) => tx.store.put(record)), tx.done]);
      }
      return records;
    },
    putAll: async (list) => {
      if (list.length === 0) return;
      const db = await database();
      const tx = db.transaction('runs', 'readwrite');
      await Promise.all([...list.map((record) => tx.store.put(record)), tx.done]);
    },
    remove: async (ids) => {
      const db = await database();
      const tx = db.transaction('runs', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    clear: async () => {
      const db = await database();
      await db.clear('runs');
    },
    usage: async (): Promise<StorageUsage | null> => {
      const storage = globalThis.navigator?.storage;
      if (!storage?.estimate) return null;
      const estimate = await storage.estimate();
      if (estimate.usage === undefined || estimate.quota === undefined) return null;
      return { usedBytes: estimate.usage, quotaBytes: estimate.quota };
    },
  };
}
