import type { OptimizerConfig, ScheduleId } from '../../core/experiment/experiment';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from '../../core/registries/schedules';
import { playgroundStore } from '../../store/playgroundStore';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';
import { CheckboxField } from '../model/CheckboxField';

const SCHEDULE_OPTIONS = SCHEDULE_IDS.map((id) => ({ value: id, label: SCHEDULES[id].label }));

/** The learning-rate schedule with its settings and explainer, then gradient clipping. */
export function ScheduleFields({ optimizer }: { readonly optimizer: OptimizerConfig }) {
  const { setSchedule, setScheduleParam, setClipNorm } = playgroundStore.getState();
  const scheduleId: ScheduleId = optimizer.schedule?.id ?? 'constant';
  const spec = SCHEDULES[scheduleId];
  const params = new Map(Object.entries(optimizer.schedule?.params ?? {}));
  return (
    <>
      <h3>Learning-rate schedule</h3>
      <SelectField label="Schedule" value={scheduleId} options={SCHEDULE_OPTIONS} onChange={setSchedule} />
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
        <summary>What is the {spec.label.toLowerCase()} schedule?</summary>
        <p>{spec.description}</p>
        <p className="formula">{spec.formula}</p>
        <p>
          t counts optimizer steps, s is the number of steps per epoch; the schedule starts again when the run
          restarts.
        </p>
      </details>
      <div className="field-grid">
        <CheckboxField
          label="Clip gradients"
          help={CLIP_NORM_SPEC.help}
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
        <summary>What is gradient clipping?</summary>
        <p>
          Before each step the gradients of all weights are measured together as one long vector; when it is
          longer than the maximum norm, it is scaled down to that length, keeping its direction (Keras's
          global_clipnorm). A steep cliff in the loss then cannot throw the weights far away.
        </p>
        <p className="formula">g ← g · c / max(‖g‖, c)</p>
      </details>
    </>
  );
}
