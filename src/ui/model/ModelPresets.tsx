import { t } from '../../core/i18n/translate';
import type { ModelInput } from '../../core/model/modelInput';
import { MODEL_PRESET_IDS, MODEL_PRESETS, type ModelPresetId } from '../../core/registries/presets';

interface ModelPresetsProps {
  readonly input: ModelInput | null;
  readonly onApply: (id: ModelPresetId) => void;
}

/** One button per ready-made model; a preset that does not fit the data is disabled, its reason shown. */
export function ModelPresets({ input, onApply }: ModelPresetsProps) {
  const reasons = MODEL_PRESET_IDS.flatMap((id) => {
    const result = input
      ? MODEL_PRESETS[id].layersFor(input)
      : { unavailable: 'model.presetNeedsData' as const };
    return 'unavailable' in result ? [{ id, reason: t(result.unavailable) }] : [];
  });
  return (
    <fieldset className="model-presets">
      <legend>{t('model.presets')}</legend>
      <div className="preset-buttons">
        {MODEL_PRESET_IDS.map((id) => {
          const reason = reasons.find((entry) => entry.id === id)?.reason;
          return (
            <button
              key={id}
              type="button"
              className="secondary"
              disabled={reason !== undefined}
              title={reason ?? t(MODEL_PRESETS[id].description)}
              aria-describedby={reason ? `preset-reason-${id}` : undefined}
              onClick={() => onApply(id)}
            >
              {t(MODEL_PRESETS[id].label)}
            </button>
          );
        })}
      </div>
      {reasons.map(({ id, reason }) => (
        <p key={id} id={`preset-reason-${id}`} className="hint">
          {reason}
        </p>
      ))}
    </fieldset>
  );
}
