import { useState } from 'react';
import type { LayerKind } from '../../core/experiment/experiment';
import { inSentence } from '../../core/i18n/inSentence';
import { plural, t } from '../../core/i18n/translate';
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
      ? t('model.followsRegression')
      : t('model.followsClasses', {
          count: experiment.dataset.numClasses,
          loss: inSentence(t(LOSSES[experiment.loss].label)),
        });
  const kindOptions = LAYER_KIND_IDS.map((kind) => ({ value: kind, label: t(LAYER_KINDS[kind].label) }));

  return (
    <Panel title={t('model.title')}>
      <Lockable target="model">
        <p className="hint">{t('model.input', { input: inputText(input, dataset?.isOnPlane ?? false) })}</p>
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
              <span className="layer-name">{t('model.outputLayer')}</span>
              <span className="layer-kind">{t(LAYER_KINDS.dense.label)}</span>
            </div>
            <p className="readonly-output">
              {t('model.output', {
                units: plural('model.units', output.units),
                activation: output.activation,
              })}
              <span className="hint"> {t('model.followsFrom', { what: followsFrom })}</span>
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
          <SelectField
            label={t('model.newLayer')}
            value={kindToAdd}
            options={kindOptions}
            onChange={setKindToAdd}
          />
          <button
            type="button"
            onClick={() => actions.addHiddenLayer(kindToAdd)}
            disabled={isFull}
            aria-describedby={isFull ? 'add-layer-reason' : undefined}
          >
            {t('model.addLayer')}
          </button>
        </div>
        {/* In words, not a tooltip: touch screens never show one. */}
        {isFull && (
          <p id="add-layer-reason" className="hint" data-testid="add-layer-reason">
            {t('model.layerLimit', { max: MODEL_LIMITS.maxHiddenLayers })}
          </p>
        )}
        <p className="hint">
          {t(LAYER_KINDS[kindToAdd].description)} {t('model.moveHint')}
        </p>
        <p className="parameter-count">
          {t('model.trainableParameters')}{' '}
          <strong data-testid="parameter-count">
            {countable ? groupDigits(countable.trainableCount) : '—'}
          </strong>
          {countable && countable.nonTrainableCount > 0 && (
            <span className="hint">
              {t('model.runningStatistics', { count: groupDigits(countable.nonTrainableCount) })}
            </span>
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
