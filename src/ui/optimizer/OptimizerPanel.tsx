import { datasetTrainingSetSize, trainingSetSize } from '../../core/datasets/generate';
import type { TrainingConfig } from '../../core/experiment/experiment';
import { t } from '../../core/i18n/translate';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../../core/registries/optimizers';
import { TRAINING_PARAMETERS } from '../../core/registries/training';
import { selectExperiment } from '../../store/experimentSelectors';
import { playgroundStore } from '../../store/playgroundStore';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { SelectField } from '../common/SelectField';
import { FindLearningRate } from '../learningRate/FindLearningRate';
import { CheckboxField } from '../model/CheckboxField';
import { LearningRateField } from './LearningRateField';
import { ScheduleFields } from './ScheduleFields';
import '../model/ingredients.css';

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
  const optimizerOptions = OPTIMIZER_IDS.map((id) => ({ value: id, label: t(OPTIMIZERS[id].label) }));

  return (
    <Panel title={t('optimizer.title')} className="optimizer-panel">
      <Lockable target="optimizer">
        <SelectField
          label={t('optimizer.algorithm')}
          value={optimizer.id}
          options={optimizerOptions}
          onChange={setOptimizer}
        />
        <details className="explainer">
          <summary>{t('optimizer.whatIs', { name: t(spec.label) })}</summary>
          <p>{t(spec.description)}</p>
          <p className="formula">{t(spec.updateRule)}</p>
        </details>
        <div className="field-grid">
          {spec.parameters.map((parameter) => {
            const value = optimizer.params[parameter.key] ?? parameter.defaultValue;
            const key = `${optimizer.id}.${parameter.key}`;
            if (parameter.kind === 'boolean')
              return (
                <CheckboxField
                  key={key}
                  label={t(parameter.label)}
                  help={t(parameter.help)}
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
        <FindLearningRate />
        <ScheduleFields optimizer={optimizer} />
        <h3>{t('optimizer.trainingSettings')}</h3>
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
          <summary>{t('optimizer.whatAreSettings')}</summary>
          <p>{t('optimizer.settingsBatches')}</p>
          <p>{t('optimizer.settingsPenalties')}</p>
        </details>
      </Lockable>
    </Panel>
  );
}
