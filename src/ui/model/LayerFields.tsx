import type { LayerConfig } from '../../core/experiment/experiment';
import { t } from '../../core/i18n/translate';
import type { LayerFieldsPatch } from '../../core/model/layerEdits';
import { ACTIVATION_IDS, ACTIVATIONS } from '../../core/registries/activations';
import { LAYER_KINDS } from '../../core/registries/layers';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';

interface LayerFieldsProps {
  readonly layer: LayerConfig;
  readonly index: number;
  readonly onChange: (patch: LayerFieldsPatch) => void;
}

/** The main settings of one layer, from its kind's registry entry: numbers, padding, activation. */
export function LayerFields({ layer, index, onChange }: LayerFieldsProps) {
  const spec = LAYER_KINDS[layer.kind];
  const values = new Map(Object.entries(layer));
  const number = index + 1;
  // Made while rendering, so that a language switch redraws them in the new language.
  const activationOptions = ACTIVATION_IDS.map((id) => ({ value: id, label: t(ACTIVATIONS[id].label) }));
  const paddingOptions = [
    { value: 'same' as const, label: t('model.padding.same') },
    { value: 'valid' as const, label: t('model.padding.valid') },
  ];
  return (
    <div className="field-grid">
      {spec.parameters.map((parameter) => {
        const value = values.get(parameter.key);
        return (
          <NumberField
            key={`${layer.kind}.${parameter.key}`}
            fieldId={`model.hiddenLayers.${index}.${parameter.key}`}
            spec={parameter}
            label={t('model.fieldOfLayer', { label: t(parameter.label), number })}
            value={typeof value === 'number' ? value : parameter.defaultValue}
            onCommit={(committed) => onChange({ [parameter.key]: committed })}
          />
        );
      })}
      {layer.kind === 'conv2d' && (
        <SelectField
          label={t('model.fieldOfLayer', { label: t('model.padding'), number })}
          value={layer.padding}
          options={paddingOptions}
          onChange={(padding) => onChange({ padding })}
        />
      )}
      {(layer.kind === 'dense' || layer.kind === 'conv2d') && (
        <SelectField
          label={t('model.fieldOfLayer', { label: t('model.activation'), number })}
          value={layer.activation}
          options={activationOptions}
          onChange={(activation) => onChange({ activation })}
        />
      )}
    </div>
  );
}
