/**
 * Makes the trainer a load command asks for. The worker is a trust boundary, so the experiment is
 * checked first; its data is loaded (the runs of a race share one split); then the engine is
 * chosen: the JavaScript engine for small dense networks, else tfjs on the backend that fits,
 * loaded the first time a run needs it.
 */
import type { SplitDataset } from '../../core/datasets/types';
import { validateExperiment } from '../../core/experiment/validation';
import { messageOf } from '../../core/util/messageOf';
import type { DatasetRequest } from '../../worker/data/datasetLoader';
import type { WorkerCommand } from '../../worker/training/protocol';
import { JsTrainingRun } from '../js/run';
import { MessageError } from '../shared/messageError';
import { networkLayout } from '../shared/networkLayout';
import type { Trainer } from '../shared/trainer';
import type { TfjsEngine } from '../tfjs/engine';
import { type EngineChoice, jsEngineChoice, peerLayouts, sharedNeeds, trainsInJs } from './engineChoice';

/** Where runs get their data and tfjs (the worker, or a test). */
export interface RunSources {
  /** The training-ready split: generated at once, or fetched (shipped sets), or made from own data. */
  loadDataset(request: DatasetRequest): SplitDataset | Promise<SplitDataset>;
  /**
   * The tfjs side (backend activation, tfjs runs, tensor count): in the worker a dynamic import of
   * its own chunk, so that tfjs is fetched and compiled only when a run needs it. Called again
   * after a failure, so that a later run can retry a failed fetch.
   */
  loadTfjsEngine(): Promise<TfjsEngine>;
}

/** The command that loads a run. */
export type LoadCommand = Extract<WorkerCommand, { type: 'load' }>;

/** A new trainer and the engine chosen for it. */
export interface MadeRun {
  readonly run: Trainer;
  readonly choice: EngineChoice;
}

/** What the scheduler needs to make runs: a RunFactory in the worker, fake trainers in its tests. */
export interface RunMaker {
  /** The run a load asks for; throws, in words, what makes it impossible. */
  make(command: LoadCommand): Promise<MadeRun>;
  /** Tensors alive in the worker. */
  liveTensorCount(): number;
}

/** Makes runs; one per worker, since the tfjs engine and the last split are shared between them. */
export class RunFactory implements RunMaker {
  /** The tfjs side, once a run has needed it; null while only JavaScript-engine runs exist. */
  private tfjs: TfjsEngine | null = null;
  /** The split of the last load without own data, reused by loads of the same data set. */
  private lastDataset: { readonly key: string; readonly dataset: SplitDataset } | null = null;

  constructor(private readonly sources: RunSources) {}

  /** The run a load asks for; throws, in words, what makes it impossible. */
  async make(command: LoadCommand): Promise<MadeRun> {
    const { experiment } = command;
    // The validator's words, not a tfjs error.
    const problems = validateExperiment(experiment);
    if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join(' '));
    const dataset = await this.datasetFor(command);
    if (dataset.numClasses !== experiment.dataset.numClasses) {
      throw new MessageError({
        key: 'training.error.classMismatch',
        params: { found: dataset.numClasses, expected: experiment.dataset.numClasses },
      });
    }
    const layout = networkLayout(experiment, dataset);
    const peers = peerLayouts(command.comparedWith ?? [], dataset);
    if (trainsInJs(command.backend, { layout, batchSize: experiment.training.batchSize }, peers)) {
      return { run: new JsTrainingRun(experiment, dataset), choice: jsEngineChoice(command.backend) };
    }
    const tfjs = await this.tfjsEngine();
    const choice = await tfjs.activateBackend(command.backend, sharedNeeds(layout, peers), {
      experiment,
      dataset,
      cached: command.measuredBackends ?? [],
    });
    return { run: tfjs.createRun(experiment, dataset), choice };
  }

  /** Tensors alive in the worker: none before tfjs is loaded. */
  liveTensorCount(): number {
    return this.tfjs?.liveTensorCount() ?? 0;
  }

  /** The tfjs side, loaded on first need; a failed load becomes the run's failure, in words. */
  private async tfjsEngine(): Promise<TfjsEngine> {
    if (this.tfjs) return this.tfjs;
    try {
      this.tfjs = await this.sources.loadTfjsEngine();
    } catch (error) {
      // No full stop: the page's status adds its own sentence after the message.
      throw new MessageError({ key: 'training.error.tfjsLoad', params: { detail: messageOf(error) } });
    }
    return this.tfjs;
  }

  /**
   * The split a load trains on: the same object for every run of a race (same data set settings,
   * no own data), so that they share one copy of its tensors through the data pool.
   */
  private async datasetFor(command: LoadCommand): Promise<SplitDataset> {
    const { experiment, customData, datasetsUrl } = command;
    const key = customData ? null : JSON.stringify([experiment.dataset, datasetsUrl ?? null]);
    if (key !== null && this.lastDataset?.key === key) return this.lastDataset.dataset;
    const dataset = await this.sources.loadDataset({
      config: experiment.dataset,
      ...(customData ? { customData } : {}),
      ...(datasetsUrl ? { datasetsUrl } : {}),
    });
    this.lastDataset = key === null ? null : { key, dataset };
    return dataset;
  }
}
