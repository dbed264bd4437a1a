import { useSyncExternalStore } from 'react';
import { DefaultTooltipContent, type TooltipPayloadEntry } from 'recharts';
import type { ChartDrawing } from './chartDrawing';
import { tooltipX, valuesAt } from './frameRows';
import type { LatestValue } from './latestValue';

interface ChartTooltipContentProps {
  /** The drawing the series show (the tooltip matches what is drawn). */
  readonly shown: LatestValue<ChartDrawing>;
  /** The hovered x, as recharts' tooltip reports it (a row of the chart data, see chartAxes.ts). */
  readonly label: unknown;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
}

/**
 * The tooltip of a chart whose series are plain paths: recharts' own tooltip box, filled with the
 * value of every named line at the hovered x (the nearest drawn point of each), in legend order.
 * Computed only while someone hovers, so it costs a redraw nothing.
 */
export function ChartTooltipContent({ shown, label, formatX, formatY }: ChartTooltipContentProps) {
  const drawing = useSyncExternalStore(shown.subscribe, shown.get, shown.get);
  if (typeof label !== 'number') return null;
  const values = valuesAt(drawing, tooltipX(drawing, label));
  const first = values[0];
  if (!first) return null;
  const payload = values.map(
    ({ line, y }): TooltipPayloadEntry => ({
      graphicalItemId: line.name,
      name: line.name,
      value: formatY(y),
      color: line.colour,
    }),
  );
  // The nearest drawn point's x, not the hovered row's: the rows are spread evenly over the axis.
  return <DefaultTooltipContent label={formatX(first.x)} payload={payload} />;
}
