/** What the views read of the notebook: the overlaid past runs as curves, and the records selected. */
import type { PastCurve, PastSeries } from '../core/chart/pastCurves';
import { languageVersion, t } from '../core/i18n/translate';
import { differencesFrom, experimentOf, type NotebookRecord, type SeedCurves } from '../core/notebook';
import { METRIC_KEYS, type MetricKey } from '../core/run/metricHistory';
import type { PlaygroundState } from './playgroundState';

/** Colours of past runs on the charts: Okabe-Ito's, after the four the variants use, then two darker ones. */
export const PAST_COLOURS = ['#E69F00', '#56B4E9', '#7A5195', '#117733', '#6B6B6B'] as const;

/** Dash patterns of past runs, unlike the live test lines' 5 4: with five colours, twenty runs look each unlike the others. */
export const PAST_DASHES = ['1 3', '8 3 2 3', '12 4', '3 3 3 8'] as const;

/** A series of the seeds together: their mean where every seed kept the same epochs, else the first seed's. */
function meanSeries(curves: readonly SeedCurves[], key: MetricKey): PastSeries | undefined {
  const first = curves[0]?.[key];
  if (!first) return undefined;
  const isAligned = curves.every((seed) => {
    const epochs = seed[key].epochs;
    return epochs.length === first.epochs.length && epochs.every((epoch, i) => epoch === first.epochs[i]);
  });
  if (!isAligned || curves.length === 1) return first;
  return {
    epochs: first.epochs,
    values: first.epochs.map(
      (_, i) => curves.reduce((sum, seed) => sum + (seed[key].values[i] as number), 0) / curves.length,
    ),
  };
}

/** The records selected, in the order chosen. */
export function selectedRecords(state: PlaygroundState): NotebookRecord[] {
  const byId = new Map(state.notebookRecords.map((record) => [record.id, record]));
  return state.notebookSelection.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}

let pastKey: readonly unknown[] = [];
let past: readonly PastCurve[] = [];

/**
 * The selected records as curves for the charts, each with its colour, dash and the words of what
 * it changes from the experiment in the panels. The same array until the selection, the records,
 * the experiment or the language change: the charts must not redraw for a run's progress alone.
 */
export const selectPastCurves = (state: PlaygroundState): readonly PastCurve[] => {
  const key = [state.notebookSelection, state.notebookRecords, state.experiment, languageVersion()];
  if (key.some((part, index) => part !== pastKey[index])) {
    pastKey = key;
    const seen = new Set<string>();
    past = selectedRecords(state).map((record, index) => {
      const differences = differencesFrom(state.experiment, experimentOf(record));
      let label = t('notebook.pastLine', {
        name: record.name,
        differences: differences.length > 0 ? differences.join(', ') : t('notebook.sameSettings'),
      });
      // Two runs of one name stay two lines and two legend entries.
      while (seen.has(label)) label = `${label} ·`;
      seen.add(label);
      const series = Object.fromEntries(
        METRIC_KEYS.map((metric) => [metric, meanSeries(record.curves, metric)] as const).filter(
          (entry): entry is readonly [MetricKey, PastSeries] => entry[1] !== undefined,
        ),
      );
      return {
        key: record.id,
        label,
        colour: PAST_COLOURS[index % PAST_COLOURS.length] as string,
        dash: PAST_DASHES[index % PAST_DASHES.length] as string,
        series,
        trainingSetSize: record.trainingSetSize,
      };
    });
  }
  return past;
};
