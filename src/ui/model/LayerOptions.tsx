import { useId, useState } from 'react';
import type { KernelRegularization, LayerConfig } from '../../core/experiment/experiment';
import type { LayerFieldsPatch } from '../../core/model/layerEdits';
import { DEFAULT_INITIALIZER, INITIALIZER_IDS, INITIALIZERS } from '../../core/registries/initializers';
import { LAYER_L1_SPEC, LAYER_L2_SPEC } from '../../core/registries/layers';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';
import { CheckboxField } from './CheckboxField';

const INITIALIZER_OPTIONS = INITIALIZER_IDS.map((id) => ({ value: id, label: INITIALIZERS[id].label }));

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
  const position = `layer ${index + 1}`;
  const initializer = layer.initializer ?? DEFAULT_INITIALIZER;
  const own = layer.regularization;
  const summary = `${INITIALIZERS[initializer].label}; ${own ? `own L1 ${own.l1}, L2 ${own.l2}` : 'global L1/L2'}`;
  return (
    <div className="layer-options">
      <button
        type="button"
        className="link-button"
        aria-expanded={isOpen}
        aria-controls={contentId}
        onClick={() => setIsOpen(!isOpen)}
      >
        {isOpen ? 'Hide' : 'More'} settings, {position}
      </button>
      {!isOpen && <span className="hint"> {summary}</span>}
      {isOpen && (
        <div id={contentId} className="field-grid">
          <SelectField
            label={`Initialiser, ${position}`}
            value={initializer}
            options={INITIALIZER_OPTIONS}
            onChange={(chosen) => onChange({ initializer: chosen })}
          />
          <CheckboxField
            label={`Own L1/L2, ${position}`}
            help="Give this layer its own regularization strengths instead of the global ones."
            checked={own !== undefined}
            onChange={(checked) => onRegularization(checked ? { l1: 0, l2: 0 } : null)}
          />
          {own && (
            <>
              <NumberField
                fieldId={`model.hiddenLayers.${index}.regularization.l1`}
                spec={{ ...LAYER_L1_SPEC, label: `L1, ${position}` }}
                value={own.l1}
                onCommit={(l1) => onRegularization({ ...own, l1 })}
              />
              <NumberField
                fieldId={`model.hiddenLayers.${index}.regularization.l2`}
                spec={{ ...LAYER_L2_SPEC, label: `L2, ${position}` }}
                value={own.l2}
                onCommit={(l2) => onRegularization({ ...own, l2 })}
              />
            </>
          )}
          <p className="hint span-all">{INITIALIZERS[initializer].description}</p>
        </div>
      )}
    </div>
  );
}
