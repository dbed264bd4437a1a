import { datasetTrainingSetSize, trainingSetSize } from '../../core/datasets/generate';
import type { TrainingConfig } from '../../core/experiment/experiment';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../../core/registries/optimizers';
import { TRAINING_PARAMETERS } from '../../core/registries/training';
import { selectExperiment } from '../../store/experimentSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { SelectField } from '../common/SelectField';
import { CheckboxField } from '../model/CheckboxField';
import { LearningRateField } from './LearningRateField';
import { ScheduleFields } from './ScheduleFields';
import '../model/ingredients.css';

const OPTIMIZER_OPTIONS = OPTIMIZER_IDS.map((id) => ({ value: id, label: OPTIMIZERS[id].label }));

type TrainingNumberKey = 'batchSize' | 'epochs' | 'l1' | 'l2' | 'seed';

/**
 * The Optimizer panel: the optimizer with its explanation, update rule and hyper-parameters (the
 * learning rate on a log slider too), the learning-rate schedule and gradient clipping, then batch
 * size, epochs, L1 and L2 strengths and the weight seed.
 */
export function OptimizerPanel() {
  const experiment = usePlayground(selectExperiment);
  const { setOptimizer, setOptimizerParam, setTraining } = playgroundStore.getState();
  const { optimizer, training } = experiment;
  const spec = OPTIMIZERS[optimizer.id];
  const limit = datasetTrainingSetSize(experiment.dataset);
  const validationContext = {
    trainingSetSize: limit ?? trainingSetSize(experiment.dataset.numPoints, experiment.dataset.trainFraction),
  };
  const trainingValues = new Map<string, number>(Object.entries({ l1: 0, ...training }));

  return (
    <Panel title="Optimizer" className="optimizer-panel">
      <Lockable target="optimizer">
        <SelectField
          label="Algorithm"
          value={optimizer.id}
          options={OPTIMIZER_OPTIONS}
          onChange={setOptimizer}
        />
        <details className="explainer">
          <summary>What is {spec.label}?</summary>
          <p>{spec.description}</p>
          <p className="formula">{spec.updateRule}</p>
        </details>
        <div className="field-grid">
          {spec.parameters.map((parameter) => {
            const value = optimizer.params[parameter.key] ?? parameter.defaultValue;
            const key = `${optimizer.id}.${parameter.key}`;
            if (parameter.kind === 'boolean')
              return (
                <CheckboxField
                  key={key}
                  label={parameter.label}
                  help={parameter.help}
                  checked={value === true}
                  onChange={(checked) => setOptimizerParam(parameter.key, checked)}
                />
              );
            const numberValue = typeof value === 'number' ? value : parameter.defaultValue;
            const fieldId = `optimizer.params.${parameter.key}`;
            const commit = (committed: number) => setOptimizerParam(parameter.key, committed);
            return parameter.key === 'learningRate' ? (
              <LearningRateField
                key={key}
                fieldId={fieldId}
                spec={parameter}
                value={numberValue}
                onCommit={commit}
              />
            ) : (
              <NumberField
                key={key}
                fieldId={fieldId}
                spec={parameter}
                value={numberValue}
                onCommit={commit}
              />
            );
          })}
        </div>
        <ScheduleFields optimizer={optimizer} />
        <h3>Training settings</h3>
        <div className="field-grid">
          {TRAINING_PARAMETERS.map((parameter) => {
            const key = parameter.key as TrainingNumberKey;
            return (
              <NumberField
                key={key}
                fieldId={`training.${key}`}
                spec={parameter}
                context={validationContext}
                value={trainingValues.get(key) ?? parameter.defaultValue}
                onCommit={(value) => setTraining({ [key]: value } as Partial<TrainingConfig>)}
              />
            );
          })}
        </div>
        <details className="explainer">
          <summary>What are batch size, epochs and L1/L2?</summary>
          <p>
            Each optimizer step looks at one batch of examples; an epoch is one pass over the whole training
            set. Small batches give many noisy steps per epoch, large ones few smooth steps.
          </p>
          <p>
            L1 and L2 add a penalty on the kernel weights to the loss (Keras's kernel regularizers): L1 =
            l1·Σ|w| pushes useless weights to exactly zero, L2 = l2·Σw² keeps all weights small. Both trade
            training fit for a smoother model that generalises better. A layer can set its own strengths under
            its “More settings”.
          </p>
        </details>
      </Lockable>
    </Panel>
  );
}
