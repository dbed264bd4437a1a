import { type PointerEvent, useSyncExternalStore } from 'react';
import {
  DefaultZIndexes,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import type { ChartDrawing } from '../../core/chart/chartDrawing';
import type { ChartHover } from '../../core/chart/chartHover';
import { hoveredValues } from '../../core/chart/drawingReadout';
import type { LatestValue } from '../../core/chart/latestValue';

const CURSOR_COLOUR = '#cccccc';

interface ChartHoverLayerProps {
  /** The drawing the series show (the dots match what is drawn). */
  readonly shown: LatestValue<ChartDrawing>;
  /** Set here as the pointer moves over the plot; the tooltip beside the drawing reads it too. */
  readonly hover: LatestValue<ChartHover | null>;
}

/**
 * Follows the pointer over the plot: a cursor line at the hovered x and a dot on every named line
 * there, as recharts' own tooltip marked them. The hovered x comes from the axis' inverse scale,
 * so no rows of chart data are needed to stop at, and nothing renders while nobody hovers.
 */
export function ChartHoverLayer({ shown, hover }: ChartHoverLayerProps) {
  const drawing = useSyncExternalStore(shown.subscribe, shown.get, shown.get);
  const hovered = useSyncExternalStore(hover.subscribe, hover.get, hover.get);
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  if (!plot || !xScale || !yScale || !xInverse) return null;

  const follow = (event: PointerEvent<SVGRectElement>): void => {
    const drawingBox = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!drawingBox) return;
    const left = event.clientX - drawingBox.left;
    const x = Number(xInverse(left));
    hover.set(Number.isFinite(x) ? { x, left, width: drawingBox.width } : null);
  };
  const values = hovered ? hoveredValues(drawing, hovered.x) : [];
  const cursorX = values[0] ? xScale(values[0].x) : undefined;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      {cursorX !== undefined && (
        <line
          className="chart-cursor"
          x1={cursorX}
          x2={cursorX}
          y1={plot.y}
          y2={plot.y + plot.height}
          stroke={CURSOR_COLOUR}
        />
      )}
      {values.map(({ line, x, y }) => {
        const cx = xScale(x);
        const cy = yScale(y);
        if (cx === undefined || cy === undefined) return null;
        return (
          <circle key={line.name} cx={cx} cy={cy} r={4} fill={line.colour} stroke="#fff" strokeWidth={2} />
        );
      })}
      {/* Transparent, on top of everything drawn: it alone takes the pointer. */}
      <rect
        className="chart-hover-target"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        onPointerMove={follow}
        onPointerDown={follow}
        onPointerLeave={() => hover.set(null)}
      />
    </ZIndexLayer>
  );
}
