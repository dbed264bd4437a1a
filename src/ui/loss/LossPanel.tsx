import { useId } from 'react';
import type { LossFit } from '../../core/experiment/lossAdvisor';
import { LOSS_IDS, LOSSES } from '../../core/registries/losses';
import { selectExperiment, selectLossAdvice, selectOutputLayer } from '../../store/experimentSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { Panel } from '../common/Panel';
import '../model/ingredients.css';

/** The advisor's verdict in words, so that its colour is never the only cue. */
const FIT_WORDS: Readonly<Record<LossFit, string>> = {
  natural: 'Natural fit.',
  works: 'Works.',
  mismatch: 'Poor fit, but it runs.',
  blocked: 'Cannot work here.',
};

/** The Loss panel: which loss the optimizer minimises, how it fits the data, and what it is. */
export function LossPanel() {
  const experiment = usePlayground(selectExperiment);
  const output = usePlayground(selectOutputLayer);
  const advice = usePlayground(selectLossAdvice);
  const { setLoss } = playgroundStore.getState();
  const groupName = useId();
  const spec = LOSSES[experiment.loss];
  return (
    <Panel title="Loss">
      <Lockable target="loss">
        <fieldset className="radio-group">
          <legend>Loss function</legend>
          {LOSS_IDS.map((id) => (
            <label key={id} className="radio-option">
              <input
                type="radio"
                name={groupName}
                value={id}
                checked={experiment.loss === id}
                onChange={() => setLoss(id)}
              />
              <span>
                <strong>{LOSSES[id].label}</strong>
                <span className="hint"> {LOSSES[id].description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className={`loss-advice fit-${advice.fit}`} data-testid="loss-advice">
          <span className="fit-tag">{FIT_WORDS[advice.fit]}</span> {advice.text}
        </p>
        <p className="hint">
          Output layer: {output.units} {output.activation} {output.units === 1 ? 'unit' : 'units'}.
        </p>
        <p className="formula">{spec.formula}</p>
        <details className="explainer">
          <summary>What is {spec.label.toLowerCase()}?</summary>
          <p>{spec.explanation}</p>
        </details>
      </Lockable>
    </Panel>
  );
}
