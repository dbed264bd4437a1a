import { useId } from 'react';
import { SHIPPED_DATASETS } from '../../core/datasets/catalogue';
import type { DatasetConfig, DatasetId } from '../../core/experiment/experiment';
import { t } from '../../core/i18n/translate';
import {
  classCountParameter,
  DATASET_FAMILIES,
  DATASET_IDS,
  DATASET_PARAMETERS,
  DATASETS,
  GENERATED_ONLY_KEYS,
  isShippedDatasetId,
} from '../../core/registries/datasets';
import { selectDatasetChoice } from '../../store/datasetSelectors';
import { selectExperiment } from '../../store/experimentSelectors';
import { usePlayground } from '../../store/usePlayground';
import { Lockable } from '../common/Lockable';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { DataSummary } from './DataSummary';
import { LoadStatus } from './LoadStatus';
import { OwnData } from './OwnData';
import './dataset.css';
import { groupDigits } from '../../core/util/numberText';

type DatasetNumberKey = 'noise' | 'numPoints' | 'trainFraction' | 'seed';

/** The data set drop-down, its choices grouped by family. */
function DatasetSelect({
  value,
  onChange,
}: {
  readonly value: DatasetId;
  readonly onChange: (id: DatasetId) => void;
}) {
  const selectId = useId();
  return (
    <div className="field">
      <label htmlFor={selectId}>{t('dataset.select.label')}</label>
      <select
        id={selectId}
        value={value}
        onChange={(event) => {
          const chosen = DATASET_IDS.find((id) => id === event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {DATASET_FAMILIES.map(({ family, label }) => (
          <optgroup key={family} label={t(label)}>
            {DATASET_IDS.filter((id) => DATASETS[id].family === family).map((id) => (
              <option key={id} value={id}>
                {t(DATASETS[id].label)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** The Dataset panel: which data, the settings that apply to it, a preview and what the data says. */
export function DatasetPanel() {
  const experiment = usePlayground(selectExperiment);
  const choice = usePlayground(selectDatasetChoice);
  const setDataset = usePlayground((state) => state.setDataset);
  const chooseDataset = usePlayground((state) => state.chooseDataset);
  const dataset = experiment.dataset;
  const spec = DATASETS[choice];
  const classSpec = classCountParameter(choice);
  const fixedSplit = isShippedDatasetId(choice) ? SHIPPED_DATASETS[choice].split : null;
  const parameters = DATASET_PARAMETERS.filter(
    (parameter) => (spec.isGenerated || !GENERATED_ONLY_KEYS.has(parameter.key)) && !fixedSplit,
  );
  const isInUse = choice === dataset.id;
  return (
    <Panel title={t('dataset.panel.title')}>
      <Lockable target="dataset">
        <DatasetSelect value={choice} onChange={chooseDataset} />
        <p className="hint dataset-description">{t(spec.description)}</p>
        <p className="hint dataset-source" data-testid="dataset-source">
          {t('dataset.sourceLine', { source: t(spec.source) })}
        </p>
        <LoadStatus />
        {choice === 'custom' && <OwnData />}
        {isInUse && (
          <div className="field-grid">
            {classSpec && (
              <NumberField
                key={`classes-${choice}`}
                fieldId="dataset.numClasses"
                spec={classSpec}
                value={dataset.numClasses}
                onCommit={(numClasses) => setDataset({ numClasses })}
              />
            )}
            {parameters.map((parameterSpec) => {
              const key = parameterSpec.key as DatasetNumberKey;
              return (
                <NumberField
                  key={key}
                  fieldId={`dataset.${key}`}
                  spec={parameterSpec}
                  value={dataset[key]}
                  onCommit={(value) => setDataset({ [key]: value } as Partial<DatasetConfig>)}
                />
              );
            })}
          </div>
        )}
        {isInUse && fixedSplit && (
          <p className="hint">
            {t('dataset.fixedSplit', {
              name: t(spec.label),
              train: groupDigits(fixedSplit.train),
              test: groupDigits(fixedSplit.test),
            })}
          </p>
        )}
        {isInUse && <DataSummary />}
      </Lockable>
    </Panel>
  );
}
