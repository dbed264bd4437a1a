import { MAX_STORED_POINTS, type StoredSeries } from './record';

/**
 * A series cut down to at most `maxPoints` points (at least 3): the first and the last, then per
 * bucket of consecutive epochs its lowest and highest value in epoch order, so that every peak,
 * dip and the overall extremes survive. A bucket with no finite value keeps its first point, so a
 * divergence still shows. Short series are kept whole.
 */
export function downsampleSeries(
  epochs: ArrayLike<number>,
  values: ArrayLike<number>,
  maxPoints: number = MAX_STORED_POINTS,
): StoredSeries {
  const length = Math.min(epochs.length, values.length);
  if (length <= maxPoints) {
    return {
      epochs: Array.from({ length }, (_, i) => epochs[i] as number),
      values: Array.from({ length }, (_, i) => values[i] as number),
    };
  }
  const kept: number[] = [0];
  const inner = length - 2;
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / 2));
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = 1 + Math.floor((bucket * inner) / buckets);
    const end = 1 + Math.floor(((bucket + 1) * inner) / buckets);
    if (end <= start) continue;
    let low = -1;
    let high = -1;
    for (let i = start; i < end; i++) {
      const value = values[i] as number;
      if (!Number.isFinite(value)) continue;
      if (low < 0 || value < (values[low] as number)) low = i;
      if (high < 0 || value > (values[high] as number)) high = i;
    }
    if (low < 0) kept.push(start);
    else if (low === high) kept.push(low);
    else kept.push(Math.min(low, high), Math.max(low, high));
  }
  kept.push(length - 1);
  return { epochs: kept.map((i) => epochs[i] as number), values: kept.map((i) => values[i] as number) };
}
