import type { StateCreator } from 'zustand';
import type { DatasetAnalysis } from '../core/datasets/analysis';
import { CSV_MAX_CHARS, likelyLabelColumn, readCsvHeader } from '../core/datasets/csv';
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
import { isGeneratedDatasetId, withFittingClassCount } from '../core/registries/datasets';
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

/** A CSV file a person chose: its header, the label column chosen and how parsing went. */
export interface CsvChoice {
  readonly file: Blob;
  readonly fileName: string;
  readonly columns: readonly string[];
  readonly labelColumn: number;
  readonly status: 'parsing' | 'failed' | 'loaded';
  /** The parser's message naming the row and column, when parsing failed; worded when shown. */
  readonly message: MessageRef | null;
}

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
  /** Reads a CSV's header, guesses the label column and parses it; an error leaves the data in use alone. */
  chooseCsvFile(file: Blob, fileName: string): Promise<void>;
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

/** Most bytes of a file read to find its header row. */
const HEADER_PROBE_BYTES = 64 * 1024;

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

    const parseCsv = async (choice: CsvChoice): Promise<void> => {
      set({ csv: { ...choice, status: 'parsing', message: null } });
      try {
        const data = await service().parseCsv(choice.file, choice.fileName, choice.labelColumn);
        if (get().csv?.file !== choice.file || get().csv?.labelColumn !== choice.labelColumn) return;
        set({ csv: { ...choice, status: 'loaded', message: null } });
        putCustomDataInUse(data);
      } catch (error) {
        if (get().csv?.file !== choice.file) return;
        set({ csv: { ...choice, status: 'failed', message: dataRefOf(error) } });
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
        if (file.size > CSV_MAX_CHARS) {
          const sizeMb = (file.size / 1024 / 1024).toFixed(1);
          const message: MessageRef = {
            key: 'dataset.csv.fileTooLarge',
            params: { size: sizeMb, max: CSV_MAX_CHARS / 1024 / 1024 },
          };
          set({ csv: { file, fileName, columns: [], labelColumn: 0, status: 'failed', message } });
          return;
        }
        set({ ownDataTool: 'csv' });
        const columns = readCsvHeader(await file.slice(0, HEADER_PROBE_BYTES).text());
        await parseCsv({
          file,
          fileName,
          columns,
          labelColumn: likelyLabelColumn(columns),
          status: 'parsing',
          message: null,
        });
      },

      setCsvLabelColumn: async (column) => {
        const choice = get().csv;
        if (!choice || choice.labelColumn === column) return;
        await parseCsv({ ...choice, labelColumn: column });
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
