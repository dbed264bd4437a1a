import { type LegendEntry, TEST_DASH } from '../../core/chart/chartDrawing';
import { FAINT_OPACITY } from '../theme';

const SWATCH_WIDTH_PX = 16;

/** A legend swatch: the line's stroke, or a variant's solid and dashed strokes one above the other. */
function Swatch({ entry }: { readonly entry: LegendEntry }) {
  const strokes =
    entry.swatch === 'pair'
      ? [
          { y: 2, isDashed: false },
          { y: 8, isDashed: true },
        ]
      : [{ y: 5, isDashed: entry.swatch === 'dashed' }];
  return (
    <svg width={SWATCH_WIDTH_PX} height={10} aria-hidden="true">
      {strokes.map((stroke) => (
        <line
          key={stroke.y}
          x1={0}
          y1={stroke.y}
          x2={SWATCH_WIDTH_PX}
          y2={stroke.y}
          stroke={entry.colour}
          strokeWidth={2}
          {...(entry.isFaint ? { strokeOpacity: FAINT_OPACITY } : {})}
          {...(stroke.isDashed ? { strokeDasharray: entry.dash ?? TEST_DASH } : {})}
        />
      ))}
    </svg>
  );
}

/**
 * The names of a chart's lines, each with its colour and, for test lines, the dash: so that colour
 * is never the only cue. A previous run's entries are as faint as its lines. Plain HTML above the
 * drawing; recharts' legend measured itself in the page and re-laid the whole chart out after.
 */
export function ChartLegend({ entries }: { readonly entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li
          key={entry.name}
          className={entry.isFaint ? 'chart-legend-item chart-legend-faint' : 'chart-legend-item'}
          data-swatch={entry.swatch}
        >
          <Swatch entry={entry} />
          <span className="chart-legend-name">{entry.name}</span>
        </li>
      ))}
    </ul>
  );
}
