import type { CustomSource } from '../../core/datasets/custom';
import type { MessageKey } from '../../core/i18n/catalogue';
import { t } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import { selectCustomData, selectOwnDataTool } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { CsvUpload } from './CsvUpload';
import { DrawingPlane } from './DrawingPlane';

const TOOLS: readonly { readonly tool: CustomSource; readonly label: MessageKey }[] = [
  { tool: 'csv', label: 'dataset.own.toolCsv' },
  { tool: 'points', label: 'dataset.own.toolPoints' },
];

/** Own data: an uploaded CSV or points drawn on the plane, and which of them is in use. */
export function OwnData() {
  const tool = usePlayground(selectOwnDataTool);
  const setTool = usePlayground((state) => state.setOwnDataTool);
  const custom = usePlayground(selectCustomData);
  const isInUse = usePlayground((state) => state.experiment.dataset.id === 'custom');
  return (
    <div className="own-data">
      <fieldset className="radio-group tool-choice">
        <legend>{t('dataset.own.from')}</legend>
        {TOOLS.map((option) => (
          <label key={option.tool} className="class-option">
            <input
              type="radio"
              name="own-data-tool"
              checked={tool === option.tool}
              onChange={() => setTool(option.tool)}
            />
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      {tool === 'csv' ? <CsvUpload /> : <DrawingPlane />}
      <p className="hint" data-testid="own-data-in-use">
        {custom && isInUse
          ? t('dataset.own.inUse', {
              // Drawn points carry an English name made with the data; the page names them in its language.
              name: custom.source === 'points' ? t('dataset.own.drawnName') : custom.name,
              rows: groupDigits(custom.count),
              features: custom.numFeatures,
              classes: custom.numClasses,
            })
          : t('dataset.own.none')}
      </p>
    </div>
  );
}
