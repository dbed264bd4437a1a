/**
 * The learning-rate range test in the worker: a run of its own (made as a load makes one, so it
 * starts from the experiment's initial weights and never touches a loaded run), one optimizer step
 * per rate, the training loss after each, stopped early once the loss has blown up.
 */
import {
  type LearningRateRange,
  rangeProblems,
  rateAt,
  SMOOTHING,
  shouldStop,
} from '../../core/run/learningRateRange';
import type { WorkerCommand } from '../../worker/training/protocol';
import { MessageError } from '../shared/messageError';
import type { RunMaker } from './runFactory';

/** The command that asks for a range test. */
export type FindLearningRateCommand = Extract<WorkerCommand, { type: 'findLearningRate' }>;

/** The rates tried and the training loss after each (as long as the test went). */
export interface RangeTestResult {
  readonly rates: Float64Array;
  readonly losses: Float64Array;
}

/** Enough epochs that the test never reaches the end of its run (an epoch has at least one step). */
const epochsFor = (range: LearningRateRange): number => Math.max(range.steps, 1);

/** Runs the test; `yieldToEventLoop` between steps lets the worker's other messages in. */
export async function runLearningRateTest(
  runMaker: RunMaker,
  command: FindLearningRateCommand,
  yieldToEventLoop: () => Promise<void>,
): Promise<RangeTestResult> {
  const { range, experiment, ...load } = command;
  if (rangeProblems(range).length > 0) throw new MessageError({ key: 'notebook.lr.badRange' });
  // No schedule: the test sets the rate itself, step by step.
  const { schedule: _schedule, ...optimizer } = experiment.optimizer;
  const { run } = await runMaker.make({
    ...load,
    type: 'load',
    experiment: { ...experiment, optimizer, training: { ...experiment.training, epochs: epochsFor(range) } },
    drawsBoundary: false,
  });
  const rates: number[] = [];
  const losses: number[] = [];
  try {
    let average = 0;
    let lowest = Number.POSITIVE_INFINITY;
    for (let index = 0; index < range.steps; index++) {
      const rate = rateAt(range, index);
      const { optimizer } = run.experiment;
      run.updateOptimizer({ ...optimizer, params: { ...optimizer.params, learningRate: rate } });
      // A deadline already past: exactly one batch.
      run.trainUntil(Number.NEGATIVE_INFINITY);
      run.recordMetrics();
      const readout = await run.takeMetrics();
      const loss = readout.columns?.trainLoss.at(-1);
      rates.push(rate);
      losses.push(loss ?? Number.NaN);
      if (loss === undefined || readout.divergedEpoch !== null) break;
      average = SMOOTHING * average + (1 - SMOOTHING) * loss;
      const smoothed = average / (1 - SMOOTHING ** (index + 1));
      lowest = Math.min(lowest, smoothed);
      if (shouldStop(smoothed, lowest)) break;
      await yieldToEventLoop();
    }
  } finally {
    run.dispose();
  }
  return { rates: Float64Array.from(rates), losses: Float64Array.from(losses) };
}
