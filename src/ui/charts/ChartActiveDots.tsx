import { useSyncExternalStore } from 'react';
import {
  DefaultZIndexes,
  useActiveTooltipLabel,
  useIsTooltipActive,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import type { ChartDrawing } from './chartDrawing';
import { tooltipX, valuesAt } from './frameRows';
import type { LatestValue } from './latestValue';

/**
 * While the tooltip shows, a dot on every named line at the hovered x, as recharts' own lines
 * mark their active point (same size, fill and white ring). Nothing renders, and nothing is
 * computed, while nobody hovers.
 */
export function ChartActiveDots({ shown }: { readonly shown: LatestValue<ChartDrawing> }) {
  const drawing = useSyncExternalStore(shown.subscribe, shown.get, shown.get);
  const isActive = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!isActive || typeof label !== 'number' || !xScale || !yScale) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      {valuesAt(drawing, tooltipX(drawing, label)).map(({ line, x, y }) => {
        const cx = xScale(x);
        const cy = yScale(y);
        if (cx === undefined || cy === undefined) return null;
        return (
          <circle key={line.name} cx={cx} cy={cy} r={4} fill={line.colour} stroke="#fff" strokeWidth={2} />
        );
      })}
    </ZIndexLayer>
  );
}
