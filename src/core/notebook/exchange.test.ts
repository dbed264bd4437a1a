import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { encodeExperiment } from '../link';
import { MetricHistory } from '../run/metricHistory';
import {
  buildRecord,
  MAX_LISTED_PROBLEMS,
  type NotebookRecord,
  newRecordsOf,
  notebookFileText,
  type ParsedNotebookFile,
  parseNotebookFile,
} from '.';

/** A run of `epochs` epochs whose last test loss is NaN when `diverges`, with one finding. */
function recordOf(id: string, { diverges = false, epochs = 4 } = {}): NotebookRecord {
  const history = new MetricHistory();
  const epoch = Array.from({ length: epochs }, (_, i) => i + 1);
  const last = epochs;
  history.append({
    epoch,
    trainLoss: epoch.map((e) => (diverges && e === last ? Number.POSITIVE_INFINITY : 1 / e)),
    trainAccuracy: epoch.map(() => 0.6),
    testLoss: epoch.map((e) => (diverges && e === last ? Number.NaN : 1.2 / e)),
    testAccuracy: epoch.map((e) => 0.5 + e / 100),
    elapsedMs: epoch.map((e) => e * 7),
  });
  return buildRecord(
    {
      id,
      name: `run ${id}`,
      note: 'a note, with "quotes" and 中文',
      isStarred: id === 'b',
      link: encodeExperiment(DEFAULT_EXPERIMENT),
      startedAt: 1_700_000_000_000,
      race: id === 'b' ? { raceId: 'race-1', variant: 'B', label: 'B · SGD' } : null,
      trainingSetSize: 400,
    },
    [{ history, seed: 3, engine: 'wasm', status: diverges ? 'diverged' : 'done' }],
    false,
    diverges ? [{ id: 'diverged', epoch: last, evidence: { epoch: last, start: '0.693' } }] : [],
  );
}

const problemsOf = (parsed: ParsedNotebookFile) => (parsed.isValid ? [] : parsed.problems);
const keysOf = (parsed: ParsedNotebookFile) =>
  problemsOf(parsed).map((problem) => [problem.run, problem.field, problem.message.key]);

/** A file of these runs, as objects a test may break before writing it out. */
const fileWith = (runs: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'training-playground-notebook', version: 2, runs, ...extra });

describe('exporting and importing the notebook', () => {
  it('reads back exactly what it wrote, NaN and infinity included', () => {
    const records = [recordOf('a'), recordOf('b', { diverges: true })];
    const text = notebookFileText(records, Date.UTC(2026, 11, 5));
    expect(JSON.parse(text)).toMatchObject({
      format: 'training-playground-notebook',
      version: 2,
      exportedAt: '2026-12-05T00:00:00.000Z',
    });
    const parsed = parseNotebookFile(text);
    expect(parsed).toEqual({ isValid: true, records });
    const diverged = parsed.isValid ? parsed.records[1] : undefined;
    expect(diverged?.curves[0]?.testLoss.values.at(-1)).toBeNaN();
    expect(diverged?.curves[0]?.trainLoss.values.at(-1)).toBe(Number.POSITIVE_INFINITY);
    expect(diverged?.findings[0]?.id).toBe('diverged');
  });

  it('refuses what is not JSON, a foreign file, a newer version and a file with no runs, saying which', () => {
    expect(keysOf(parseNotebookFile('{"format": '))).toEqual([[null, '', 'notebook.import.notJson']]);
    expect(keysOf(parseNotebookFile('[1, 2]'))).toEqual([[null, '', 'notebook.import.foreign']]);
    expect(keysOf(parseNotebookFile(JSON.stringify({ format: 'tensorboard', runs: [] })))).toEqual([
      [null, '', 'notebook.import.foreign'],
    ]);
    const newer = parseNotebookFile(fileWith([], { version: 3 }));
    expect(problemsOf(newer)[0]?.message).toEqual({
      key: 'notebook.import.version',
      params: { version: 3, supported: 2 },
    });
    expect(keysOf(parseNotebookFile(fileWith([])))).toEqual([[null, '', 'notebook.import.empty']]);
    expect(keysOf(parseNotebookFile(fileWith({} as unknown as unknown[])))).toEqual([
      [null, '', 'notebook.import.noRuns'],
    ]);
  });

  it('names every problem of every run, by its place in the file and its field, and takes none of them', () => {
    const good = recordOf('a');
    const broken = {
      ...recordOf('b'),
      name: 42,
      status: 'finished',
      epochs: -1,
      link: 'v=2&opt=nonsense',
      findings: [{ id: 'sunburn', epoch: 1, evidence: {} }],
    };
    const curves = recordOf('c').curves;
    const shortSeries = {
      ...recordOf('c'),
      isStarred: 'yes',
      curves: [{ ...curves[0], testAccuracy: { epochs: [1, 2], values: [0.5] } }],
    };
    const parsed = parseNotebookFile(fileWith([good, broken, 'a run', shortSeries]));
    expect(parsed.isValid).toBe(false);
    expect(keysOf(parsed)).toEqual([
      [2, 'name', 'notebook.import.text'],
      [2, 'link', expect.stringMatching(/^link\./)],
      [2, 'epochs', 'notebook.import.wholeNumber'],
      [2, 'status', 'notebook.import.oneOf'],
      [2, 'findings[0].id', 'notebook.import.finding'],
      [3, '', 'notebook.import.object'],
      [4, 'isStarred', 'notebook.import.boolean'],
      [4, 'curves[0].testAccuracy', 'notebook.import.lengths'],
    ]);
  });

  it('lists at most MAX_LISTED_PROBLEMS problems and counts them all', () => {
    const runs = Array.from({ length: 30 }, () => ({ ...recordOf('x'), note: 7 }));
    const parsed = parseNotebookFile(fileWith(runs));
    expect(problemsOf(parsed)).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(parsed.isValid ? 0 : parsed.problemCount).toBe(30);
  });

  it('upgrades runs of an older version in the file and keeps none of the fields it does not know', () => {
    const { findings: _none, ...v1 } = recordOf('a');
    const parsed = parseNotebookFile(fileWith([{ ...v1, schemaVersion: 1, secret: '<script>' }]));
    expect(parsed).toEqual({ isValid: true, records: [{ ...recordOf('a'), findings: [] }] });
  });

  it('finds duplicates: a run already kept, or twice in the file, is not added again', () => {
    const kept = [recordOf('a')];
    const incoming = [recordOf('a'), recordOf('b'), recordOf('b'), recordOf('c')];
    const { added, duplicates } = newRecordsOf(kept, incoming);
    expect(added.map((record) => record.id)).toEqual(['b', 'c']);
    expect(duplicates.map((record) => record.id)).toEqual(['a', 'b']);
  });
});
