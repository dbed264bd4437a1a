import { useId } from 'react';
import { CHART_X_AXES, type ChartOptions, SMOOTHING_LIMITS } from '../../core/chart/chartOptions';
import { t } from '../../core/i18n/translate';
import './charts.css';

interface ChartOptionsBarProps {
  readonly options: ChartOptions;
  readonly onChange: (next: ChartOptions) => void;
  /** Shown but not editable (a teacher's link can lock the chart options). */
  readonly disabled?: boolean;
}

/** Slider positions: two decimals, as TensorBoard's smoothing slider has. */
const SMOOTHING_STEP = 0.01;

/** Smoothing as read aloud and shown beside the slider, e.g. "0.60" or "off". */
const describeSmoothing = (smoothing: number): string =>
  smoothing === 0 ? t('charts.smoothingOff') : smoothing.toFixed(2);

/**
 * How the charts draw their curves: what the x-axis measures, how strongly the curves are smoothed
 * (the raw curve stays faint behind), and a log-scale y-axis for the loss chart.
 */
export function ChartOptionsBar({ options, onChange, disabled = false }: ChartOptionsBarProps) {
  const xAxisId = useId();
  const smoothingId = useId();
  const logScaleId = useId();
  const smoothingText = describeSmoothing(options.smoothing);
  return (
    <fieldset className="chart-options" disabled={disabled}>
      <legend className="visually-hidden">{t('charts.options')}</legend>
      <div className="field chart-option">
        <label htmlFor={xAxisId}>{t('charts.xAxis')}</label>
        <select
          id={xAxisId}
          value={options.xAxis}
          onChange={(event) => {
            const chosen = CHART_X_AXES.find((axis) => axis.id === event.target.value);
            if (chosen && chosen.id !== options.xAxis) onChange({ ...options, xAxis: chosen.id });
          }}
        >
          {CHART_X_AXES.map((axis) => (
            <option key={axis.id} value={axis.id}>
              {t(axis.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="field chart-option chart-smoothing">
        <label htmlFor={smoothingId}>{t('charts.smoothing')}</label>
        <span className="chart-smoothing-control">
          <input
            id={smoothingId}
            type="range"
            min={SMOOTHING_LIMITS.min}
            max={SMOOTHING_LIMITS.max}
            step={SMOOTHING_STEP}
            value={options.smoothing}
            aria-valuetext={smoothingText}
            onChange={(event) => {
              const value = Number(event.target.value);
              const next = Math.min(SMOOTHING_LIMITS.max, Math.max(SMOOTHING_LIMITS.min, value));
              if (Number.isFinite(next) && next !== options.smoothing)
                onChange({ ...options, smoothing: next });
            }}
          />
          <output htmlFor={smoothingId} className="chart-smoothing-value" aria-hidden="true">
            {smoothingText}
          </output>
        </span>
      </div>
      <div className="field checkbox-field chart-option">
        <input
          id={logScaleId}
          type="checkbox"
          checked={options.isLogScale}
          onChange={(event) => onChange({ ...options, isLogScale: event.target.checked })}
        />
        <label htmlFor={logScaleId} title={t('charts.logScaleHelp')}>
          {t('charts.logScale')}
        </label>
      </div>
    </fieldset>
  );
}
