import type { KeyboardEvent } from 'react';
import type { KernelRegularization, LayerConfig } from '../../core/experiment/experiment';
import { t } from '../../core/i18n/translate';
import type { LayerFieldsPatch } from '../../core/model/layerEdits';
import type { LayerSummary } from '../../core/model/modelSummary';
import { ACTIVATIONS } from '../../core/registries/activations';
import { LAYER_KINDS } from '../../core/registries/layers';
import { LayerFields } from './LayerFields';
import { LayerOptions } from './LayerOptions';
import { layerShapeText } from './layerText';

/** Id of the list item of layer `index`, so that focus can follow a moved layer. */
export const layerRowId = (index: number): string => `model-layer-${index}`;

interface LayerRowProps {
  readonly layer: LayerConfig;
  readonly index: number;
  readonly count: number;
  readonly summary: LayerSummary | undefined;
  readonly onChange: (patch: LayerFieldsPatch) => void;
  readonly onRegularization: (regularization: KernelRegularization | null) => void;
  readonly onMove: (offset: number) => void;
  readonly onRemove: () => void;
}

/**
 * One layer of the stack: its kind, shape and parameters, its settings, buttons to move and remove
 * it (Alt+↑ and Alt+↓ move it from anywhere inside the row), a "What is this?" explainer, and the
 * reason it cannot work here, if any, right beside it.
 */
export function LayerRow({
  layer,
  index,
  count,
  summary,
  onChange,
  onRegularization,
  onMove,
  onRemove,
}: LayerRowProps) {
  const spec = LAYER_KINDS[layer.kind];
  const problemId = `${layerRowId(index)}-problem`;
  const handleKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const offset = event.key === 'ArrowUp' ? -1 : 1;
    if (index + offset < 0 || index + offset >= count) return;
    event.preventDefault();
    onMove(offset);
    // The row's list item at the new place takes focus, so that the next Alt+arrow moves it on.
    requestAnimationFrame(() => document.getElementById(layerRowId(index + offset))?.focus());
  };
  const isWeighted = layer.kind === 'dense' || layer.kind === 'conv2d';
  const number = index + 1;
  return (
    // Alt+arrows reorder the row from any of its controls: the key events bubble up from them.
    <li
      id={layerRowId(index)}
      className={`layer-row${summary?.problem ? ' has-problem' : ''}`}
      tabIndex={-1}
      onKeyDown={handleKeyDown}
      aria-describedby={summary?.problem ? problemId : undefined}
    >
      <div className="layer-head">
        <span className="layer-name">{t('model.hiddenLayer', { number })}</span>
        <span className="layer-kind">{t(spec.label)}</span>
        <span className="layer-buttons">
          <button
            type="button"
            className="secondary"
            aria-label={t('model.moveUp', { number })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('model.up')}
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={t('model.moveDown', { number })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('model.down')}
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={t('model.removeLayer', { number })}
            onClick={onRemove}
          >
            {t('model.remove')}
          </button>
        </span>
      </div>
      <p className="layer-shape" data-testid={`layer-shape-${index}`}>
        {summary ? layerShapeText(summary) : ''}
      </p>
      <LayerFields layer={layer} index={index} onChange={onChange} />
      {isWeighted && (
        <LayerOptions layer={layer} index={index} onChange={onChange} onRegularization={onRegularization} />
      )}
      {summary?.problem && (
        <p id={problemId} className="field-error layer-problem" role="alert">
          {summary.problem}
        </p>
      )}
      <details className="explainer">
        <summary>{t('model.whatIs', { name: t(spec.label) })}</summary>
        <p>{t(spec.explanation)}</p>
        {isWeighted && (
          <>
            <p>
              {t('model.activationIs', { name: t(ACTIVATIONS[layer.activation].label) })}{' '}
              <span className="formula">{t(ACTIVATIONS[layer.activation].formula)}</span>
            </p>
            <p>{t(ACTIVATIONS[layer.activation].description)}</p>
          </>
        )}
      </details>
    </li>
  );
}
