import { useId } from 'react';
import { DATASETS } from '../../core/registries/datasets';
import { LOSS_IDS, LOSSES } from '../../core/registries/losses';
import { usePlayground } from '../../store/appStore';
import { selectExperiment } from '../../store/selectors';
import { Panel } from '../common/Panel';

/** Plain advice on how the chosen loss fits the number of classes. */
function lossAdvice(numClasses: number, loss: string): string {
  if (loss === 'binaryCrossentropy' && numClasses === 2)
    return 'A natural fit: two classes, one sigmoid output.';
  if (loss === 'categoricalCrossentropy')
    return numClasses === 2
      ? 'Works: two softmax outputs. Binary cross-entropy does the same with one.'
      : `A natural fit: ${numClasses} classes, a softmax output.`;
  if (loss === 'meanSquaredError')
    return 'Runs, but cross-entropy usually learns classes faster: watch the curves.';
  if (loss === 'hinge') return 'Targets become -1 and +1 on a linear output, as in a support vector machine.';
  return `${numClasses} classes: categorical cross-entropy with a softmax output is the usual choice.`;
}

/** The Loss panel: which loss the optimizer minimises. */
export function LossPanel() {
  const experiment = usePlayground(selectExperiment);
  const setLoss = usePlayground((state) => state.setLoss);
  const groupName = useId();
  const numClasses = DATASETS[experiment.dataset.id].numClasses;
  return (
    <Panel title="Loss">
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
      <p className="advice">{lossAdvice(numClasses, experiment.loss)}</p>
      <p className="formula">{LOSSES[experiment.loss].formula}</p>
    </Panel>
  );
}
