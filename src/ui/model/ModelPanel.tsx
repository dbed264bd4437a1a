import { useMemo } from 'react';
import { parameterCount } from '../../core/modelSummary';
import { ACTIVATION_IDS, ACTIVATIONS } from '../../core/registries/activations';
import { DATASETS } from '../../core/registries/datasets';
import { LOSSES } from '../../core/registries/losses';
import { MODEL_LIMITS } from '../../core/registries/training';
import { HIDDEN_UNITS_SPEC } from '../../core/validation';
import { usePlayground } from '../../store/appStore';
import { selectExperiment, selectOutputLayer } from '../../store/selectors';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { SelectField } from '../common/SelectField';

const ACTIVATION_OPTIONS = ACTIVATION_IDS.map((id) => ({ value: id, label: ACTIVATIONS[id].label }));

/** The Model panel: dense hidden layers, the derived output layer and the parameter count. */
export function ModelPanel() {
  const experiment = usePlayground(selectExperiment);
  const output = usePlayground(selectOutputLayer);
  const setHiddenLayer = usePlayground((state) => state.setHiddenLayer);
  const addHiddenLayer = usePlayground((state) => state.addHiddenLayer);
  const removeHiddenLayer = usePlayground((state) => state.removeHiddenLayer);
  const layers = experiment.model.hiddenLayers;
  const numClasses = DATASETS[experiment.dataset.id].numClasses;
  const totalParameters = useMemo(() => parameterCount(2, layers, output), [layers, output]);

  return (
    <Panel title="Model">
      <p className="hint">Input: 2 features (x, y).</p>
      <ol className="layer-list">
        {layers.map((layer, index) => (
          // Layers have no identity beyond their position; the index is the honest key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="layer-row">
            <span className="layer-name">Hidden layer {index + 1}</span>
            <NumberField
              fieldId={`model.hiddenLayers.${index}.units`}
              spec={{ ...HIDDEN_UNITS_SPEC, label: `Units, layer ${index + 1}` }}
              value={layer.units}
              onCommit={(units) => setHiddenLayer(index, { units })}
            />
            <SelectField
              label={`Activation, layer ${index + 1}`}
              value={layer.activation}
              options={ACTIVATION_OPTIONS}
              onChange={(activation) => setHiddenLayer(index, { activation })}
            />
            <button type="button" className="secondary" onClick={() => removeHiddenLayer(index)}>
              Remove layer {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={addHiddenLayer}
        disabled={layers.length >= MODEL_LIMITS.maxHiddenLayers}
        title={`Up to ${MODEL_LIMITS.maxHiddenLayers} hidden layers`}
      >
        Add layer
      </button>
      <p className="readonly-output">
        Output: {output.units} {output.units === 1 ? 'unit' : 'units'}, {output.activation}
        <span className="hint">
          {' '}
          (follows from {numClasses} classes and {LOSSES[experiment.loss].label.toLowerCase()})
        </span>
      </p>
      <p className="parameter-count">
        Trainable parameters:{' '}
        <strong data-testid="parameter-count">{totalParameters.toLocaleString('en')}</strong>
      </p>
    </Panel>
  );
}
