/**
 * `npx tsx bench/doctorCost.ts`: what one diagnosis costs, in microseconds, on histories of the
 * lengths a run reaches (500 epochs by default, up to the 100,000 the epoch bound allows). The page
 * diagnoses a run at most once per metrics update and reads it at most 4 times a second (the status
 * area's clock), so the main thread's share is that cost × 4 per second. Prints; asserts nothing.
 */
import { diagnose } from '../src/core/doctor/diagnose';
import { DEFAULT_EXPERIMENT } from '../src/core/experiment/defaults';
import { modelInputOf } from '../src/core/model/modelInput';
import { MetricHistory } from '../src/core/run/metricHistory';

/** TF Playground's default-like curve: a falling, slightly noisy loss. */
function historyOf(epochs: number): MetricHistory {
  const history = new MetricHistory();
  const column = (value: (i: number) => number) => Float64Array.from({ length: epochs }, (_, i) => value(i));
  history.append({
    epoch: column((i) => i),
    trainLoss: column((i) => 0.05 + 0.64 * Math.exp(-i / 50) + 0.01 * Math.sin(i)),
    testLoss: column((i) => 0.06 + 0.64 * Math.exp(-i / 50) + 0.01 * Math.cos(i)),
    trainAccuracy: column((i) => 1 - 0.5 * Math.exp(-i / 50)),
    testAccuracy: column((i) => 1 - 0.5 * Math.exp(-i / 50)),
    elapsedMs: column((i) => i),
  });
  return history;
}

const input = (history: MetricHistory) => ({
  history,
  experiment: DEFAULT_EXPERIMENT,
  divergedAtEpoch: null,
  modelInput: modelInputOf(DEFAULT_EXPERIMENT.dataset),
});

for (const epochs of [0, 500, 5_000, 100_000]) {
  const history = historyOf(epochs);
  const repeats = epochs >= 100_000 ? 200 : 5_000;
  for (let i = 0; i < 100; i++) diagnose(input(history));
  const samples: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) diagnose(input(history));
    samples.push(((performance.now() - start) * 1000) / repeats);
  }
  samples.sort((a, b) => a - b);
  const median = samples[3] as number;
  const share = (median * 4) / 1e6;
  process.stdout.write(
    `${String(epochs).padStart(7)} epochs: ${median.toFixed(2)} µs per diagnosis (median of 7), ${(share * 100).toFixed(4)}% of a second at 4 a second\n`,
  );
}
