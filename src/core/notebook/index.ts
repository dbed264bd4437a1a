/** The run notebook's pure parts: the record format, downsampling, the record of a run, the table, the diff and the migration. */
export { buildRecord, type RecordedRun, type RecordHeader, recordedStatus, runMetrics } from './buildRecord';
export { type SettingsDifference, settingsDiff } from './diff';
export { downsampleSeries } from './downsample';
export {
  type ImportProblem,
  MAX_LISTED_PROBLEMS,
  NOTEBOOK_FILE_FORMAT,
  newRecordsOf,
  notebookFileText,
  type ParsedNotebookFile,
  parseNotebookFile,
} from './exchange';
export { migrateRecord, type NotebookRecordV0 } from './migrate';
export {
  MAX_STORED_POINTS,
  NOTEBOOK_SCHEMA_VERSION,
  type NotebookRecord,
  type RaceMembership,
  type RecordedFinding,
  type RecordedStatus,
  type SeedCurves,
  type StoredSeries,
} from './record';
export {
  DEFAULT_NOTEBOOK_SORT,
  differencesFrom,
  experimentOf,
  filterRows,
  NOTEBOOK_COLUMNS,
  type NotebookColumn,
  type NotebookFilter,
  type NotebookRow,
  type NotebookSort,
  rowOf,
  sortRows,
} from './table';
