import { MetricHistory } from '../run/metricHistory';
import { buildRecord } from './buildRecord';
import { NOTEBOOK_SCHEMA_VERSION, type NotebookRecord } from './record';

/**
 * The shape of version 0, the notebook's first draft, kept so that a database written by it still
 * opens: one seed, the link as a query with its '?', curves whole under Keras's names, an ISO date.
 */
export interface NotebookRecordV0 {
  readonly id: string;
  readonly url: string;
  readonly created: string;
  readonly title?: string;
  readonly starred?: boolean;
  readonly history: {
    readonly epoch: readonly number[];
    readonly loss: readonly number[];
    readonly accuracy: readonly number[];
    readonly val_loss: readonly number[];
    readonly val_accuracy: readonly number[];
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isNumbers = (value: unknown): value is readonly number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number');

function isV0(value: Record<string, unknown>): value is Record<string, unknown> & NotebookRecordV0 {
  const history = value.history;
  return (
    value.schemaVersion === undefined &&
    typeof value.id === 'string' &&
    typeof value.url === 'string' &&
    typeof value.created === 'string' &&
    isObject(history) &&
    ['epoch', 'loss', 'accuracy', 'val_loss', 'val_accuracy'].every((key) => isNumbers(history[key]))
  );
}

/** A version-0 record in today's format: its curves downsampled, its metrics worked out, its link without '?'. */
function fromV0(old: NotebookRecordV0): NotebookRecord {
  const { epoch, loss, accuracy, val_loss: valLoss, val_accuracy: valAccuracy } = old.history;
  const history = new MetricHistory();
  history.append({
    epoch,
    trainLoss: loss,
    trainAccuracy: accuracy,
    testLoss: valLoss,
    testAccuracy: valAccuracy,
    elapsedMs: epoch.map(() => 0),
  });
  const startedAt = Date.parse(old.created);
  return buildRecord(
    {
      id: old.id,
      name: old.title ?? '',
      note: '',
      isStarred: old.starred === true,
      link: old.url.replace(/^[?#]/, ''),
      startedAt: Number.isFinite(startedAt) ? startedAt : 0,
      race: null,
      trainingSetSize: 0,
    },
    [{ history, seed: 1, engine: null, status: 'done' }],
  );
}

/** A record of version 1 or later, as far as the notebook relies on the fields they share. */
function hasVersion(value: Record<string, unknown>, version: number): boolean {
  return (
    value.schemaVersion === version &&
    typeof value.id === 'string' &&
    typeof value.link === 'string' &&
    typeof value.name === 'string' &&
    Array.isArray(value.curves)
  );
}

/** A record of today's version: version 2 added the doctor's findings. */
const isCurrent = (value: Record<string, unknown>): boolean =>
  hasVersion(value, NOTEBOOK_SCHEMA_VERSION) && Array.isArray(value.findings);

/**
 * A stored record in today's format: as it is when current, upgraded from an older version, or
 * null when it is not a record this app wrote (it is then left where it is and not shown).
 */
export function migrateRecord(stored: unknown): NotebookRecord | null {
  if (!isObject(stored)) return null;
  if (isCurrent(stored)) return stored as unknown as NotebookRecord;
  // Version 1 was written before the doctor: it found nothing then, as far as the record knows.
  if (hasVersion(stored, 1))
    return { ...(stored as unknown as NotebookRecord), schemaVersion: NOTEBOOK_SCHEMA_VERSION, findings: [] };
  if (isV0(stored)) return fromV0(stored);
  return null;
}
