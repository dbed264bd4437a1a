import { useId, useState } from 'react';
import type { KernelRegularization, LayerConfig } from '../../core/experiment/experiment';
import { t } from '../../core/i18n/translate';
import type { LayerFieldsPatch } from '../../core/model/layerEdits';
import { DEFAULT_INITIALIZER, INITIALIZER_IDS, INITIALIZERS } from '../../core/registries/initializers';
import { LAYER_L1_SPEC, LAYER_L2_SPEC } from '../../core/registries/layers';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';
import { CheckboxField } from './CheckboxField';

interface LayerOptionsProps {
  readonly layer: Extract<LayerConfig, { kind: 'dense' | 'conv2d' }>;
  readonly index: number;
  readonly onChange: (patch: LayerFieldsPatch) => void;
  readonly onRegularization: (regularization: KernelRegularization | null) => void;
}

/**
 * A weighted layer's less common settings behind a disclosure button: the initialiser and the
 * layer's own L1/L2 strengths. Closed, its controls are not rendered at all, so that no hidden
 * control keeps a value or an error out of sight.
 */
export function LayerOptions({ layer, index, onChange, onRegularization }: LayerOptionsProps) {
  const [isOpen, setIsOpen] = useState(false);
  const contentId = useId();
  const number = index + 1;
  const initializer = layer.initializer ?? DEFAULT_INITIALIZER;
  const own = layer.regularization;
  const strengths = own ? t('model.ownStrengths', { l1: own.l1, l2: own.l2 }) : t('model.globalStrengths');
  const summary = `${t(INITIALIZERS[initializer].label)}; ${strengths}`;
  const initializerOptions = INITIALIZER_IDS.map((id) => ({ value: id, label: t(INITIALIZERS[id].label) }));
  const fieldLabel = (label: string): string => t('model.fieldOfLayer', { label, number });
  return (
    <div className="layer-options">
      <button
        type="button"
        className="link-button"
        aria-expanded={isOpen}
        aria-controls={contentId}
        onClick={() => setIsOpen(!isOpen)}
      >
        {t(isOpen ? 'model.hideSettings' : 'model.moreSettings', { number })}
      </button>
      {!isOpen && <span className="hint"> {summary}</span>}
      {isOpen && (
        <div id={contentId} className="field-grid">
          <SelectField
            label={fieldLabel(t('model.initialiser'))}
            value={initializer}
            options={initializerOptions}
            onChange={(chosen) => onChange({ initializer: chosen })}
          />
          <CheckboxField
            label={fieldLabel(t('model.ownL1L2'))}
            help={t('model.ownL1L2.help')}
            checked={own !== undefined}
            onChange={(checked) => onRegularization(checked ? { l1: 0, l2: 0 } : null)}
          />
          {own && (
            <>
              <NumberField
                fieldId={`model.hiddenLayers.${index}.regularization.l1`}
                spec={LAYER_L1_SPEC}
                label={fieldLabel(t(LAYER_L1_SPEC.label))}
                value={own.l1}
                onCommit={(l1) => onRegularization({ ...own, l1 })}
              />
              <NumberField
                fieldId={`model.hiddenLayers.${index}.regularization.l2`}
                spec={LAYER_L2_SPEC}
                label={fieldLabel(t(LAYER_L2_SPEC.label))}
                value={own.l2}
                onCommit={(l2) => onRegularization({ ...own, l2 })}
              />
            </>
          )}
          <p className="hint span-all">{t(INITIALIZERS[initializer].description)}</p>
        </div>
      )}
    </div>
  );
}
