import { useState } from 'react';
import type { LayerKind } from '../../core/experiment/experiment';
import { DATASETS } from '../../core/registries/datasets';
import { LAYER_KIND_IDS, LAYER_KINDS } from '../../core/registries/layers';
import { LOSSES } from '../../core/registries/losses';
import { MODEL_LIMITS } from '../../core/registries/training';
import { groupDigits } from '../../core/util/numberText';
import {
  selectExperiment,
  selectModelInput,
  selectModelSummary,
  selectOutputLayer,
} from '../../store/experimentSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { Panel } from '../common/Panel';
import { SelectField } from '../common/SelectField';
import { LayerRow } from './LayerRow';
import { inputText, layerShapeText } from './layerText';
import { ModelPresets } from './ModelPresets';
import './ingredients.css';

const KIND_OPTIONS = LAYER_KIND_IDS.map((kind) => ({ value: kind, label: LAYER_KINDS[kind].label }));

/**
 * The Model panel, a layer builder: presets, the stack of layers (add, edit, move, remove), each
 * with its output shape and parameter count and, beside it, why it cannot work here; then the
 * output layer the data set and the loss imply, and the totals.
 */
export function ModelPanel() {
  const experiment = usePlayground(selectExperiment);
  const output = usePlayground(selectOutputLayer);
  const input = usePlayground(selectModelInput);
  const summary = usePlayground(selectModelSummary);
  // Actions never change: read once from the store rather than subscribing to each.
  const actions = playgroundStore.getState();
  const [kindToAdd, setKindToAdd] = useState<LayerKind>('dense');
  const layers = experiment.model.hiddenLayers;
  const isFull = layers.length >= MODEL_LIMITS.maxHiddenLayers;
  const dataset = DATASETS[experiment.dataset.id];
  const outputSummary = summary?.layers[layers.length];
  const modelProblem = summary?.problems.find((problem) => problem.layerIndex === null)?.message;
  // A stack that breaks at some layer has no total yet: counting up to the break would mislead.
  const countable = summary?.problems.every((problem) => problem.layerIndex === null) ? summary : null;
  const followsFrom =
    input?.task === 'regression'
      ? 'a real-valued target'
      : `${experiment.dataset.numClasses} classes and ${LOSSES[experiment.loss].label.toLowerCase()}`;

  return (
    <Panel title="Model">
      <Lockable target="model">
        <p className="hint">Input: {inputText(input, dataset?.isOnPlane ?? false)}.</p>
        <ModelPresets input={input} onApply={actions.applyModelPreset} />
        <ol className="layer-list">
          {layers.map((layer, index) => (
            <LayerRow
              // Layers have no identity beyond their position; the index is the honest key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              layer={layer}
              index={index}
              count={layers.length}
              summary={summary?.layers[index]}
              onChange={(patch) => actions.setHiddenLayer(index, patch)}
              onRegularization={(regularization) => actions.setLayerRegularization(index, regularization)}
              onMove={(offset) => actions.moveHiddenLayer(index, offset)}
              onRemove={() => actions.removeHiddenLayer(index)}
            />
          ))}
          <li className={`layer-row output-row${outputSummary?.problem ? ' has-problem' : ''}`}>
            <div className="layer-head">
              <span className="layer-name">Output layer</span>
              <span className="layer-kind">Dense</span>
            </div>
            <p className="readonly-output">
              Output: {output.units} {output.units === 1 ? 'unit' : 'units'}, {output.activation}
              <span className="hint"> (follows from {followsFrom})</span>
            </p>
            {outputSummary && <p className="layer-shape">{layerShapeText(outputSummary)}</p>}
            {outputSummary?.problem && (
              <p className="field-error layer-problem" role="alert">
                {outputSummary.problem}
              </p>
            )}
          </li>
        </ol>
        <div className="add-layer">
          <SelectField label="New layer" value={kindToAdd} options={KIND_OPTIONS} onChange={setKindToAdd} />
          <button
            type="button"
            onClick={() => actions.addHiddenLayer(kindToAdd)}
            disabled={isFull}
            aria-describedby={isFull ? 'add-layer-reason' : undefined}
          >
            Add layer
          </button>
        </div>
        {/* In words, not a tooltip: touch screens never show one. */}
        {isFull && (
          <p id="add-layer-reason" className="hint" data-testid="add-layer-reason">
            Up to {MODEL_LIMITS.maxHiddenLayers} hidden layers: remove one to add another.
          </p>
        )}
        <p className="hint">
          {LAYER_KINDS[kindToAdd].description} Alt+↑ and Alt+↓ move the layer you are in.
        </p>
        <p className="parameter-count">
          Trainable parameters:{' '}
          <strong data-testid="parameter-count">
            {countable ? groupDigits(countable.trainableCount) : '—'}
          </strong>
          {countable && countable.nonTrainableCount > 0 && (
            <span className="hint"> (+{groupDigits(countable.nonTrainableCount)} running statistics)</span>
          )}
        </p>
        {modelProblem && (
          <p className="field-error" role="alert">
            {modelProblem}
          </p>
        )}
      </Lockable>
    </Panel>
  );
}
