import { useId } from 'react';
import type { LossFit } from '../../core/experiment/lossAdvisor';
import type { MessageKey } from '../../core/i18n/catalogue';
import { inSentence } from '../../core/i18n/inSentence';
import { plural, t } from '../../core/i18n/translate';
import { LOSS_IDS, LOSSES } from '../../core/registries/losses';
import { selectExperiment, selectLossAdvice, selectOutputLayer } from '../../store/experimentSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { Panel } from '../common/Panel';
import '../model/ingredients.css';

/** The advisor's verdict in words, so that its colour is never the only cue. */
const FIT_WORDS: Readonly<Record<LossFit, MessageKey>> = {
  natural: 'loss.fit.natural',
  works: 'loss.fit.works',
  mismatch: 'loss.fit.mismatch',
  blocked: 'loss.fit.blocked',
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
    <Panel title={t('loss.title')}>
      <Lockable target="loss">
        <fieldset className="radio-group">
          <legend>{t('loss.function')}</legend>
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
                <strong>{t(LOSSES[id].label)}</strong>
                <span className="hint"> {t(LOSSES[id].description)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className={`loss-advice fit-${advice.fit}`} data-testid="loss-advice">
          <span className="fit-tag">{t(FIT_WORDS[advice.fit])}</span> {advice.text}
        </p>
        <p className="hint">
          {t('loss.outputLayer', {
            output: plural('loss.advice.outputUnits', output.units, { activation: output.activation }),
          })}
        </p>
        <p className="formula">{t(spec.formula)}</p>
        <details className="explainer">
          <summary>{t('loss.whatIs', { name: inSentence(t(spec.label)) })}</summary>
          <p>{t(spec.explanation)}</p>
        </details>
      </Lockable>
    </Panel>
  );
}
