import { TEST_DASH } from '../../core/chart/chartDrawing';
import type { LegendEntry } from '../../core/chart/drawingReadout';

const SWATCH_WIDTH_PX = 16;

/**
 * The names of a chart's lines, each with its colour and, for test lines, the dash: so that colour
 * is never the only cue. Plain HTML above the drawing, wrapping onto more rows as variants are
 * added; recharts' legend measured itself in the page and re-laid the whole chart out after.
 */
export function ChartLegend({ entries }: { readonly entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.name} className="chart-legend-item">
          <svg width={SWATCH_WIDTH_PX} height={8} aria-hidden="true">
            <line
              x1={0}
              y1={4}
              x2={SWATCH_WIDTH_PX}
              y2={4}
              stroke={entry.colour}
              strokeWidth={2}
              {...(entry.isDashed ? { strokeDasharray: TEST_DASH } : {})}
            />
          </svg>
          <span className="chart-legend-name">{entry.name}</span>
        </li>
      ))}
    </ul>
  );
}
