/**
 * Micro-benchmark of the data path in Node, for docs/decisions/csv.md and data-analysis.md: CSV
 * records by the native split against character by character (the same text with CR line ends,
 * which the fast path leaves to the slow one), and describeData on an MNIST-sized training split.
 * Run: `npx tsx bench/data.ts` (a few seconds; prints figures, asserts nothing).
 */
import { records } from '../src/core/datasets/csvRecords';
import { describeData } from '../src/core/datasets/statistics';
import { barImageSplit } from '../test/fixtures/syntheticImages';
import { fastestMs } from './stats';

const REPEATS = 5;

const countRecords = (text: string): number => {
  let count = 0;
  for (const _record of records(text, 1)) count++;
  return count;
};

/** Table shapes of a person's CSV: a wide numeric table, and MNIST written as 785 columns. */
const SHAPES = [
  { rows: 20_000, columns: 30 },
  { rows: 5_000, columns: 785 },
] as const;

for (const { rows, columns } of SHAPES) {
  const lines = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => ((row * 31 + column * 7) % 256) / 255).join(','),
  );
  const withLf = lines.join('\n');
  const withCr = lines.join('\r');
  const nativeMs = fastestMs(() => countRecords(withLf), REPEATS);
  const byCharacterMs = fastestMs(() => countRecords(withCr), REPEATS);
  console.log(
    `CSV, ${rows.toLocaleString('en-US')} rows × ${columns} columns: native split ${nativeMs.toFixed(1)} ms, character by character ${byCharacterMs.toFixed(1)} ms (${(byCharacterMs / nativeMs).toFixed(1)}x)`,
  );
}

const images = barImageSplit(12_000, 2_000, 28, 10);
const describeMs = fastestMs(() => describeData(images), REPEATS);
console.log(`describeData, 12,000 × 784 training split: ${describeMs.toFixed(1)} ms`);
