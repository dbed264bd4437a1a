/**
 * Fake trainers made for load commands, as RunFactory makes real ones, and a scheduler on them
 * whose clock the fake trainers move: the scheduler's tests need no tfjs and never sleep on time.
 */
import { reasonOf } from '../../src/core/run/backendMeasurement';
import type { LoadCommand, MadeRun, RunMaker } from '../../src/train/schedule/runFactory';
import { FakeClock } from './fakeClock';
import { FakeTrainer, type FakeTrainerOptions } from './fakeTrainer';
import { startScheduler } from './schedulerTestKit';

/** How each load's trainer behaves; may wait (a data set loading) or throw (a load that fails). */
export type FakeConfiguration = (command: LoadCommand) => FakeTrainerOptions | Promise<FakeTrainerOptions>;

/** Makes fake trainers; counts the undisposed ones as the worker's live tensors. */
export class FakeRuns implements RunMaker {
  /** Every trainer made, with the id of the run it was made for, in order. */
  readonly made: Array<{ readonly runId: string; readonly trainer: FakeTrainer }> = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly configure: FakeConfiguration = () => ({}),
  ) {}

  async make(command: LoadCommand): Promise<MadeRun> {
    const trainer = new FakeTrainer(command.experiment, this.clock, await this.configure(command));
    this.made.push({ runId: command.runId, trainer });
    return {
      run: trainer,
      choice: { backend: 'cpu', reason: reasonOf('training.reason.chosen', { backend: 'cpu' }) },
    };
  }

  /** The trainer last made for a run. */
  latest(runId = 'a'): FakeTrainer {
    const found = this.made.filter((entry) => entry.runId === runId).at(-1);
    if (!found) throw new Error(`No trainer was made for run "${runId}".`);
    return found.trainer;
  }

  /** One per undisposed trainer: a stand-in for the tensors a tfjs run holds. */
  liveTensorCount(): number {
    return this.made.filter((entry) => !entry.trainer.isDisposed).length;
  }
}

/** A scheduler on fake trainers and a fake clock, with its events recorded. */
export function startFakeScheduler(configure?: FakeConfiguration) {
  const clock = new FakeClock();
  const runs = new FakeRuns(clock, configure);
  return { clock, runs, ...startScheduler({ runs, now: clock.now }) };
}
