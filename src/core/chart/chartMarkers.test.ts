import { describe, expect, it } from 'vitest';
import { MetricHistory } from '../run/metricHistory';
import type { EpochMark } from '../run/types';
import { drawnMarkers, markersNear } from './chartMarkers';
import type { CurveSource } from './chartSeries';

/** A history of epochs 0..count-1, each taking 100 ms of training. */
function historyOf(count: number): MetricHistory {
  const history = new MetricHistory();
  const column = (value: (epoch: number) => number) =>
    Float64Array.from({ length: count }, (_, i) => value(i));
  history.append({
    epoch: column((epoch) => epoch),
    trainLoss: column(() => 1),
    trainAccuracy: column(() => 0.5),
    testLoss: column(() => 1),
    testAccuracy: column(() => 0.5),
    elapsedMs: column((epoch) => epoch * 100),
  });
  return history;
}

const source = (variantIndex: number, marks?: readonly EpochMark[]): CurveSource => ({
  variantIndex,
  label: `variant ${variantIndex}`,
  histories: [historyOf(20)],
  trainingSetSize: 50,
  ...(marks ? { marks } : {}),
});

describe('change markers', () => {
  const curves = [
    source(0, [{ epoch: 12, label: 'lr 0.01 → 0.1' }]),
    source(1, [{ epoch: 4, label: 'B: momentum 0.9 → 0.5' }]),
  ];
  const colour = (curve: CurveSource) => `colour-${curve.variantIndex}`;

  it('stands at the epoch of the change on every x-axis, in its variant’s colour', () => {
    expect(
      drawnMarkers(curves, 'epochs', colour).map(({ x, label, colour }) => ({ x, label, colour })),
    ).toEqual([
      { x: 12, label: 'lr 0.01 → 0.1', colour: 'colour-0' },
      { x: 4, label: 'B: momentum 0.9 → 0.5', colour: 'colour-1' },
    ]);
    expect(drawnMarkers(curves, 'examples', colour).map((marker) => marker.x)).toEqual([600, 200]);
    // On the time axis, at the training time when the epoch ended.
    expect(drawnMarkers(curves, 'time', colour).map((marker) => marker.x)).toEqual([1.2, 0.4]);
  });

  it('names in the tooltip only the markers near the hovered x, nearest first', () => {
    const markers = drawnMarkers(
      [
        source(0, [
          { epoch: 10, label: 'far' },
          { epoch: 13, label: 'near' },
        ]),
      ],
      'epochs',
      colour,
    );
    expect(markersNear(markers, 12, 2.5).map((marker) => marker.label)).toEqual(['near', 'far']);
    expect(markersNear(markers, 12, 1).map((marker) => marker.label)).toEqual(['near']);
    expect(markersNear(markers, 18, 1)).toEqual([]);
  });

  it('draws none for a source without marks', () => {
    expect(drawnMarkers([source(0)], 'epochs', colour)).toEqual([]);
  });
});
