import type { LayerConfig } from '../../core/experiment/experiment';
import type { LayerFieldsPatch } from '../../core/model/layerEdits';
import { ACTIVATION_IDS, ACTIVATIONS } from '../../core/registries/activations';
import { LAYER_KINDS } from '../../core/registries/layers';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';

const ACTIVATION_OPTIONS = ACTIVATION_IDS.map((id) => ({ value: id, label: ACTIVATIONS[id].label }));
const PADDING_OPTIONS = [
  { value: 'same' as const, label: 'same' },
  { value: 'valid' as const, label: 'valid' },
];

interface LayerFieldsProps {
  readonly layer: LayerConfig;
  readonly index: number;
  readonly onChange: (patch: LayerFieldsPatch) => void;
}

/** The main settings of one layer, from its kind's registry entry: numbers, padding, activation. */
export function LayerFields({ layer, index, onChange }: LayerFieldsProps) {
  const spec = LAYER_KINDS[layer.kind];
  const values = new Map(Object.entries(layer));
  const position = `layer ${index + 1}`;
  return (
    <div className="field-grid">
      {spec.parameters.map((parameter) => {
        const value = values.get(parameter.key);
        return (
          <NumberField
            key={`${layer.kind}.${parameter.key}`}
            fieldId={`model.hiddenLayers.${index}.${parameter.key}`}
            spec={{ ...parameter, label: `${parameter.label}, ${position}` }}
            value={typeof value === 'number' ? value : parameter.defaultValue}
            onCommit={(committed) => onChange({ [parameter.key]: committed })}
          />
        );
      })}
      {layer.kind === 'conv2d' && (
        <SelectField
          label={`Padding, ${position}`}
          value={layer.padding}
          options={PADDING_OPTIONS}
          onChange={(padding) => onChange({ padding })}
        />
      )}
      {(layer.kind === 'dense' || layer.kind === 'conv2d') && (
        <SelectField
          label={`Activation, ${position}`}
          value={layer.activation}
          options={ACTIVATION_OPTIONS}
          onChange={(activation) => onChange({ activation })}
        />
      )}
    </div>
  );
}
