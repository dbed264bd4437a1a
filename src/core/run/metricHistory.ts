/** Names of the per-epoch metric series a run records. */
export const METRIC_KEYS = ['trainLoss', 'trainAccuracy', 'testLoss', 'testAccuracy', 'elapsedMs'] as const;

/** One of the recorded metric series. */
export type MetricKey = (typeof METRIC_KEYS)[number];

/** The metrics of one epoch. */
export type EpochRecord = { readonly epoch: number } & Readonly<Record<MetricKey, number>>;

/** Columns of consecutive epochs, as they arrive from the worker. */
export type MetricColumnsLike = { readonly epoch: ArrayLike<number> } & Readonly<
  Record<MetricKey, ArrayLike<number>>
>;

/**
 * A run's metric history: growable columns, appended in place. It is mutated rather than copied
 * because a long run appends ten times a second to arrays of up to 100,000 epochs; readers take
 * `length` and the store bumps a version number so that React knows when to look again.
 */
export class MetricHistory {
  private capacity = 256;
  private size = 0;
  private epochs = new Float64Array(this.capacity);
  private readonly columns = new Map<MetricKey, Float64Array>(
    METRIC_KEYS.map((key) => [key, new Float64Array(this.capacity)]),
  );

  /** Number of recorded epochs. */
  get length(): number {
    return this.size;
  }

  /** Appends consecutive epochs. */
  append(batch: MetricColumnsLike): void {
    const count = batch.epoch.length;
    this.reserve(this.size + count);
    for (let i = 0; i < count; i++) this.epochs[this.size + i] = batch.epoch[i] as number;
    for (const key of METRIC_KEYS) {
      const target = this.column(key);
      const source = batch[key];
      for (let i = 0; i < count; i++) target[this.size + i] = source[i] as number;
    }
    this.size += count;
  }

  /** The epoch numbers recorded so far (a view, valid until the next append). */
  epochValues(): Float64Array {
    return this.epochs.subarray(0, this.size);
  }

  /** One metric series (a view, valid until the next append). */
  values(key: MetricKey): Float64Array {
    return this.column(key).subarray(0, this.size);
  }

  /** The most recent epoch, or null before the first. */
  latest(): EpochRecord | null {
    if (this.size === 0) return null;
    const index = this.size - 1;
    return {
      epoch: this.epochs[index] as number,
      trainLoss: this.column('trainLoss')[index] as number,
      trainAccuracy: this.column('trainAccuracy')[index] as number,
      testLoss: this.column('testLoss')[index] as number,
      testAccuracy: this.column('testAccuracy')[index] as number,
      elapsedMs: this.column('elapsedMs')[index] as number,
    };
  }

  private column(key: MetricKey): Float64Array {
    const column = this.columns.get(key);
    if (!column) throw new Error(`Unknown metric ${key}`);
    return column;
  }

  private reserve(needed: number): void {
    if (needed <= this.capacity) return;
    while (this.capacity < needed) this.capacity *= 2;
    const grow = (old: Float64Array): Float64Array<ArrayBuffer> => {
      const bigger = new Float64Array(this.capacity);
      bigger.set(old.subarray(0, this.size));
      return bigger;
    };
    this.epochs = grow(this.epochs);
    for (const key of METRIC_KEYS) this.columns.set(key, grow(this.column(key)));
  }
}
