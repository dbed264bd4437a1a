import type { StateCreator } from 'zustand';
import type { DatasetAnalysis } from '../core/datasets/analysis';
import { CSV_MAX_CHARS } from '../core/datasets/csv';
import type { CsvDialect } from '../core/datasets/csvDialect';
import type { CsvReading } from '../core/datasets/csvReading';
import { type CsvSettings, labelProblem } from '../core/datasets/csvTable';
import {
  type CustomDataset,
  type CustomSource,
  type DrawnPoint,
  drawnPointsDataset,
  MIN_DRAWN_POINTS,
  withPointAdded,
  withPointsRemovedNear,
} from '../core/datasets/custom';
import { dataRefOf } from '../core/datasets/dataProblem';
import type { DatasetConfig, DatasetId } from '../core/experiment/experiment';
import type { MessageRef } from '../core/i18n/catalogue';
import { CUSTOM_MAX_CLASSES, isGeneratedDatasetId, withFittingClassCount } from '../core/registries/datasets';
import type { AnalysisResult, DatasetService } from '../worker/data/client';
import type { LoadProgress } from '../worker/data/datasetLoader';
import type { AnalysisTiming } from '../worker/data/protocol';
import type { PlaygroundState } from './playgroundState';
import { combinedStatus } from './runRecords';

/** Where loading of a data set stands: the progress of a fetch, or why it failed. */
export interface DatasetLoadState {
  readonly status: 'idle' | 'loading' | 'failed';
  /** The set being loaded (a new choice, or the current set again), or that failed. */
  readonly datasetId: DatasetId | null;
  readonly progress: LoadProgress | null;
  /** Why it failed, worded when shown (so that a language switch rewords it). */
  readonly message: MessageRef | null;
}

/** A CSV file a person chose, how reading it went and the choices shown for it. */
export interface CsvChoice {
  readonly file: Blob;
  readonly fileName: string;
  /** Tells this file from the next one chosen, even with the same name. */
  readonly fileId: number;
  /** 'loaded': the reading's data set is in use; 'failed': its problems are shown and nothing changed. */
  readonly status: 'reading' | 'failed' | 'loaded';
  /** Share of the file read so far while reading, 0 to 1. */
  readonly progress: number | null;
  /**
   * The reading shown: columns, dialect and settings. After a refused change of a file in use, the
   * reading in use stays, so that every control shows what is in use.
   */
  readonly reading: CsvReading | null;
  /** Problems of the last attempt (the first 20) and how many in all; empty when it worked. */
  readonly problems: readonly MessageRef[];
  readonly problemCount: number;
  /** A failure outside the file (too large, worker stopped); worded when shown. */
  readonly message: MessageRef | null;
  /** Why the last label choice was refused (the label in use stays); worded when shown. */
  readonly refusal: MessageRef | null;
}

/** A change to a CSV file's reading: another dialect (the columns start afresh) or other settings. */
export type CsvChange = { readonly dialect: CsvDialect } | { readonly settings: CsvSettings };

/** The data sets side of the store: loading, analysis and a person's own data. */
export interface DatasetSlice {
  /** A set chosen but not yet in the experiment: a shipped set still loading, or own data not yet given. */
  readonly pendingDatasetId: DatasetId | null;
  readonly datasetLoad: DatasetLoadState;
  /** What the data says about `analysisKey`'s data, or null before the first analysis. */
  readonly analysis: DatasetAnalysis | null;
  readonly analysisKey: string | null;
  /** The data set `analysis` describes. */
  readonly analysisDatasetId: DatasetId | null;
  readonly analysisTiming: AnalysisTiming | null;
  /** Own data in use or ready for use (never in a link); `customDataVersion` changes with it. */
  readonly customData: CustomDataset | null;
  readonly customDataVersion: number;
  /** Which own-data tool the panel shows. */
  readonly ownDataTool: CustomSource;
  readonly drawnPoints: readonly DrawnPoint[];
  /** Class the next drawn point gets. */
  readonly drawClass: number;
  readonly csv: CsvChoice | null;
  /** Picks a data set: generated ones at once, shipped ones once loaded, own data once there is some. */
  chooseDataset(id: DatasetId): void;
  setOwnDataTool(tool: CustomSource): void;
  setDrawClass(classIndex: number): void;
  /** Adds a point of the current draw class at (x, y) in plane units. */
  addDrawnPoint(x: number, y: number): void;
  /** Removes the drawn points within `radius` plane units of (x, y). */
  removeDrawnPointsNear(x: number, y: number, radius: number): void;
  clearDrawnPoints(): void;
  /** Reads a CSV in the data worker with what it detects; problems leave the data in use alone. */
  chooseCsvFile(file: Blob, fileName: string): Promise<void>;
  /** Reads the file again with a change; one that cannot work is explained and changes nothing. */
  changeCsv(change: CsvChange): Promise<void>;
  /** Makes `column` the label, unless it cannot be one: then says why and keeps the label in use. */
  setCsvLabelColumn(column: number): Promise<void>;
  /** Analyses the experiment's data if its analysis is missing or stale (called on every data change). */
  refreshAnalysis(): void;
}

/** What identifies the data an analysis describes: only the settings that change it. */
export function analysisKeyOf(config: DatasetConfig, customDataVersion: number): string {
  const { id, noise, numPoints, trainFraction, seed, numClasses } = config;
  if (isGeneratedDatasetId(id))
    return JSON.stringify([id, noise, numPoints, trainFraction, seed, numClasses]);
  if (id === 'custom') return JSON.stringify([id, customDataVersion, trainFraction, seed]);
  return JSON.stringify([id, trainFraction, seed]);
}

const IDLE_LOAD: DatasetLoadState = { status: 'idle', datasetId: null, progress: null, message: null };

/** Creates the dataset slice; `service` is read lazily, as the worker connection is made after the store. */
export const createDatasetSlice =
  (service: () => DatasetService): StateCreator<PlaygroundState, [], [], DatasetSlice> =>
  (set, get) => {
    /**
     * Key of the newest analysis asked for, of a new choice and of the data in use: an answer that
     * is not the newest of its kind is dropped.
     */
    const newestKeys: Record<'choice' | 'current', string | null> = { choice: null, current: null };

    const analyse = (
      config: DatasetConfig,
      purpose: 'choice' | 'current',
      onDone: (result: AnalysisResult, key: string) => void,
      onFailed: () => void,
    ): void => {
      const { customData, customDataVersion } = get();
      const key = analysisKeyOf(config, customDataVersion);
      newestKeys[purpose] = key;
      const isNewest = (): boolean => newestKeys[purpose] === key;
      // Only fetched or parsed data shows progress; small 2-D sets are analysed on the page.
      const isLocal =
        isGeneratedDatasetId(config.id) || (config.id === 'custom' && customData?.source === 'points');
      if (!isLocal)
        set({ datasetLoad: { status: 'loading', datasetId: config.id, progress: null, message: null } });
      const request = config.id === 'custom' && customData ? { config, customData } : { config };
      const ask = (): void => {
        service()
          .analyse(request, (progress) => {
            if (isNewest() && !isLocal) set({ datasetLoad: { ...get().datasetLoad, progress } });
          })
          .then(
            (result) => {
              if (!isNewest()) return;
              if (!isLocal) set({ datasetLoad: IDLE_LOAD });
              onDone(result, key);
            },
            (error: unknown) => {
              if (!isNewest()) return;
              newestKeys[purpose] = null;
              const message = dataRefOf(error);
              set({ datasetLoad: { status: 'failed', datasetId: config.id, progress: null, message } });
              onFailed();
            },
          );
      };
      // A set analysed on the page waits for a task of its own and is skipped if a newer one was
      // asked for meanwhile: at page start the store asks for the default set and a link for its
      // own, both in the task that runs the app's code, which made it long (docs/decisions/store.md).
      if (isLocal)
        setTimeout(() => {
          if (isNewest()) ask();
        }, 0);
      else ask();
    };

    const storeAnalysis = (result: AnalysisResult, key: string, datasetId: DatasetId): void => {
      // It is now the analysis of the data in use: an older one of that data, still on its way
      // (the page's default set, asked for as the store started), must not replace it.
      newestKeys.current = key;
      set({
        analysis: result.analysis,
        analysisKey: key,
        analysisDatasetId: datasetId,
        analysisTiming: result.timing,
      });
    };

    /** Restarts the run on the same experiment, because its data changed under it; training goes on if it was. */
    const restartRun = (): void => {
      const wasTraining = combinedStatus(get().runs) === 'training';
      get().reset();
      if (wasTraining) get().train();
    };

    /** Puts own data in use: the experiment switches to it (or the run restarts on it). */
    const putCustomDataInUse = (data: CustomDataset): void => {
      const state = get();
      set({ customData: data, customDataVersion: state.customDataVersion + 1 });
      const isChosen = state.experiment.dataset.id === 'custom' || state.pendingDatasetId === 'custom';
      if (!isChosen || data.count < MIN_DRAWN_POINTS) return;
      set({ pendingDatasetId: null });
      const dataset = state.experiment.dataset;
      if (dataset.id !== 'custom' || dataset.numClasses !== data.numClasses) {
        state.setDataset({ id: 'custom', numClasses: data.numClasses });
      } else {
        restartRun();
      }
    };

    const drawn = (points: readonly DrawnPoint[]): void => {
      if (points === get().drawnPoints) return;
      set({ drawnPoints: points, ownDataTool: 'points' });
      putCustomDataInUse(drawnPointsDataset(points));
    };

    let nextCsvFileId = 1;
    /** Id of the newest CSV request: an older answer is dropped. */
    let newestCsvRequest = 0;

    const readCsv = async (
      attempted: CsvChoice,
      change: { readonly dialect?: CsvDialect; readonly settings?: CsvSettings },
    ): Promise<void> => {
      const request = ++newestCsvRequest;
      const previous = attempted.status === 'loaded' ? attempted : null;
      // A new attempt clears what the last one said.
      const choice: CsvChoice = { ...attempted, message: null, refusal: null };
      set({ csv: { ...choice, status: 'reading', progress: 0, message: null, refusal: null } });
      const isNewest = (): boolean => request === newestCsvRequest;
      try {
        const reading = await service().readCsv(
          { fileId: choice.fileId, file: choice.file, fileName: choice.fileName, ...change },
          (progress) => {
            if (isNewest() && progress.totalBytes) {
              const csv = get().csv;
              if (csv) set({ csv: { ...csv, progress: progress.receivedBytes / progress.totalBytes } });
            }
          },
        );
        if (!isNewest()) return;
        const { outcome } = reading;
        if (outcome.ok) {
          set({
            csv: {
              ...choice,
              status: 'loaded',
              progress: null,
              reading,
              problems: [],
              problemCount: 0,
              message: null,
            },
          });
          putCustomDataInUse(outcome.dataset);
          return;
        }
        // A refused change of a file in use keeps the reading in use, so the controls show what is in use.
        set({
          csv: {
            ...choice,
            status: 'failed',
            progress: null,
            reading: previous?.reading ?? reading,
            problems: outcome.problems,
            problemCount: outcome.problemCount,
            message: null,
          },
        });
      } catch (error) {
        if (!isNewest()) return;
        set({
          csv: {
            ...choice,
            status: 'failed',
            progress: null,
            problems: [],
            problemCount: 0,
            message: dataRefOf(error),
          },
        });
      }
    };

    return {
      pendingDatasetId: null,
      datasetLoad: IDLE_LOAD,
      analysis: null,
      analysisKey: null,
      analysisDatasetId: null,
      analysisTiming: null,
      customData: null,
      customDataVersion: 0,
      ownDataTool: 'csv',
      drawnPoints: [],
      drawClass: 0,
      csv: null,

      chooseDataset: (id) => {
        const state = get();
        const current = state.experiment.dataset;
        const next = withFittingClassCount({ ...current, id });
        if (state.pendingDatasetId !== null) {
          // A new choice supersedes one still loading: its answer will be dropped.
          newestKeys.choice = null;
          if (state.datasetLoad.status === 'loading') set({ datasetLoad: IDLE_LOAD });
        }
        set({ pendingDatasetId: null });
        if (id === 'custom') {
          const data = state.customData;
          if (data && data.count >= MIN_DRAWN_POINTS) state.setDataset({ id, numClasses: data.numClasses });
          else set({ pendingDatasetId: 'custom' });
          return;
        }
        if (id === current.id) return;
        if (isGeneratedDatasetId(id)) {
          state.setDataset(next);
          return;
        }
        // A shipped set joins the experiment only once loaded: a failed fetch leaves the previous one in use.
        set({ pendingDatasetId: id });
        analyse(
          next,
          'choice',
          (result, key) => {
            if (get().pendingDatasetId !== id) return;
            storeAnalysis(result, key, id);
            set({ pendingDatasetId: null });
            // Settings edited while it loaded (share, seed) are kept; a changed split is re-analysed.
            get().setDataset(withFittingClassCount({ ...get().experiment.dataset, id }));
          },
          () => {
            if (get().pendingDatasetId === id) set({ pendingDatasetId: null });
          },
        );
      },

      setOwnDataTool: (tool) => set({ ownDataTool: tool }),
      setDrawClass: (classIndex) => set({ drawClass: classIndex }),
      addDrawnPoint: (x, y) => drawn(withPointAdded(get().drawnPoints, x, y, get().drawClass)),
      removeDrawnPointsNear: (x, y, radius) => drawn(withPointsRemovedNear(get().drawnPoints, x, y, radius)),
      clearDrawnPoints: () => drawn(get().drawnPoints.length === 0 ? get().drawnPoints : []),

      chooseCsvFile: async (file, fileName) => {
        const fileId = nextCsvFileId++;
        const fresh: CsvChoice = {
          file,
          fileName,
          fileId,
          status: 'reading',
          progress: null,
          reading: null,
          problems: [],
          problemCount: 0,
          message: null,
          refusal: null,
        };
        if (file.size > CSV_MAX_CHARS) {
          newestCsvRequest++;
          const sizeMb = (file.size / 1024 / 1024).toFixed(1);
          const message: MessageRef = {
            key: 'dataset.csv.fileTooLarge',
            params: { size: sizeMb, max: CSV_MAX_CHARS / 1024 / 1024 },
          };
          set({ csv: { ...fresh, status: 'failed', message } });
          return;
        }
        set({ ownDataTool: 'csv' });
        await readCsv(fresh, {});
      },

      changeCsv: async (change) => {
        const choice = get().csv;
        if (!choice?.reading) return;
        const settings = 'settings' in change ? change.settings : undefined;
        if (settings && settings.labelColumn !== choice.reading.settings.labelColumn) {
          const refusal = labelProblem(choice.reading.columns, settings.labelColumn, CUSTOM_MAX_CLASSES);
          if (refusal) {
            set({ csv: { ...choice, refusal } });
            return;
          }
        }
        await readCsv(
          choice,
          'dialect' in change
            ? { dialect: change.dialect }
            : { dialect: choice.reading.dialect, settings: change.settings },
        );
      },

      setCsvLabelColumn: async (column) => {
        const reading = get().csv?.reading;
        if (!reading || reading.settings.labelColumn === column) return;
        await get().changeCsv({ settings: { ...reading.settings, labelColumn: column } });
      },

      refreshAnalysis: () => {
        const { experiment, customData, customDataVersion, analysisKey } = get();
        const config = experiment.dataset;
        const key = analysisKeyOf(config, customDataVersion);
        if (key === analysisKey || key === newestKeys.current) return;
        if (config.id === 'custom' && !customData) return;
        analyse(
          config,
          'current',
          (result, key) => storeAnalysis(result, key, config.id),
          () => {},
        );
      },
    };
  };
