/**
 * SVG path data of the drawn lines and bands, built straight from their points and the axes'
 * scales. Drawing every series as one `<path d>` built in one pass is what keeps a redraw cheap:
 * recharts' own Line and Area run several passes per point through its store and selectors.
 */
import type { BandPoint, LinePoint } from './chartSeries';

/** A data value to a pixel coordinate along one axis (recharts' axis scale); undefined outside the scale. */
export type AxisScale = (value: number) => number | undefined;

/**
 * A pixel coordinate as path text, to a tenth of a pixel (finer than any screen shows). Written
 * from whole tenths, since turning a fraction into text is slower than an integer and a redraw of
 * a large race writes thousands of coordinates (see docs/decisions/charts.md).
 */
function pixelText(value: number): string {
  const tenths = Math.round(value * 10);
  if (tenths < 0) return String(tenths / 10);
  const remainder = tenths % 10;
  const whole = (tenths - remainder) / 10;
  return remainder === 0 ? String(whole) : `${whole}.${remainder}`;
}

/** A pixel position, or null where the point cannot be drawn (NaN, or outside a log scale). */
function pixelAt(scale: AxisScale, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const at = scale(value);
  return at === undefined || !Number.isFinite(at) ? null : at;
}

/** A pixel position as path text, or null where the point cannot be drawn. */
function position(scale: AxisScale, value: number): string | null {
  const at = pixelAt(scale, value);
  return at === null ? null : pixelText(at);
}

/** A point in pixels. */
export interface PixelPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A polyline through `points` (ascending x): its path data, straight segments as recharts' linear
 * curve draws them, and its lone points. A point that cannot be drawn (a diverged run's NaN) breaks
 * the line, so the gap shows instead of a segment across it. A lone point is one no segment
 * reaches: the line's only point (epoch 0 before Train) or one between two gaps; a stroke of no
 * length is invisible, so it is drawn as a dot. One pass, no allocation per point: it runs for
 * every line at every redraw.
 */
export function linePath(
  points: readonly LinePoint[],
  xScale: AxisScale,
  yScale: AxisScale,
): { readonly data: string; readonly lonePoints: PixelPoint[] } {
  let data = '';
  const lonePoints: PixelPoint[] = [];
  // Points drawn since the pen last went down, and where it went down.
  let stretch = 0;
  let startX = 0;
  let startY = 0;
  for (const point of points) {
    const x = pixelAt(xScale, point.x);
    const y = pixelAt(yScale, point.y);
    if (x === null || y === null) {
      if (stretch === 1) lonePoints.push({ x: startX, y: startY });
      stretch = 0;
      continue;
    }
    data += `${stretch > 0 ? 'L' : 'M'}${pixelText(x)},${pixelText(y)}`;
    if (stretch === 0) {
      startX = x;
      startY = y;
    }
    stretch += 1;
  }
  if (stretch === 1) lonePoints.push({ x: startX, y: startY });
  return { data, lonePoints };
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
