import type { DatasetConfig } from '../../core/experiment';
import { DATASET_IDS, DATASET_PARAMETERS, DATASETS } from '../../core/registries/datasets';
import { usePlayground } from '../../store/appStore';
import { selectExperiment } from '../../store/selectors';
import { NumberField } from '../common/NumberField';
import { Panel } from '../common/Panel';
import { SelectField } from '../common/SelectField';
import { ScatterPreview } from './ScatterPreview';

type DatasetNumberKey = 'noise' | 'numPoints' | 'trainFraction' | 'seed';

const DATASET_OPTIONS = DATASET_IDS.map((id) => ({ value: id, label: DATASETS[id].label }));

/** The Dataset panel: which 2-D set, its noise, size, split and seed, and a preview. */
export function DatasetPanel() {
  const experiment = usePlayground(selectExperiment);
  const setDataset = usePlayground((state) => state.setDataset);
  const dataset = experiment.dataset;
  return (
    <Panel title="Dataset">
      <SelectField
        label="Data set"
        value={dataset.id}
        options={DATASET_OPTIONS}
        onChange={(id) => setDataset({ id })}
      />
      <p className="hint">{DATASETS[dataset.id].description}</p>
      <ScatterPreview config={dataset} />
      <div className="field-grid">
        {DATASET_PARAMETERS.map((spec) => {
          const key = spec.key as DatasetNumberKey;
          return (
            <NumberField
              key={key}
              fieldId={`dataset.${key}`}
              spec={spec}
              value={dataset[key]}
              onCommit={(value) => setDataset({ [key]: value } as Partial<DatasetConfig>)}
            />
          );
        })}
      </div>
    </Panel>
  );
}
