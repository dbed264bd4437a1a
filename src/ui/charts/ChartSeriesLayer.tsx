import { useMemo, useSyncExternalStore } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { type ChartDrawing, type DrawnLine, TEST_DASH } from '../../core/chart/chartDrawing';
import type { DrawnMarker } from '../../core/chart/chartMarkers';
import { type AxisScale, bandPathData, linePath } from '../../core/chart/chartPaths';
import type { LatestValue } from '../../core/chart/latestValue';
import { FAINT_OPACITY } from '../theme';

/** Radius of the dot that stands for a lone point of a line (one no segment reaches). */
const LONE_POINT_RADIUS_PX = 3;
const BAND_OPACITY = 0.15;

const MARKER_FONT_PX = 11;
/** Labels of markers close together are stacked in this many rows, so that they do not overprint. */
const MARKER_LABEL_ROWS = 3;
const MARKER_LABEL_GAP_PX = 4;

interface PlotArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Changes made during the run: a dotted vertical line at each, its words at the top of the plot on
 * the side with more room, haloed in the panel's colour so that the curves never hide them.
 */
function MarkerLines({
  markers,
  x,
  plot,
}: {
  markers: readonly DrawnMarker[];
  x: AxisScale;
  plot: PlotArea;
}) {
  return (
    <g className="chart-markers">
      {markers.map((marker, index) => {
        const left = x(marker.x);
        if (
          left === undefined ||
          !Number.isFinite(left) ||
          left < plot.x - 0.5 ||
          left > plot.x + plot.width + 0.5
        )
          return null;
        const isOnLeft = left > plot.x + plot.width / 2;
        const row = index % MARKER_LABEL_ROWS;
        return (
          <g key={marker.key} className="chart-marker" data-label={marker.label}>
            <line
              x1={left}
              x2={left}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke={marker.colour}
              strokeWidth={1.5}
              strokeDasharray="2 3"
            />
            <text
              x={isOnLeft ? left - MARKER_LABEL_GAP_PX : left + MARKER_LABEL_GAP_PX}
              y={plot.y + MARKER_FONT_PX + row * (MARKER_FONT_PX + 2)}
              textAnchor={isOnLeft ? 'end' : 'start'}
              fontSize={MARKER_FONT_PX}
              fill={marker.colour}
              stroke="var(--panel)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {marker.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** How each kind of line is stroked: bold means; past runs in their own dash; faint raw curves and previous runs. */
function strokeOf(line: DrawnLine) {
  return {
    stroke: line.colour,
    ...(line.role === 'mean'
      ? { strokeWidth: 2 }
      : line.role === 'past'
        ? { strokeWidth: 1.5 }
        : { strokeWidth: 1, strokeOpacity: FAINT_OPACITY }),
    ...(line.isDashed ? { strokeDasharray: line.dash ?? TEST_DASH } : {}),
  };
}

/**
 * The bands and lines of a drawing, each one SVG path, placed with the chart's own axis scales:
 * bands at recharts' area depth, lines at its line depth, so grid, axes and tooltip cursor layer
 * as they did around recharts' own series. The drawing arrives through `shown`, set in the same
 * effect pass in which recharts takes the chart data that its scales come from.
 */
export function ChartSeriesLayer({ shown }: { readonly shown: LatestValue<ChartDrawing> }) {
  const drawing = useSyncExternalStore(shown.subscribe, shown.get, shown.get);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const paths = useMemo(() => {
    if (!xScale || !yScale) return null;
    const x: AxisScale = (value) => xScale(value);
    const y: AxisScale = (value) => yScale(value);
    return {
      x,
      bands: drawing.bands.map((band) => ({ band, data: bandPathData(band.points, x, y) })),
      lines: drawing.lines.map((line) => {
        const { data, lonePoints } = linePath(line.points, x, y);
        // Dots only for the lines the legend names: a lone point of a faint raw curve is its mean's too.
        return { line, data, dots: line.role === 'mean' ? lonePoints : [] };
      }),
    };
  }, [drawing, xScale, yScale]);
  if (!paths) return null;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.area}>
        <g className="chart-bands">
          {paths.bands.map(({ band, data }) => (
            <path
              key={band.key}
              className="chart-band"
              d={data}
              fill={band.colour}
              fillOpacity={BAND_OPACITY}
              stroke="none"
            />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <g className="chart-lines">
          {paths.lines.map(({ line, data }) => (
            // recharts' class for a line's path: selectors and styles written for its lines still find these.
            <path
              key={line.name}
              className="recharts-curve recharts-line-curve"
              d={data}
              fill="none"
              {...strokeOf(line)}
            />
          ))}
        </g>
        {/* Lone points as dots (epoch 0 before Train): filled for train, rings for test, as the dashes tell them apart. */}
        <g className="chart-lone-points">
          {paths.lines.flatMap(({ line, dots }) =>
            dots.map((dot) => (
              <circle
                key={`${line.name}@${dot.x}`}
                cx={dot.x}
                cy={dot.y}
                r={LONE_POINT_RADIUS_PX}
                fill={line.isDashed ? 'var(--panel)' : line.colour}
                stroke={line.colour}
                strokeWidth={1.5}
              />
            )),
          )}
        </g>
        {plot && drawing.markers.length > 0 && (
          <MarkerLines markers={drawing.markers} x={paths.x} plot={plot} />
        )}
      </ZIndexLayer>
    </>
  );
}
