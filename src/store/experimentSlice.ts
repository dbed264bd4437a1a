import type { StateCreator } from 'zustand';
import { DEFAULT_EXPERIMENT } from '../core/experiment/defaults';
import type {
  DatasetConfig,
  Experiment,
  HyperParameterValue,
  KernelRegularization,
  LayerConfig,
  LayerKind,
  LossId,
  OptimizerConfig,
  OptimizerId,
  ScheduleId,
  TrainingConfig,
} from '../core/experiment/experiment';
import { lossForNewData } from '../core/experiment/lossAdvisor';
import {
  addLayer,
  type LayerFieldsPatch,
  moveLayer,
  patchLayer,
  removeLayer,
  withRegularization,
} from '../core/model/layerEdits';
import { modelInputWithOwnData } from '../core/model/modelInput';
import { defaultOptimizerParams } from '../core/registries/optimizers';
import { MODEL_PRESETS, type ModelPresetId } from '../core/registries/presets';
import { defaultScheduleParams } from '../core/registries/schedules';
import type { PlaygroundState } from './playgroundState';

/** The experiment being edited (the selected variant of a comparison), and the actions that edit it. */
export interface ExperimentSlice {
  readonly experiment: Experiment;
  /** Changes the data set; a loss that cannot work on it, or that fitted the old data only, follows the new data. */
  setDataset(patch: Partial<DatasetConfig>): void;
  /** Changes the fields of layer `index` that its kind has. */
  setHiddenLayer(index: number, patch: LayerFieldsPatch): void;
  /** Gives layer `index` its own L1/L2 strengths, or (null) makes it follow the global ones. */
  setLayerRegularization(index: number, regularization: KernelRegularization | null): void;
  /** Appends a layer of `kind` (dense by default: a copy of the last dense layer). */
  addHiddenLayer(kind?: LayerKind): void;
  removeHiddenLayer(index: number): void;
  /** Moves layer `index` by `offset` places (−1 up, +1 down). */
  moveHiddenLayer(index: number, offset: number): void;
  /** Replaces the layers by a preset's for the current data; does nothing when the preset does not apply. */
  applyModelPreset(id: ModelPresetId): void;
  setLoss(loss: LossId): void;
  /** Switches optimizer, starting from its Keras defaults but keeping the learning rate, schedule and clipping. */
  setOptimizer(id: OptimizerId): void;
  setOptimizerParam(key: string, value: HyperParameterValue): void;
  /** Picks a learning-rate schedule with its default settings ('constant' removes it). */
  setSchedule(id: ScheduleId): void;
  setScheduleParam(key: string, value: number): void;
  /** Clips gradients to a global norm, or (null) stops clipping. */
  setClipNorm(clipNorm: number | null): void;
  setTraining(patch: Partial<TrainingConfig>): void;
}

/** The optimizer config with `schedule` and `clipNorm` set, or left out when undefined. */
function withExtras(
  optimizer: OptimizerConfig,
  schedule: OptimizerConfig['schedule'],
  clipNorm: OptimizerConfig['clipNorm'],
): OptimizerConfig {
  return {
    id: optimizer.id,
    params: optimizer.params,
    ...(schedule === undefined ? {} : { schedule }),
    ...(clipNorm === undefined ? {} : { clipNorm }),
  };
}

/** Creates the experiment slice; every edit goes through `applyExperiment` so the run follows. */
export const createExperimentSlice: StateCreator<PlaygroundState, [], [], ExperimentSlice> = (_set, get) => {
  const update = (change: (experiment: Experiment) => Experiment): void => {
    const state = get();
    state.applyExperiment(change(state.experiment));
  };
  const updateLayers = (change: (layers: readonly LayerConfig[]) => readonly LayerConfig[]): void =>
    update((e) => {
      const hiddenLayers = change(e.model.hiddenLayers);
      return hiddenLayers === e.model.hiddenLayers ? e : { ...e, model: { hiddenLayers } };
    });
  const updateOptimizer = (change: (optimizer: OptimizerConfig) => OptimizerConfig): void =>
    update((e) => ({ ...e, optimizer: change(e.optimizer) }));
  return {
    experiment: DEFAULT_EXPERIMENT,
    setDataset: (patch) =>
      update((e) => {
        const state = get();
        const dataset = { ...e.dataset, ...patch };
        const loss = lossForNewData(
          e.loss,
          modelInputWithOwnData(e.dataset, state.customData),
          modelInputWithOwnData(dataset, state.customData),
        );
        return { ...e, dataset, loss };
      }),
    setHiddenLayer: (index, patch) =>
      updateLayers((layers) => layers.map((layer, i) => (i === index ? patchLayer(layer, patch) : layer))),
    setLayerRegularization: (index, regularization) =>
      updateLayers((layers) =>
        layers.map((layer, i) => (i === index ? withRegularization(layer, regularization) : layer)),
      ),
    addHiddenLayer: (kind = 'dense') => updateLayers((layers) => addLayer(layers, kind)),
    removeHiddenLayer: (index) => updateLayers((layers) => removeLayer(layers, index)),
    moveHiddenLayer: (index, offset) => updateLayers((layers) => moveLayer(layers, index, offset)),
    applyModelPreset: (id) =>
      updateLayers((layers) => {
        const state = get();
        const input = modelInputWithOwnData(state.experiment.dataset, state.customData);
        const preset = input ? MODEL_PRESETS[id].layersFor(input) : null;
        return preset && 'layers' in preset ? preset.layers : layers;
      }),
    setLoss: (loss) => update((e) => ({ ...e, loss })),
    setOptimizer: (id) =>
      updateOptimizer((optimizer) => {
        const params = defaultOptimizerParams(id);
        const learningRate = optimizer.params.learningRate;
        if (typeof learningRate === 'number') params.learningRate = learningRate;
        return withExtras({ id, params }, optimizer.schedule, optimizer.clipNorm);
      }),
    setOptimizerParam: (key, value) =>
      updateOptimizer((optimizer) => ({ ...optimizer, params: { ...optimizer.params, [key]: value } })),
    setSchedule: (id) =>
      updateOptimizer((optimizer) =>
        withExtras(
          optimizer,
          id === 'constant' ? undefined : { id, params: defaultScheduleParams(id) },
          optimizer.clipNorm,
        ),
      ),
    setScheduleParam: (key, value) =>
      updateOptimizer((optimizer) => {
        const { schedule } = optimizer;
        if (!schedule) return optimizer;
        return withExtras(
          optimizer,
          { ...schedule, params: { ...schedule.params, [key]: value } },
          optimizer.clipNorm,
        );
      }),
    setClipNorm: (clipNorm) =>
      updateOptimizer((optimizer) => withExtras(optimizer, optimizer.schedule, clipNorm ?? undefined)),
    setTraining: (patch) => update((e) => ({ ...e, training: { ...e.training, ...patch } })),
  };
};
