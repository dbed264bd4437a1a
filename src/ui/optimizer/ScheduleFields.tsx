import type { OptimizerConfig, ScheduleId } from '../../core/experiment/experiment';
import { inSentence } from '../../core/i18n/inSentence';
import { t } from '../../core/i18n/translate';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from '../../core/registries/schedules';
import { playgroundStore } from '../../store/playgroundStore';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';
import { CheckboxField } from '../model/CheckboxField';

/** The learning-rate schedule with its settings and explainer, then gradient clipping. */
export function ScheduleFields({ optimizer }: { readonly optimizer: OptimizerConfig }) {
  const { setSchedule, setScheduleParam, setClipNorm } = playgroundStore.getState();
  const scheduleId: ScheduleId = optimizer.schedule?.id ?? 'constant';
  const spec = SCHEDULES[scheduleId];
  const params = new Map(Object.entries(optimizer.schedule?.params ?? {}));
  const scheduleOptions = SCHEDULE_IDS.map((id) => ({ value: id, label: t(SCHEDULES[id].label) }));
  return (
    <>
      <h3>{t('optimizer.scheduleHeading')}</h3>
      <SelectField
        label={t('optimizer.schedule')}
        value={scheduleId}
        options={scheduleOptions}
        onChange={setSchedule}
      />
      <div className="field-grid">
        {spec.parameters.map((parameter) => {
          const value = params.get(parameter.key);
          return (
            <NumberField
              key={`${scheduleId}.${parameter.key}`}
              fieldId={`optimizer.schedule.params.${parameter.key}`}
              spec={parameter}
              value={typeof value === 'number' ? value : parameter.defaultValue}
              onCommit={(committed) => setScheduleParam(parameter.key, committed)}
            />
          );
        })}
      </div>
      <details className="explainer">
        <summary>{t('optimizer.whatIsSchedule', { name: inSentence(t(spec.label)) })}</summary>
        <p>{t(spec.description)}</p>
        <p className="formula">{t(spec.formula)}</p>
        <p>{t('optimizer.scheduleSymbols')}</p>
      </details>
      <div className="field-grid">
        <CheckboxField
          label={t('optimizer.clipGradients')}
          help={t(CLIP_NORM_SPEC.help)}
          checked={optimizer.clipNorm !== undefined}
          onChange={(checked) => setClipNorm(checked ? CLIP_NORM_SPEC.defaultValue : null)}
        />
        {optimizer.clipNorm !== undefined && (
          <NumberField
            fieldId="optimizer.clipNorm"
            spec={CLIP_NORM_SPEC}
            value={optimizer.clipNorm}
            onCommit={(clipNorm) => setClipNorm(clipNorm)}
          />
        )}
      </div>
      <details className="explainer">
        <summary>{t('optimizer.whatIsClipping')}</summary>
        <p>{t('optimizer.clippingExplanation')}</p>
        <p className="formula">g ← g · c / max(‖g‖, c)</p>
      </details>
    </>
  );
}
