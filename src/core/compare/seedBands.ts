/** The mean of several seeds' curves with their min-max band, epoch by epoch. */
export interface SeedBand {
  readonly mean: number[];
  readonly min: number[];
  readonly max: number[];
}

/**
 * Aggregates the same metric over runs that differ only in seed. Only the epochs every run has
 * reached are aggregated, so a band never mixes a fast seed's future with a slow seed's past.
 * Non-finite values (a diverged seed) make that epoch's mean NaN rather than hiding the failure.
 */
export function seedBand(series: readonly ArrayLike<number>[]): SeedBand {
  const length = series.length === 0 ? 0 : Math.min(...series.map((values) => values.length));
  const mean: number[] = [];
  const min: number[] = [];
  const max: number[] = [];
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const values of series) {
      const value = values[i] as number;
      sum += value;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    mean.push(sum / series.length);
    min.push(low);
    max.push(high);
  }
  return { mean, min, max };
}
