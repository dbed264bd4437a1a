/** Helpers that shape metric series for charts: downsampling and TensorBoard-style smoothing. */

/** A series of (x, y) points as two parallel arrays. */
export interface Series {
  readonly xs: number[];
  readonly ys: number[];
}

/** Largest smoothing weight: at 1 the average would never move from its first value. */
export const MAX_SMOOTHING = 0.999;

/** Index of the smallest and of the largest y in [start, end), ignoring NaN; -1 when all are NaN. */
function extremes(ys: ArrayLike<number>, start: number, end: number): [number, number] {
  let minIndex = -1;
  let maxIndex = -1;
  for (let i = start; i < end; i++) {
    const y = ys[i] as number;
    if (Number.isNaN(y)) continue;
    if (minIndex < 0 || y < (ys[minIndex] as number)) minIndex = i;
    if (maxIndex < 0 || y > (ys[maxIndex] as number)) maxIndex = i;
  }
  return [minIndex, maxIndex];
}

/**
 * At most `maxPoints` points (at least 2) of a series, in order: the first and the last, and the
 * lowest and highest point of each equal-width bucket of the rest, so that spikes and dips survive
 * (a diverging loss must not be averaged away). Shorter series come back whole.
 */
export function downsample(xs: ArrayLike<number>, ys: ArrayLike<number>, maxPoints: number): Series {
  const length = Math.min(xs.length, ys.length);
  const limit = Number.isFinite(maxPoints) ? Math.max(2, Math.floor(maxPoints)) : length;
  const keep = (indices: readonly number[]): Series => ({
    xs: indices.map((i) => xs[i] as number),
    ys: indices.map((i) => ys[i] as number),
  });
  if (length <= limit) return keep(Array.from({ length }, (_, i) => i));
  const interior = length - 2;
  const buckets = Math.floor((limit - 2) / 2);
  const indices = [0];
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = 1 + Math.floor((bucket * interior) / buckets);
    const end = 1 + Math.floor(((bucket + 1) * interior) / buckets);
    const [minIndex, maxIndex] = extremes(ys, start, end);
    // A bucket of NaN only keeps one of them, so that the chart still shows the gap.
    if (minIndex < 0) indices.push(start);
    else if (minIndex === maxIndex) indices.push(minIndex);
    else indices.push(Math.min(minIndex, maxIndex), Math.max(minIndex, maxIndex));
  }
  indices.push(length - 1);
  return keep(indices);
}

/**
 * TensorBoard's smoothing: an exponential moving average with weight `smoothing` (0 = raw values,
 * clamped to 0..0.999), divided by 1 - smoothing^k so that early points are not pulled towards 0.
 * Non-finite values pass through unchanged and do not enter the average.
 */
export function exponentialMovingAverage(values: ArrayLike<number>, smoothing: number): number[] {
  const weight = Number.isFinite(smoothing) ? Math.min(Math.max(smoothing, 0), MAX_SMOOTHING) : 0;
  const length = values.length;
  // Plain loops: charts smooth up to 100,000 epochs several times a second.
  const result = new Array<number>(length);
  let isConstant = true;
  for (let i = 0; i < length; i++) {
    result[i] = values[i] as number;
    if (result[i] !== result[0]) isConstant = false;
  }
  // A constant series stays exactly constant instead of picking up rounding wobble.
  if (isConstant) return result;
  let average = 0;
  // weight^k for the k finite values seen so far, as a running product (a power per value was slow).
  let weightPower = 1;
  for (let i = 0; i < length; i++) {
    const value = result[i] as number;
    if (!Number.isFinite(value)) continue;
    average = average * weight + (1 - weight) * value;
    // Below 1e-17, 1 - weightPower is exactly 1: stop there, since the product would otherwise stick at the
    // smallest subnormal number, whose arithmetic is many times slower.
    weightPower = weightPower < 1e-17 ? 0 : weightPower * weight;
    result[i] = average / (1 - weightPower);
  }
  return result;
}
