import { useId, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { t, textOf } from '../../core/i18n/translate';
import { type LearningRateRange, rangeProblems, smoothLosses } from '../../core/run/learningRateRange';
import { usePlayground } from '../../store/usePlayground';
import { rateText } from '../notebook/notebookText';
import './learningRate.css';

/** A rate as typed: a number, or NaN (which the range check names) for anything else. */
const parsed = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** The range's three fields, kept as typed until the test runs. */
function RangeFields({ onRun }: { readonly onRun: (range: LearningRateRange) => void }) {
  const range = usePlayground((state) => state.learningRateRange);
  const isRunning = usePlayground((state) => state.learningRateTest.status === 'running');
  const [minText, setMinText] = useState(String(range.minRate));
  const [maxText, setMaxText] = useState(String(range.maxRate));
  const [stepsText, setStepsText] = useState(String(range.steps));
  const typed = { minRate: parsed(minText), maxRate: parsed(maxText), steps: parsed(stepsText) };
  const isUsable = rangeProblems(typed).length === 0;
  const errorId = useId();
  return (
    <form
      className="learning-rate-range"
      onSubmit={(event) => {
        event.preventDefault();
        if (isUsable) onRun(typed);
      }}
    >
      <label>
        {t('notebook.lr.min')}{' '}
        <input
          inputMode="decimal"
          value={minText}
          onChange={(event) => setMinText(event.target.value)}
          size={7}
        />
      </label>
      <label>
        {t('notebook.lr.max')}{' '}
        <input
          inputMode="decimal"
          value={maxText}
          onChange={(event) => setMaxText(event.target.value)}
          size={7}
        />
      </label>
      <label>
        {t('notebook.lr.steps')}{' '}
        <input
          inputMode="numeric"
          value={stepsText}
          onChange={(event) => setStepsText(event.target.value)}
          size={5}
        />
      </label>
      <button
        type="submit"
        disabled={isRunning || !isUsable}
        aria-describedby={isUsable ? undefined : errorId}
      >
        {t('notebook.lr.start')}
      </button>
      {!isUsable && (
        <p id={errorId} className="field-error" role="alert">
          {t('notebook.lr.badRange')}.
        </p>
      )}
    </form>
  );
}

/** Powers of ten within [from, to], every other one when there are more than five, so that labels never collide. */
function decadeTicks(from: number, to: number): number[] {
  const first = Math.ceil(Math.log10(from) - 1e-9);
  const last = Math.floor(Math.log10(to) + 1e-9);
  const stride = last - first + 1 > 5 ? 2 : 1;
  const ticks: number[] = [];
  for (let decade = first; decade <= last; decade += stride) ticks.push(10 ** decade);
  return ticks;
}

/** The smoothed loss against the rate on a log axis, the suggestion marked. */
function RangeChart() {
  const test = usePlayground((state) => state.learningRateTest);
  const smoothed = smoothLosses(test.losses);
  const points = test.rates
    .map((rate, index) => ({ rate, loss: smoothed[index] as number }))
    .filter((point) => Number.isFinite(point.loss));
  if (points.length === 0) return null;
  const ticks = decadeTicks(test.rates[0] as number, test.rates.at(-1) as number);
  return (
    <figure className="learning-rate-chart">
      <figcaption>{t('notebook.lr.chart')}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="rate"
            type="number"
            scale="log"
            domain={['dataMin', 'dataMax']}
            ticks={ticks}
            tickFormatter={(rate: number) => `1e${Math.round(Math.log10(rate))}`}
            label={{ value: t('notebook.lr.axisRate'), position: 'insideBottom', offset: -14 }}
          />
          <YAxis
            dataKey="loss"
            domain={['auto', 'auto']}
            tickFormatter={(loss: number) => loss.toFixed(2)}
            width={48}
          />
          <Tooltip
            formatter={(loss) => (typeof loss === 'number' ? loss.toFixed(4) : String(loss))}
            labelFormatter={(rate) => (typeof rate === 'number' ? rateText(rate) : String(rate))}
          />
          <Line
            type="monotone"
            dataKey="loss"
            name={t('notebook.lr.axisLoss')}
            dot={false}
            isAnimationActive={false}
          />
          {test.suggestion !== null && (
            <ReferenceLine x={test.suggestion} stroke="#d55e00" strokeDasharray="4 2" />
          )}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The outcome in words and, with a suggestion, the button that applies it. */
function Outcome() {
  const test = usePlayground((state) => state.learningRateTest);
  const apply = usePlayground((state) => state.applySuggestedRate);
  const current = usePlayground((state) => state.experiment.optimizer.params.learningRate);
  switch (test.status) {
    case 'idle':
      return null;
    case 'running':
      return <p className="hint">{t('notebook.lr.running')}</p>;
    case 'failed':
      return (
        <p className="notebook-problem" role="alert">
          {t('notebook.lr.failed', { message: test.message ? textOf(test.message) : '' })}
        </p>
      );
    case 'done':
      if (test.suggestion === null) return <p role="status">{t('notebook.lr.none')}</p>;
      return (
        <p role="status" className="learning-rate-suggestion">
          {t('notebook.lr.suggested', { rate: rateText(test.suggestion) })}{' '}
          {current === test.suggestion ? (
            <span>{t('notebook.lr.applied', { rate: rateText(test.suggestion) })}</span>
          ) : (
            <button type="button" onClick={apply}>
              {t('notebook.lr.apply', { rate: rateText(test.suggestion) })}
            </button>
          )}
        </p>
      );
  }
}

/** "Find learning rate": the range, the test in the worker, its curve and the suggestion, applied in one click. */
export default function LearningRateFinder() {
  const headingId = useId();
  const close = usePlayground((state) => state.closeLearningRateTest);
  const setRange = usePlayground((state) => state.setLearningRateRange);
  const find = usePlayground((state) => state.findLearningRate);
  return (
    <section className="learning-rate-finder" aria-labelledby={headingId}>
      <div className="learning-rate-heading">
        <h3 id={headingId}>{t('notebook.lr.title')}</h3>
        <button type="button" onClick={close}>
          {t('notebook.lr.close')}
        </button>
      </div>
      <p className="hint">{t('notebook.lr.intro')}</p>
      <RangeFields
        onRun={(range) => {
          setRange(range);
          find();
        }}
      />
      <div aria-live="polite">
        <Outcome />
      </div>
      <RangeChart />
    </section>
  );
}
