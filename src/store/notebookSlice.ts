import type { StateCreator } from 'zustand';
import type { MessageRef } from '../core/i18n/catalogue';
import { experimentOf, type NotebookRecord, newRecordsOf } from '../core/notebook';
import { messageOf } from '../core/util/messageOf';
import type { NotebookStorage, StorageUsage } from './notebookStorage';
import { memoryNotebookStorage } from './notebookStorage';
import type { PlaygroundState } from './playgroundState';

/** What the person may change of a record: its name, note and star. */
export type RecordEdit = Partial<Pick<NotebookRecord, 'name' | 'note' | 'isStarred'>>;

/** The run notebook: every run recorded, where it is kept, and what the person does with it. */
export interface NotebookSlice {
  /** Every record known: this page's runs, and the stored ones once the notebook has been opened. */
  readonly notebookRecords: readonly NotebookRecord[];
  /** Whether the stored records have been read (the first time the notebook opens). */
  readonly isNotebookLoaded: boolean;
  readonly isNotebookOpen: boolean;
  /** Where records go: IndexedDB, or memory after IndexedDB failed (or in tests). */
  readonly notebookStorageKind: 'indexedDB' | 'memory';
  /** Why the records are kept in memory only, put into words when shown; null while IndexedDB works. */
  readonly notebookProblem: MessageRef | null;
  readonly notebookUsage: StorageUsage | null;
  /** The records last deleted, which Undo puts back; null when there is nothing to undo. */
  readonly notebookUndo: readonly NotebookRecord[] | null;
  /** Ids of the records overlaid on the charts and compared in the diff, in the order chosen. */
  readonly notebookSelection: readonly string[];
  /** Whether runs are recorded (the bench turns it off to measure what recording costs). */
  readonly isRecording: boolean;
  openNotebook(): void;
  closeNotebook(): void;
  /** Keeps a run's record as it stands now; the person's name, note and star, if already given, are kept. */
  saveRecord(record: NotebookRecord): void;
  editRecord(id: string, edit: RecordEdit): void;
  /** A copy of a record, named as a copy, just after it. */
  duplicateRecord(id: string): void;
  deleteRecords(ids: readonly string[]): void;
  undoDelete(): void;
  /** Deletes every record (the view asks for a confirmation first); Undo brings them back. */
  clearNotebook(): void;
  /**
   * Adds a file's runs (already checked) to the notebook, reading the stored ones first if need be:
   * a run whose id is already kept is a duplicate and leaves the kept one as it is.
   */
  importRecords(records: readonly NotebookRecord[]): Promise<{ added: number; duplicates: number }>;
  /** Adds a record to the selection or takes it out. */
  toggleSelected(id: string): void;
  /** Puts a record's experiment back in the panels and the link (the runs restart on it, ready to train). */
  openRecord(id: string): void;
}

/** The page's switch for recording: `localStorage['playground.notebook'] = 'off'` turns it off (the bench's "off" runs). */
function recordingSwitch(): boolean {
  try {
    return globalThis.localStorage?.getItem('playground.notebook') !== 'off';
  } catch {
    return true;
  }
}

/** Creates the notebook slice over `storage`; it falls back to memory the first time storage fails. */
export const createNotebookSlice =
  (initialStorage: () => NotebookStorage): StateCreator<PlaygroundState, [], [], NotebookSlice> =>
  (set, get) => {
    let storage: NotebookStorage | null = null;
    const currentStorage = (): NotebookStorage => {
      storage ??= initialStorage();
      return storage;
    };
    /** Records waiting to be written, latest version of each: a slow disk coalesces updates. */
    const pending = new Map<string, NotebookRecord>();
    let isWriting = false;

    /** IndexedDB refused: memory keeps everything from now on; the records in the store stay as they are. */
    const fallBack = (error: unknown): void => {
      if (currentStorage().kind === 'memory') return;
      storage = memoryNotebookStorage();
      set({
        notebookStorageKind: 'memory',
        notebookProblem: { key: 'notebook.memoryOnly', params: { detail: messageOf(error) } },
        notebookUsage: null,
      });
    };

    /** Runs a storage operation; a failure switches to memory and is otherwise swallowed: training goes on. */
    const attempt = async (operation: (target: NotebookStorage) => Promise<void>): Promise<void> => {
      try {
        await operation(currentStorage());
      } catch (error) {
        fallBack(error);
      }
    };

    const refreshUsage = async (): Promise<void> => {
      try {
        const usage = await currentStorage().usage();
        set({ notebookUsage: usage });
      } catch {
        set({ notebookUsage: null });
      }
    };

    const flush = async (): Promise<void> => {
      if (isWriting) return;
      isWriting = true;
      while (pending.size > 0) {
        const batch = [...pending.values()];
        pending.clear();
        await attempt((target) => target.putAll(batch));
      }
      isWriting = false;
    };

    const write = (records: readonly NotebookRecord[]): void => {
      for (const record of records) pending.set(record.id, record);
      void flush();
    };

    const replaceRecord = (id: string, change: (record: NotebookRecord) => NotebookRecord): void => {
      let changed: NotebookRecord | null = null;
      const notebookRecords = get().notebookRecords.map((record) => {
        if (record.id !== id) return record;
        changed = change(record);
        return changed;
      });
      if (!changed) return;
      set({ notebookRecords });
      write([changed]);
    };

    const load = async (): Promise<void> => {
      let stored: NotebookRecord[] = [];
      try {
        stored = await currentStorage().loadAll();
      } catch (error) {
        fallBack(error);
      }
      const own = get().notebookRecords;
      const ownIds = new Set(own.map((record) => record.id));
      // A run that was training when its page closed stopped there.
      const earlier = stored
        .filter((record) => !ownIds.has(record.id))
        .map(
          (record): NotebookRecord =>
            record.status === 'training' || record.status === 'paused'
              ? { ...record, status: 'stopped' }
              : record,
        );
      set({ notebookRecords: [...own, ...earlier], isNotebookLoaded: true });
      await refreshUsage();
    };

    return {
      notebookRecords: [],
      isNotebookLoaded: false,
      isNotebookOpen: false,
      notebookStorageKind: 'indexedDB',
      notebookProblem: null,
      notebookUsage: null,
      notebookUndo: null,
      notebookSelection: [],
      isRecording: recordingSwitch(),

      openNotebook: () => {
        set({ isNotebookOpen: true, notebookStorageKind: currentStorage().kind });
        if (!get().isNotebookLoaded) void load();
        else void refreshUsage();
      },

      closeNotebook: () => set({ isNotebookOpen: false }),

      saveRecord: (record) => {
        const records = get().notebookRecords;
        const index = records.findIndex((candidate) => candidate.id === record.id);
        const existing = records[index];
        const kept = existing
          ? { ...record, name: existing.name, note: existing.note, isStarred: existing.isStarred }
          : record;
        set({
          notebookRecords:
            index < 0 ? [kept, ...records] : records.map((candidate, i) => (i === index ? kept : candidate)),
        });
        write([kept]);
      },

      editRecord: (id, edit) => replaceRecord(id, (record) => ({ ...record, ...edit })),

      duplicateRecord: (id) => {
        const records = get().notebookRecords;
        const index = records.findIndex((record) => record.id === id);
        const original = records[index];
        if (!original) return;
        const copy: NotebookRecord = {
          ...original,
          id: newRecordId(),
          name: `${original.name} (2)`,
          // A copy of a run that still trains is a snapshot: it does not go on training.
          status: original.status === 'training' ? 'stopped' : original.status,
        };
        set({ notebookRecords: [...records.slice(0, index + 1), copy, ...records.slice(index + 1)] });
        write([copy]);
      },

      deleteRecords: (ids) => {
        const gone = new Set(ids);
        const { notebookRecords, notebookSelection } = get();
        const deleted = notebookRecords.filter((record) => gone.has(record.id));
        if (deleted.length === 0) return;
        for (const id of ids) pending.delete(id);
        set({
          notebookRecords: notebookRecords.filter((record) => !gone.has(record.id)),
          notebookSelection: notebookSelection.filter((id) => !gone.has(id)),
          notebookUndo: deleted,
        });
        void attempt((target) => target.remove(ids)).then(refreshUsage);
      },

      undoDelete: () => {
        const { notebookUndo, notebookRecords } = get();
        if (!notebookUndo) return;
        const ids = new Set(notebookRecords.map((record) => record.id));
        const restored = notebookUndo.filter((record) => !ids.has(record.id));
        const merged = [...restored, ...notebookRecords].sort((a, b) => b.startedAt - a.startedAt);
        set({ notebookRecords: merged, notebookUndo: null });
        write(restored);
      },

      clearNotebook: () => {
        const { notebookRecords } = get();
        pending.clear();
        set({ notebookRecords: [], notebookSelection: [], notebookUndo: notebookRecords });
        void attempt((target) => target.clear()).then(refreshUsage);
      },

      importRecords: async (records) => {
        if (!get().isNotebookLoaded) await load();
        const { added, duplicates } = newRecordsOf(get().notebookRecords, records);
        if (added.length > 0) {
          const merged = [...get().notebookRecords, ...added].sort((a, b) => b.startedAt - a.startedAt);
          set({ notebookRecords: merged });
          write(added);
        }
        return { added: added.length, duplicates: duplicates.length };
      },

      toggleSelected: (id) => {
        const selection = get().notebookSelection;
        set({
          notebookSelection: selection.includes(id)
            ? selection.filter((selected) => selected !== id)
            : [...selection, id],
        });
      },

      openRecord: (id) => {
        const record = get().notebookRecords.find((candidate) => candidate.id === id);
        if (!record) return;
        const state = get();
        state.replaceWorkspace({
          variants: [experimentOf(record)],
          seedCount: Math.max(1, Math.min(5, record.seeds.length)),
          chartOptions: state.chartOptions,
          targetAccuracy: state.targetAccuracy,
          teaching: state.teaching,
          language: null,
        });
      },
    };
  };

let idCounter = 0;

/** A record id unique in this browser: the time, this page's count and a random part. */
export function newRecordId(now: number = Date.now()): string {
  idCounter += 1;
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? String(idCounter);
  return `${now.toString(36)}-${idCounter}-${random}`;
}
