import { useSyncExternalStore } from 'react';
import { DefaultTooltipContent, type TooltipPayloadEntry } from 'recharts';
import type { ChartDrawing } from '../../core/chart/chartDrawing';
import type { ChartFormats } from '../../core/chart/chartFormat';
import type { ChartHover } from '../../core/chart/chartHover';
import { markersNear } from '../../core/chart/chartMarkers';
import { drawingExtent, hoveredValues } from '../../core/chart/drawingReadout';
import type { LatestValue } from '../../core/chart/latestValue';
import { t } from '../../core/i18n/translate';

/** Room between the pointer and the tooltip's near edge. */
const POINTER_GAP_PX = 12;

/** A marker is named in the tooltip when the hovered x is within this share of the x-axis' reach. */
const MARKER_REACH = 1 / 40;

/** Tighter than recharts' defaults, so that the eight lines of four variants fit beside the plot. */
const CONTENT_STYLE = { padding: '6px 8px', fontSize: 13, lineHeight: '18px' } as const;
const ITEM_STYLE = { padding: '1px 0' } as const;

interface ChartTooltipProps extends Pick<ChartFormats, 'formatX' | 'formatValue'> {
  readonly shown: LatestValue<ChartDrawing>;
  readonly hover: LatestValue<ChartHover | null>;
}

/**
 * The value of every named line at the hovered x (the nearest drawn point of each), in legend
 * order, and the changes marked near it, in recharts' tooltip box: beside the pointer, on the side with more room, at the top of
 * the plot so that it never leaves the chart. Computed only while someone hovers.
 */
export function ChartTooltip({ shown, hover, formatX, formatValue }: ChartTooltipProps) {
  const drawing = useSyncExternalStore(shown.subscribe, shown.get, shown.get);
  const hovered = useSyncExternalStore(hover.subscribe, hover.get, hover.get);
  if (!hovered) return null;
  const values = hoveredValues(drawing, hovered.x);
  const first = values[0];
  if (!first) return null;
  const payload = values.map(
    ({ line, y }): TooltipPayloadEntry => ({
      graphicalItemId: line.name,
      name: line.name,
      value: formatValue(y),
      color: line.colour,
    }),
  );
  const reach = Math.abs(drawingExtent(drawing).xHigh) * MARKER_REACH;
  const markers = markersNear(drawing.markers, first.x, Number.isFinite(reach) ? reach : 0);
  const isOnLeft = hovered.left > hovered.width / 2;
  const place = isOnLeft
    ? { right: hovered.width - hovered.left + POINTER_GAP_PX }
    : { left: hovered.left + POINTER_GAP_PX };
  return (
    <div className="chart-tooltip" style={place}>
      {/* The nearest drawn point's x, not the pointer's: the label names an epoch that has values. */}
      <DefaultTooltipContent
        label={formatX(first.x)}
        payload={payload}
        contentStyle={CONTENT_STYLE}
        itemStyle={ITEM_STYLE}
      />
      {markers.length > 0 && (
        <ul className="chart-tooltip-markers" style={CONTENT_STYLE}>
          {markers.map((marker) => (
            <li key={marker.key}>{t('charts.afterEpoch', { epoch: marker.epoch, change: marker.label })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
