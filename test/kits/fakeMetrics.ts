/** The metrics a fake trainer reports: a loss per epoch, read out as the real trainers do. */
import type { MetricColumns } from '../../src/core/run/types';
import type { Trainer } from '../../src/train/shared/trainer';

/** What takeMetrics hands over, as the Trainer interface says. */
export type FakeReadout = Awaited<ReturnType<Trainer['takeMetrics']>>;

/** One recorded epoch: its number, the time trained up to it, and its loss (NaN once diverged). */
export interface PendingRow {
  readonly epoch: number;
  readonly elapsedMs: number;
  readonly loss: number;
}

/** The rows before the first non-finite one as metric columns, and that row's epoch. */
export function readoutOf(pending: readonly PendingRow[]): FakeReadout {
  const firstBad = pending.findIndex((row) => !Number.isFinite(row.loss));
  const reported = firstBad === -1 ? pending : pending.slice(0, firstBad);
  const divergedEpoch = firstBad === -1 ? null : (pending[firstBad] as PendingRow).epoch;
  return { columns: reported.length > 0 ? columnsOf(reported) : null, divergedEpoch };
}

function columnsOf(rows: readonly PendingRow[]): MetricColumns {
  const column = (value: (row: PendingRow) => number) => Float64Array.from(rows, value);
  return {
    epoch: column((row) => row.epoch),
    trainLoss: column((row) => row.loss),
    trainAccuracy: column((row) => 1 - row.loss / 2),
    testLoss: column((row) => row.loss),
    testAccuracy: column((row) => 1 - row.loss / 2),
    elapsedMs: column((row) => row.elapsedMs),
  };
}
