/**
 * The exported PyTorch script, checked with a real PyTorch (Debian's python3-torch under
 * /usr/bin/python3): three experiments are trained here for a few epochs on tfjs's cpu backend and
 * exported (script, data, weights); each script then trains 2 epochs from fresh weights (exit 0,
 * the app's parameter count, a falling loss) and starts once from the exported weights (its first
 * evaluation within 1e-4 of the app's losses). Prints each step's time. `npm run test:export`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_EXPERIMENT } from '../src/core/experiment/defaults';
import type { Experiment } from '../src/core/experiment/experiment';
import { defaultOptimizerParams } from '../src/core/registries/optimizers';
import type { ExportFormat } from '../src/core/run/exportFormat';
import { exportFiles } from '../src/train/shared/export/exportFiles';
import { lenetOnDigits, shippedConfig, trainedRun } from '../test/kits/exportKit';

const PYTHON = process.env.EXPORT_PYTHON ?? '/usr/bin/python3';
/** The app's and the script's first evaluation agree to this (float32 sums in another order). */
const LOSS_TOLERANCE = 1e-4;

const EXPERIMENTS: ReadonlyArray<{ name: string; experiment: Experiment; appEpochs: number }> = [
  { name: 'default', experiment: DEFAULT_EXPERIMENT, appEpochs: 5 },
  {
    name: 'iris-rmsprop-step',
    experiment: {
      ...DEFAULT_EXPERIMENT,
      dataset: shippedConfig('iris', 3),
      loss: 'categoricalCrossentropy',
      optimizer: {
        id: 'rmsprop',
        params: { ...defaultOptimizerParams('rmsprop'), learningRate: 0.01 },
        schedule: { id: 'stepDecay', params: { decayEpochs: 2, decayRate: 0.5 } },
      },
    },
    appEpochs: 3,
  },
  {
    name: 'digits-lenet',
    experiment: {
      ...DEFAULT_EXPERIMENT,
      dataset: shippedConfig('digits', 10),
      model: { hiddenLayers: lenetOnDigits() },
      loss: 'categoricalCrossentropy',
      training: { ...DEFAULT_EXPERIMENT.training, batchSize: 32 },
    },
    appEpochs: 1,
  },
];

interface Evaluation {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
}

/** The script's per-epoch lines and its parameter count. */
function parseOutput(stdout: string): { parameters: number; evaluations: Evaluation[] } {
  const parameters = Number(/^parameters (\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
  const evaluations = [...stdout.matchAll(/^epoch (\d+): train_loss=(\S+) .* test_loss=(\S+) /gm)].map(
    (m) => ({
      epoch: Number(m[1]),
      trainLoss: Number(m[2]),
      testLoss: Number(m[3]),
    }),
  );
  return { parameters, evaluations };
}

function runPython(folder: string, args: readonly string[]): { stdout: string; seconds: number } {
  const startMs = performance.now();
  const result = spawnSync(PYTHON, ['train.py', ...args], { cwd: folder, encoding: 'utf8' });
  const seconds = (performance.now() - startMs) / 1000;
  if (result.status !== 0)
    throw new Error(`${PYTHON} train.py ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return { stdout: result.stdout, seconds };
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const failures: string[] = [];
  const totalStartMs = performance.now();
  for (const { name, experiment, appEpochs } of EXPERIMENTS) {
    const folder = mkdtempSync(join(tmpdir(), `export-${name}-`));
    const appStartMs = performance.now();
    const { run, state, metrics } = await trainedRun(experiment, appEpochs);
    run.dispose();
    for (const format of ['pytorch', 'data', 'weights'] satisfies ExportFormat[])
      for (const file of exportFiles(format, state))
        writeFileSync(join(folder, file.name), new Uint8Array(file.bytes));
    const appSeconds = (performance.now() - appStartMs) / 1000;
    const fresh = runPython(folder, ['--epochs', '2']);
    const resumed = runPython(folder, ['--weights', 'weights.json', '--epochs', '1']);
    const check = (isTrue: boolean, what: string) => {
      if (!isTrue) failures.push(`${name}: ${what}`);
    };
    const freshRun = parseOutput(fresh.stdout);
    const first = freshRun.evaluations[0];
    const last = freshRun.evaluations.at(-1);
    check(
      freshRun.parameters === state.layout.parameterCount,
      `parameters ${freshRun.parameters} ≠ ${state.layout.parameterCount}`,
    );
    check(freshRun.evaluations.length === 3, `${freshRun.evaluations.length} evaluations, not 3`);
    check(
      first !== undefined && last !== undefined && last.trainLoss < first.trainLoss,
      'the loss did not fall',
    );
    const start = parseOutput(resumed.stdout).evaluations[0];
    const appTestLoss = metrics?.testLoss.at(-1) ?? Number.NaN;
    const appTrainLoss = metrics?.trainLoss.at(-1) ?? Number.NaN;
    const testGap = Math.abs((start?.testLoss ?? Number.NaN) - appTestLoss);
    const trainGap = Math.abs((start?.trainLoss ?? Number.NaN) - appTrainLoss);
    check(start?.epoch === appEpochs, `the resumed run starts at epoch ${start?.epoch}, not ${appEpochs}`);
    check(testGap <= LOSS_TOLERANCE, `test loss ${start?.testLoss} vs the app's ${appTestLoss}`);
    check(trainGap <= LOSS_TOLERANCE, `train loss ${start?.trainLoss} vs the app's ${appTrainLoss}`);
    console.log(
      `${name}: app ${appEpochs} epochs + export ${appSeconds.toFixed(1)} s; PyTorch 2 epochs ${fresh.seconds.toFixed(1)} s ` +
        `(loss ${first?.trainLoss.toFixed(4)} → ${last?.trainLoss.toFixed(4)}); from the weights ${resumed.seconds.toFixed(1)} s, ` +
        `test loss ${start?.testLoss} vs the app's ${appTestLoss.toFixed(8)} (gap ${testGap.toExponential(1)}), ` +
        `train loss gap ${trainGap.toExponential(1)}`,
    );
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(`total ${((performance.now() - totalStartMs) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.error(`FAILED:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log('all exported scripts ran, matched the app and learned');
}

await main();
