import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { encodeExperiment } from '../link';
import { MetricHistory } from '../run/metricHistory';
import {
  buildRecord,
  DEFAULT_NOTEBOOK_SORT,
  downsampleSeries,
  filterRows,
  MAX_STORED_POINTS,
  migrateRecord,
  type NotebookRecord,
  type NotebookRecordV0,
  type RecordHeader,
  rowOf,
  settingsDiff,
  sortRows,
} from '.';

/** A history of `epochs` epochs (1, 2, …) whose test accuracy follows `accuracy`. */
function historyOf(
  epochs: number,
  accuracy: (epoch: number) => number,
  elapsedPerEpochMs = 10,
): MetricHistory {
  const history = new MetricHistory();
  const epoch = Array.from({ length: epochs }, (_, i) => i + 1);
  history.append({
    epoch,
    trainLoss: epoch.map((e) => 1 / e),
    trainAccuracy: epoch.map(accuracy),
    testLoss: epoch.map((e) => 1.5 / e),
    testAccuracy: epoch.map(accuracy),
    elapsedMs: epoch.map((e) => e * elapsedPerEpochMs),
  });
  return history;
}

const header = (overrides: Partial<RecordHeader> = {}): RecordHeader => ({
  id: 'r1',
  name: 'first',
  note: '',
  isStarred: false,
  link: encodeExperiment(DEFAULT_EXPERIMENT),
  startedAt: 1000,
  race: null,
  trainingSetSize: 400,
  ...overrides,
});

describe('downsampling a series', () => {
  it('keeps a short series whole', () => {
    expect(downsampleSeries([1, 2, 3], [0.5, 0.25, 0.125])).toEqual({
      epochs: [1, 2, 3],
      values: [0.5, 0.25, 0.125],
    });
  });

  it('cuts a long series to at most 1,000 points, keeping the first, the last and every extreme', () => {
    const length = 100_000;
    const epochs = Array.from({ length }, (_, i) => i);
    // A slow wave with two sharp outliers that a stride would miss.
    const values = epochs.map((i) => Math.sin(i / 5000));
    values[31_337] = 9;
    values[77_777] = -9;
    const kept = downsampleSeries(epochs, values);
    expect(kept.epochs.length).toBeLessThanOrEqual(MAX_STORED_POINTS);
    expect(kept.epochs.length).toBeGreaterThan(900);
    expect(kept.epochs[0]).toBe(0);
    expect(kept.epochs.at(-1)).toBe(length - 1);
    expect(kept.epochs).toContain(31_337);
    expect(kept.epochs).toContain(77_777);
    expect(Math.max(...kept.values)).toBe(9);
    expect(Math.min(...kept.values)).toBe(-9);
    // Epochs stay in order, each with its own value.
    expect(kept.epochs.every((epoch, i) => i === 0 || epoch > (kept.epochs[i - 1] as number))).toBe(true);
    expect(kept.epochs.every((epoch, i) => values[epoch] === kept.values[i])).toBe(true);
  });

  it('keeps a point of a stretch that diverged, so that the gap still shows', () => {
    const epochs = Array.from({ length: 5000 }, (_, i) => i);
    const values = epochs.map((i) => (i >= 2500 ? Number.NaN : 1 / (i + 1)));
    const kept = downsampleSeries(epochs, values, 100);
    expect(kept.values.some((value) => Number.isNaN(value))).toBe(true);
    expect(kept.epochs.length).toBeLessThanOrEqual(100);
  });
});

describe('the record of a run', () => {
  it('holds the link, seeds, engine, duration, curves and the final and best metrics over the seeds', () => {
    const rising = historyOf(50, (e) => Math.min(0.9, e / 50));
    const peaked = historyOf(50, (e) => (e === 30 ? 1 : 0.5));
    const record = buildRecord(header(), [
      { history: rising, seed: 1, engine: 'wasm', status: 'training' },
      { history: peaked, seed: 2, engine: 'wasm', status: 'paused' },
    ]);
    expect(record).toMatchObject({
      schemaVersion: 2,
      id: 'r1',
      seeds: [1, 2],
      engine: 'tfjs',
      backend: 'wasm',
      durationMs: 500,
      epochs: 50,
      status: 'training',
      link: encodeExperiment(DEFAULT_EXPERIMENT),
    });
    expect(record.curves).toHaveLength(2);
    expect(record.curves[0]?.testAccuracy.values).toHaveLength(50);
    expect(record.final?.testAccuracy).toBeCloseTo((0.9 + 0.5) / 2);
    expect(record.final?.testLoss).toBeCloseTo(1.5 / 50);
    expect(record.best?.testAccuracy).toBeCloseTo((30 / 50 + 1) / 2);
    expect(record.best?.testAccuracyEpoch).toBe(30);
    expect(record.best?.testLossEpoch).toBe(50);
  });

  it('names the JavaScript engine with no backend, and a run cut off by a restart as stopped', () => {
    const record = buildRecord(
      header(),
      [{ history: historyOf(3, () => 0.5), seed: 7, engine: 'js', status: 'training' }],
      true,
    );
    expect(record).toMatchObject({ engine: 'js', backend: null, status: 'stopped', seeds: [7] });
    const empty = buildRecord(header(), [
      { history: new MetricHistory(), seed: 1, engine: null, status: 'idle' },
    ]);
    expect(empty).toMatchObject({ final: null, best: null, epochs: 0, engine: null, durationMs: 0 });
  });
});

/** A record with the given settings, name and figures. */
function recordWith(
  id: string,
  change: {
    lr?: number;
    batch?: number;
    name?: string;
    note?: string;
    accuracy?: number;
    star?: boolean;
    at?: number;
  },
): NotebookRecord {
  const experiment = {
    ...DEFAULT_EXPERIMENT,
    optimizer: {
      ...DEFAULT_EXPERIMENT.optimizer,
      params: { ...DEFAULT_EXPERIMENT.optimizer.params, learningRate: change.lr ?? 0.01 },
    },
    training: { ...DEFAULT_EXPERIMENT.training, batchSize: change.batch ?? 16 },
  };
  const accuracy = change.accuracy;
  return buildRecord(
    header({
      id,
      name: change.name ?? id,
      note: change.note ?? '',
      isStarred: change.star ?? false,
      link: encodeExperiment(experiment),
      startedAt: change.at ?? 0,
    }),
    accuracy === undefined
      ? []
      : [{ history: historyOf(5, () => accuracy), seed: 1, engine: 'js', status: 'done' }],
  );
}

describe('the doctor’s column', () => {
  it('shows the worst finding by the doctor’s rank and sorts the worst first, runs with none last', () => {
    const plain = recordWith('a', { accuracy: 0.9, at: 1 });
    const overfit = {
      ...recordWith('b', { accuracy: 0.8, at: 2 }),
      findings: [{ id: 'overfitting' as const, epoch: 40, evidence: { epoch: 40 } }],
    };
    // Out of rank order, as an imported file may hold them.
    const diverged = {
      ...recordWith('c', { accuracy: 0.5, at: 3 }),
      findings: [
        { id: 'plateau' as const, epoch: 9, evidence: {} },
        { id: 'diverged' as const, epoch: 7, evidence: { epoch: 7, start: '0.693' } },
      ],
    };
    const rows = [plain, overfit, diverged].map(rowOf);
    expect(rows.map((row) => row.worstFinding?.id ?? null)).toEqual([null, 'overfitting', 'diverged']);
    const sorted = sortRows(rows, { column: 'diagnosis', isDescending: false });
    expect(sorted.map((row) => row.record.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('sorting and filtering the table', () => {
  const rows = [
    recordWith('a', { lr: 0.1, batch: 32, accuracy: 0.7, name: 'Run 10', at: 1 }),
    recordWith('b', { lr: 0.001, accuracy: 0.95, name: 'Run 9', note: 'the good one', star: true, at: 2 }),
    recordWith('c', { lr: 0.01, name: 'Run 11', at: 3 }),
  ].map(rowOf);
  const ids = (sorted: readonly { record: NotebookRecord }[]) => sorted.map((row) => row.record.id);

  it('opens newest first and sorts by each column, runs with no figure last both ways', () => {
    expect(ids(sortRows(rows, DEFAULT_NOTEBOOK_SORT))).toEqual(['c', 'b', 'a']);
    expect(ids(sortRows(rows, { column: 'finalAccuracy', isDescending: true }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRows(rows, { column: 'finalAccuracy', isDescending: false }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortRows(rows, { column: 'learningRate', isDescending: false }))).toEqual(['b', 'c', 'a']);
    expect(ids(sortRows(rows, { column: 'batchSize', isDescending: true }))).toEqual(['a', 'c', 'b']);
    // Names with numbers sort as a person reads them: 9 before 10.
    expect(ids(sortRows(rows, { column: 'name', isDescending: false }))).toEqual(['b', 'a', 'c']);
  });

  it('filters by every word of the text, in names, notes and settings, and by star', () => {
    expect(ids(filterRows(rows, { text: 'GOOD one', isStarredOnly: false }))).toEqual(['b']);
    // The data set by its name, not its message key.
    expect(ids(filterRows(rows, { text: 'spiral', isStarredOnly: false }))).toHaveLength(3);
    expect(rows[0]?.dataset).toBe('Spiral');
    expect(ids(filterRows(rows, { text: 'lr=0.1', isStarredOnly: false }))).toEqual(['a']);
    expect(ids(filterRows(rows, { text: '', isStarredOnly: true }))).toEqual(['b']);
    expect(ids(filterRows(rows, { text: 'run', isStarredOnly: false }))).toEqual(['a', 'b', 'c']);
    expect(filterRows(rows, { text: 'nothing like it', isStarredOnly: false })).toEqual([]);
  });
});

describe('the settings diff', () => {
  it('lists exactly the link keys that differ, each run’s value in order', () => {
    const links = [
      recordWith('a', { lr: 0.1, batch: 32 }).link,
      recordWith('b', { lr: 0.001, batch: 32 }).link,
      recordWith('c', { lr: 0.001, batch: 16 }).link,
    ];
    expect(settingsDiff(links)).toEqual([
      { key: 'lr', values: ['0.1', '0.001', '0.001'] },
      { key: 'batch', values: ['32', '32', '16'] },
    ]);
    expect(settingsDiff(links.slice(1, 2))).toEqual([]);
    expect(settingsDiff([links[0] as string, links[0] as string])).toEqual([]);
  });
});

describe('migration', () => {
  it('reads a version-0 record into today’s format, curves downsampled and metrics worked out', () => {
    const epochs = Array.from({ length: 3000 }, (_, i) => i + 1);
    const old: NotebookRecordV0 = {
      id: 'old-1',
      url: `?${encodeExperiment(DEFAULT_EXPERIMENT)}`,
      created: '2026-01-02T03:04:05.000Z',
      title: 'my first run',
      starred: true,
      history: {
        epoch: epochs,
        loss: epochs.map((e) => 1 / e),
        accuracy: epochs.map(() => 0.8),
        val_loss: epochs.map((e) => 2 / e),
        val_accuracy: epochs.map((e) => (e === 1234 ? 0.99 : 0.8)),
      },
    };
    const record = migrateRecord(old);
    expect(record).toMatchObject({
      schemaVersion: 2,
      findings: [],
      id: 'old-1',
      name: 'my first run',
      isStarred: true,
      note: '',
      link: encodeExperiment(DEFAULT_EXPERIMENT),
      startedAt: Date.parse('2026-01-02T03:04:05.000Z'),
      epochs: 3000,
      seeds: [1],
      status: 'done',
    });
    expect(record?.best?.testAccuracy).toBeCloseTo(0.99);
    expect(record?.best?.testAccuracyEpoch).toBe(1234);
    expect(record?.final?.testLoss).toBeCloseTo(2 / 3000);
    expect(record?.curves[0]?.testAccuracy.epochs.length).toBeLessThanOrEqual(1000);
    expect(record?.curves[0]?.testAccuracy.epochs).toContain(1234);
  });

  it('reads a version-1 record (before the doctor) as version 2 with no findings, and nothing else changed', () => {
    const current = recordWith('v1', { accuracy: 0.5 });
    const { findings: _dropped, ...rest } = current;
    const v1 = { ...rest, schemaVersion: 1 };
    expect(migrateRecord(v1)).toEqual({ ...current, findings: [] });
    // A version-2 record without its findings is not one this app wrote.
    expect(migrateRecord({ ...rest, schemaVersion: 2 })).toBeNull();
  });

  it('keeps a current record as it is and refuses what is not a record', () => {
    const current = recordWith('x', { accuracy: 0.5 });
    expect(migrateRecord(current)).toBe(current);
    expect(migrateRecord({ id: 'x', url: 3 })).toBeNull();
    expect(migrateRecord('text')).toBeNull();
    expect(migrateRecord(null)).toBeNull();
  });
});
