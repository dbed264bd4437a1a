/**
 * SVG path data of the drawn lines and bands, built straight from their points and the axes'
 * scales. Drawing every series as one `<path d>` built in one pass is what keeps a redraw cheap:
 * recharts' own Line and Area run several passes per point through its store and selectors.
 */
import type { BandPoint, LinePoint } from '../../core/compare/chartSeries';

/** A data value to a pixel coordinate along one axis (recharts' axis scale); undefined outside the scale. */
export type AxisScale = (value: number) => number | undefined;

/**
 * A pixel coordinate as path text, to a tenth of a pixel (finer than any screen shows). Written
 * from whole tenths: turning a fraction into text is several times slower than an integer, and a
 * redraw of a large race writes some twenty thousand coordinates.
 */
function pixelText(value: number): string {
  const tenths = Math.round(value * 10);
  if (tenths < 0) return String(tenths / 10);
  const remainder = tenths % 10;
  const whole = (tenths - remainder) / 10;
  return remainder === 0 ? String(whole) : `${whole}.${remainder}`;
}

/** A pixel position as path text, or null where the point cannot be drawn (NaN, or outside a log scale). */
function position(scale: AxisScale, value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const at = scale(value);
  return at === undefined || !Number.isFinite(at) ? null : pixelText(at);
}

/**
 * Path data of a polyline through `points` (ascending x), straight segments as recharts' linear
 * curve draws them; a point that cannot be drawn (a diverged run's NaN) breaks the line, so the
 * gap shows instead of a segment across it. Empty without points.
 */
export function linePathData(points: readonly LinePoint[], xScale: AxisScale, yScale: AxisScale): string {
  let data = '';
  let isPenDown = false;
  for (const point of points) {
    const x = position(xScale, point.x);
    const y = position(yScale, point.y);
    if (x === null || y === null) {
      isPenDown = false;
      continue;
    }
    data += `${isPenDown ? 'L' : 'M'}${x},${y}`;
    isPenDown = true;
  }
  return data;
}

/** A point in pixels. */
export interface PixelPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The points of a line that no segment reaches, in pixels: the line's only point (epoch 0 before
 * Train, or a run of one epoch), or one between two gaps. A stroke of no length is invisible, so
 * these are drawn as dots instead.
 */
export function lonePoints(points: readonly LinePoint[], xScale: AxisScale, yScale: AxisScale): PixelPoint[] {
  const placed = points.map((point) => {
    const x = Number.isFinite(point.x) ? xScale(point.x) : undefined;
    const y = Number.isFinite(point.y) ? yScale(point.y) : undefined;
    return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
  });
  return placed.filter(
    (point, index): point is PixelPoint => point !== null && !placed[index - 1] && !placed[index + 1],
  );
}

/**
 * Path data of a filled band between the low and high edges of `points` (ascending x): along the
 * high edge, back along the low edge, closed. Points that cannot be drawn split it into separate
 * closed pieces, as recharts' range area does.
 */
export function bandPathData(points: readonly BandPoint[], xScale: AxisScale, yScale: AxisScale): string {
  let data = '';
  let highs: string[] = [];
  let lows: string[] = [];
  const closePiece = (): void => {
    if (highs.length > 0) data += `M${highs.join('L')}L${lows.reverse().join('L')}Z`;
    highs = [];
    lows = [];
  };
  for (const point of points) {
    const x = position(xScale, point.x);
    const low = position(yScale, point.range[0]);
    const high = position(yScale, point.range[1]);
    if (x === null || low === null || high === null) {
      closePiece();
      continue;
    }
    highs.push(`${x},${high}`);
    lows.push(`${x},${low}`);
  }
  closePiece();
  return data;
}
