import type { StateCreator } from 'zustand';
import { DEFAULT_EXPERIMENT } from '../core/defaults';
import type {
  DatasetConfig,
  DenseLayerConfig,
  Experiment,
  HyperParameterValue,
  LossId,
  OptimizerId,
  TrainingConfig,
} from '../core/experiment';
import { defaultOptimizerParams } from '../core/registries/optimizers';
import { MODEL_LIMITS } from '../core/registries/training';
import type { PlaygroundState } from './playgroundState';

/** The experiment being edited, and the actions that edit it. */
export interface ExperimentSlice {
  readonly experiment: Experiment;
  setDataset(patch: Partial<DatasetConfig>): void;
  setHiddenLayer(index: number, patch: Partial<DenseLayerConfig>): void;
  addHiddenLayer(): void;
  removeHiddenLayer(index: number): void;
  setLoss(loss: LossId): void;
  /** Switches optimizer, starting from its Keras defaults but keeping the learning rate. */
  setOptimizer(id: OptimizerId): void;
  setOptimizerParam(key: string, value: HyperParameterValue): void;
  setTraining(patch: Partial<TrainingConfig>): void;
  /** Replaces the whole experiment (a decoded link). */
  replaceExperiment(experiment: Experiment): void;
}

/** Creates the experiment slice; every edit goes through `applyExperiment` so the run follows. */
export const createExperimentSlice: StateCreator<PlaygroundState, [], [], ExperimentSlice> = (_set, get) => {
  const update = (change: (experiment: Experiment) => Experiment): void => {
    const state = get();
    state.applyExperiment(change(state.experiment));
  };
  return {
    experiment: DEFAULT_EXPERIMENT,
    setDataset: (patch) => update((e) => ({ ...e, dataset: { ...e.dataset, ...patch } })),
    setHiddenLayer: (index, patch) =>
      update((e) => ({
        ...e,
        model: {
          hiddenLayers: e.model.hiddenLayers.map((layer, i) =>
            i === index ? { ...layer, ...patch } : layer,
          ),
        },
      })),
    addHiddenLayer: () =>
      update((e) => {
        if (e.model.hiddenLayers.length >= MODEL_LIMITS.maxHiddenLayers) return e;
        const last = e.model.hiddenLayers.at(-1);
        const added: DenseLayerConfig = last ? { ...last } : { kind: 'dense', units: 8, activation: 'tanh' };
        return { ...e, model: { hiddenLayers: [...e.model.hiddenLayers, added] } };
      }),
    removeHiddenLayer: (index) =>
      update((e) => ({ ...e, model: { hiddenLayers: e.model.hiddenLayers.filter((_, i) => i !== index) } })),
    setLoss: (loss) => update((e) => ({ ...e, loss })),
    setOptimizer: (id) =>
      update((e) => {
        const params = defaultOptimizerParams(id);
        const learningRate = e.optimizer.params.learningRate;
        if (typeof learningRate === 'number') params.learningRate = learningRate;
        return { ...e, optimizer: { id, params } };
      }),
    setOptimizerParam: (key, value) =>
      update((e) => ({
        ...e,
        optimizer: { ...e.optimizer, params: { ...e.optimizer.params, [key]: value } },
      })),
    setTraining: (patch) => update((e) => ({ ...e, training: { ...e.training, ...patch } })),
    replaceExperiment: (experiment) => update(() => experiment),
  };
};
