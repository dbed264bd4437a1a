import { useId } from 'react';
import { trainingSetSize } from '../../core/datasets/generate';
import type { TrainingConfig } from '../../core/experiment';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../../core/registries/optimizers';
import type { BooleanParameterSpec } from '../../core/registries/parameters';
import { TRAINING_PARAMETERS } from '../../core/registries/training';
import { usePlayground } from '../../store/appStore';
import { selectExperiment } from '../../store/selectors';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { SelectField } from '../common/SelectField';

const OPTIMIZER_OPTIONS = OPTIMIZER_IDS.map((id) => ({ value: id, label: OPTIMIZERS[id].label }));

type TrainingNumberKey = 'batchSize' | 'epochs' | 'l2' | 'seed';

function BooleanField({
  spec,
  value,
  onChange,
}: {
  readonly spec: BooleanParameterSpec;
  readonly value: boolean;
  readonly onChange: (value: boolean) => void;
}) {
  const inputId = useId();
  return (
    <div className="field checkbox-field">
      <input
        id={inputId}
        type="checkbox"
        checked={value}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={inputId} title={spec.help}>
        {spec.label}
      </label>
    </div>
  );
}

/** The Optimizer panel: the optimizer and its hyper-parameters, then batch size, epochs, L2 and seed. */
export function OptimizerPanel() {
  const experiment = usePlayground(selectExperiment);
  const setOptimizer = usePlayground((state) => state.setOptimizer);
  const setOptimizerParam = usePlayground((state) => state.setOptimizerParam);
  const setTraining = usePlayground((state) => state.setTraining);
  const { optimizer, training } = experiment;
  const spec = OPTIMIZERS[optimizer.id];
  const validationContext = {
    trainingSetSize: trainingSetSize(experiment.dataset.numPoints, experiment.dataset.trainFraction),
  };

  return (
    <Panel title="Optimizer">
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
          return parameter.kind === 'boolean' ? (
            <BooleanField
              key={`${optimizer.id}.${parameter.key}`}
              spec={parameter}
              value={value === true}
              onChange={(checked) => setOptimizerParam(parameter.key, checked)}
            />
          ) : (
            <NumberField
              key={`${optimizer.id}.${parameter.key}`}
              fieldId={`optimizer.params.${parameter.key}`}
              spec={parameter}
              value={typeof value === 'number' ? value : parameter.defaultValue}
              onCommit={(committed) => setOptimizerParam(parameter.key, committed)}
            />
          );
        })}
      </div>
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
              value={training[key]}
              onCommit={(value) => setTraining({ [key]: value } as Partial<TrainingConfig>)}
            />
          );
        })}
      </div>
    </Panel>
  );
}
