/**
 * Micro-benchmark of the plain-JavaScript engine against tfjs in Node: epochs per second of
 * TensorFlow Playground's default and of spiral 6×8 tanh (training with each epoch's evaluation
 * and a metrics read every 100 ms, as the worker does), the cost of one decision boundary, and a
 * sweep over network sizes and batch sizes that sets canTrainInJs's bounds.
 * Run: `npx tsx bench/engines.ts` (about a minute; prints tables, asserts nothing).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { buildSplitDataset } from '../src/core/datasets/generate';
import type { SplitDataset } from '../src/core/datasets/types';
import type { Experiment, LayerConfig } from '../src/core/experiment/experiment';
import { JsTrainingRun } from '../src/train/js/run';
import { createEventLoopYield } from '../src/train/schedule/eventLoopYield';
import type { Trainer } from '../src/train/shared/trainer';
import { TrainingRun } from '../src/train/tfjs/run';
import { barImageSplit } from '../test/fixtures/syntheticImages';

type Engine = 'js' | 'cpu' | 'wasm';

/**
 * Each engine trains in short slices, the engines taking turns, and keeps its best slice: the
 * machine this runs on is shared, and a neighbour's burst then costs one slice, not one engine.
 */
const SLICE_MS = 200;
const ROUNDS = 5;
const METRICS_INTERVAL_MS = 100;

const tanhLayers = (units: readonly number[]): LayerConfig[] =>
  units.map((count) => ({ kind: 'dense', units: count, activation: 'tanh' }));

/** TensorFlow Playground's default: circle, 250 training points, 4-2 tanh, batch 10, SGD 0.03. */
const PLAYGROUND: Experiment = {
  dataset: { id: 'circle', noise: 0, numPoints: 500, trainFraction: 0.5, seed: 1, numClasses: 2 },
  model: { hiddenLayers: tanhLayers([4, 2]) },
  loss: 'binaryCrossentropy',
  optimizer: { id: 'sgd', params: { learningRate: 0.03 } },
  training: { batchSize: 10, epochs: 1_000_000, l1: 0, l2: 0, seed: 1 },
};

const SPIRAL_6X8: Experiment = {
  ...PLAYGROUND,
  dataset: { ...PLAYGROUND.dataset, id: 'spiral', noise: 0.1 },
  model: { hiddenLayers: tanhLayers([8, 8, 8, 8, 8, 8]) },
};

function trainerFor(engine: Engine, experiment: Experiment, dataset: SplitDataset): Trainer {
  return engine === 'js' ? new JsTrainingRun(experiment, dataset) : new TrainingRun(experiment, dataset);
}

const yieldToEventLoop = createEventLoopYield();

/** 'bare': epochs back to back; 'worker': also a yield per epoch and a boundary 15 times a second, as the worker's loop. */
type Loop = 'bare' | 'worker';

/** Trains whole epochs for about `budgetMs`, reading metrics every 100 ms as the worker does; epochs per second. */
async function epochsPerSecond(run: Trainer, budgetMs: number, loop: Loop): Promise<number> {
  const startMs = performance.now();
  let [lastReadMs, lastBoundaryMs] = [startMs, startMs];
  let epochs = 0;
  while (performance.now() - startMs < budgetMs) {
    run.trainUntil(Number.POSITIVE_INFINITY);
    epochs++;
    if (performance.now() - lastReadMs >= METRICS_INTERVAL_MS) {
      await run.takeMetrics();
      lastReadMs = performance.now();
    }
    if (loop === 'bare') continue;
    if (performance.now() - lastBoundaryMs >= 1000 / 15) {
      await run.predictBoundary();
      lastBoundaryMs = performance.now();
    }
    await yieldToEventLoop();
  }
  await run.takeMetrics();
  return (epochs * 1000) / (performance.now() - startMs);
}

/** Best milliseconds per decision boundary over several. */
async function boundaryMs(run: Trainer): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    const startMs = performance.now();
    await run.predictBoundary();
    best = Math.min(best, performance.now() - startMs);
  }
  return best;
}

interface Measurement {
  readonly epochsPerSecond: number;
  readonly boundaryMs: number | null;
}

/** The engines (at most one tfjs backend among them) on one experiment, taking turns. */
async function race(
  engines: readonly Engine[],
  experiment: Experiment,
  dataset: SplitDataset,
  loop: Loop = 'bare',
): Promise<Map<Engine, Measurement>> {
  const backend = engines.find((engine) => engine !== 'js');
  if (backend) {
    await tf.setBackend(backend);
    await tf.ready();
  }
  const runs = engines.map((engine) => ({ engine, run: trainerFor(engine, experiment, dataset), best: 0 }));
  for (const entry of runs) await epochsPerSecond(entry.run, SLICE_MS, loop);
  for (let round = 0; round < ROUNDS; round++) {
    for (const entry of runs)
      entry.best = Math.max(entry.best, await epochsPerSecond(entry.run, SLICE_MS, loop));
  }
  const results = new Map<Engine, Measurement>();
  for (const { engine, run, best } of runs) {
    const boundary = dataset.numFeatures === 2 ? await boundaryMs(run) : null;
    results.set(engine, { epochsPerSecond: best, boundaryMs: boundary });
    run.dispose();
  }
  return results;
}

const fixed = (value: number, digits = 0): string => value.toFixed(digits);

async function scenarioTable(): Promise<void> {
  console.log(
    '\nScenario                                | engine | epochs/s | in a worker-like loop | boundary ms',
  );
  for (const [title, experiment] of [
    ['TF Playground default (4-2 tanh, b=10)', PLAYGROUND],
    ['Spiral 6x8 tanh (b=10)', SPIRAL_6X8],
  ] as const) {
    const dataset = buildSplitDataset(experiment.dataset);
    for (const engines of [['js', 'wasm'], ['cpu']] as const) {
      const [bare, looped] = [
        await race(engines, experiment, dataset),
        await race(engines, experiment, dataset, 'worker'),
      ];
      for (const engine of engines) {
        const [plain, inLoop] = [bare.get(engine), looped.get(engine)];
        const boundary = plain?.boundaryMs == null ? 'n/a' : fixed(plain.boundaryMs, 2);
        console.log(
          `${title.padEnd(39)} | ${engine.padEnd(6)} | ${fixed(plain?.epochsPerSecond ?? 0).padStart(8)} | ${fixed(inLoop?.epochsPerSecond ?? 0).padStart(21)} | ${boundary.padStart(11)}`,
        );
      }
    }
  }
}

/** Size sweep: two hidden ReLU layers of `units`, on 2-D points and on 64-pixel images, at several batch sizes. */
async function sweepTable(): Promise<void> {
  console.log('\nSweep: 2 hidden ReLU layers, Adam, 400 training examples; examples/s (best slice)');
  console.log('features | units | params | batch | params×batch |   js ex/s | wasm ex/s | js÷wasm');
  const points = buildSplitDataset({ ...PLAYGROUND.dataset, id: 'spiral', numPoints: 800 });
  const images = barImageSplit(400, 100, 8, 2);
  for (const dataset of [points, images]) {
    for (const units of [8, 16, 24, 32, 48, 64]) {
      for (const batchSize of [10, 32, 128]) {
        const experiment: Experiment = {
          ...PLAYGROUND,
          model: {
            hiddenLayers: [
              { kind: 'dense', units, activation: 'relu' },
              { kind: 'dense', units, activation: 'relu' },
            ],
          },
          optimizer: { id: 'adam', params: { learningRate: 0.01 } },
          training: { ...PLAYGROUND.training, batchSize },
        };
        const results = await race(['js', 'wasm'], experiment, dataset);
        const examples = (engine: Engine) =>
          (results.get(engine)?.epochsPerSecond ?? 0) * dataset.train.count;
        const params = new JsTrainingRun(experiment, dataset).parameterCount;
        const cells = [dataset.numFeatures, units, params, batchSize, params * batchSize].map(
          (value, index) => String(value).padStart([8, 5, 6, 5, 12][index] ?? 0),
        );
        const [js, wasm] = [examples('js'), examples('wasm')];
        console.log(
          `${cells.join(' | ')} | ${fixed(js).padStart(9)} | ${fixed(wasm).padStart(9)} | ${fixed(js / wasm, 2).padStart(7)}`,
        );
      }
    }
  }
}

await scenarioTable();
await sweepTable();
