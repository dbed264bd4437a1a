/**
 * Markers of what changed during a run (a learning rate moved live, say): where each stands on the
 * chosen x-axis, in whose colour, and which of them a hovered x is close to.
 */
import type { MetricHistory } from '../run/metricHistory';
import { type ChartXAxis, xValue } from './chartOptions';
import type { CurveSource } from './chartSeries';

/** A marker as drawn: a vertical line at `x`, labelled at the top of the plot. */
export interface DrawnMarker {
  readonly key: string;
  /** The last epoch trained before the change. */
  readonly epoch: number;
  readonly x: number;
  readonly label: string;
  readonly colour: string;
}

/** The training time up to the end of `epoch`, from a history whose rows are consecutive epochs. */
function elapsedAt(history: MetricHistory | undefined, epoch: number): number {
  if (!history || history.length === 0) return Number.NaN;
  const epochs = history.epochValues();
  const index = Math.min(Math.max(0, epoch - (epochs[0] as number)), history.length - 1);
  return history.values('elapsedMs')[index] as number;
}

/** Every source's marks placed on the x-axis, in the source's colour; those off the axis are left out. */
export function drawnMarkers(
  curves: readonly CurveSource[],
  xAxis: ChartXAxis,
  colourOf: (source: CurveSource) => string,
): DrawnMarker[] {
  return curves.flatMap((source) =>
    (source.marks ?? []).flatMap((mark, index) => {
      const x = xValue(xAxis, mark.epoch, elapsedAt(source.histories[0], mark.epoch), source.trainingSetSize);
      if (!Number.isFinite(x)) return [];
      return [
        {
          key: `${source.variantIndex}:${index}`,
          epoch: mark.epoch,
          x,
          label: mark.label,
          colour: colourOf(source),
        },
      ];
    }),
  );
}

/** The markers within `tolerance` of a hovered x, nearest first: what the tooltip names. */
export function markersNear(markers: readonly DrawnMarker[], x: number, tolerance: number): DrawnMarker[] {
  return markers
    .filter((marker) => Math.abs(marker.x - x) <= tolerance)
    .sort((a, b) => Math.abs(a.x - x) - Math.abs(b.x - x));
}
