import type { DatasetAnalysis } from '../../core/datasets/analysis';
import type { DataStatistics } from '../../core/datasets/statistics';
import { plural, t, textOf } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import type { AnalysisTiming } from '../../worker/data/protocol';
import { classColour } from '../theme';
import { shownClassName } from './shownClassName';

/** Classes above which the similarity matrix is replaced by a list of the closest pairs. */
const MAX_MATRIX_CLASSES = 10;

const distance = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** A matrix cell's distance in at most three characters, so ten columns fit the panel. */
const cellText = (value: number): string =>
  value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2);

function featureText(exampleShape: readonly number[], numFeatures: number): string {
  if (exampleShape.length === 3)
    return t('dataset.facts.pixels', {
      count: groupDigits(numFeatures),
      height: exampleShape[0] ?? 0,
      width: exampleShape[1] ?? 0,
    });
  return plural('dataset.facts.features', numFeatures, { count: groupDigits(numFeatures) });
}

/** The "most alike" sentence with both class names in bold, wherever the language puts them. */
function mostAlikeLine(first: string, second: string, distanceText: string) {
  // {first} and {second} stay unfilled so that they can become elements.
  const parts = t('dataset.facts.mostAlike', { distance: distanceText }).split(/(\{first\}|\{second\})/);
  return parts.map((part, index) =>
    part === '{first}' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never reorder
      <strong key={index}>{first}</strong>
    ) : part === '{second}' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never reorder
      <strong key={index}>{second}</strong>
    ) : (
      part
    ),
  );
}

/** Per class: colour, name, training and test counts with a bar, and the spread around its centre. */
function ClassTable({
  statistics,
  names,
}: {
  readonly statistics: DataStatistics;
  readonly names: readonly string[];
}) {
  const largest = Math.max(1, ...statistics.trainClassCounts);
  return (
    <table className="class-table">
      <caption>{t('dataset.facts.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dataset.facts.class')}</th>
          <th scope="col">{t('dataset.facts.training')}</th>
          <th scope="col">{t('dataset.facts.test')}</th>
          <th scope="col" title={t('dataset.facts.spreadTitle')}>
            {t('dataset.facts.spread')}
          </th>
        </tr>
      </thead>
      <tbody>
        {names.map((name, c) => {
          const trainCount = statistics.trainClassCounts[c] ?? 0;
          return (
            <tr key={name}>
              <th scope="row">
                <span className="swatch" style={{ background: classColour(c) }} aria-hidden="true" />
                {name}
              </th>
              <td>
                <span
                  className="bar"
                  style={{ width: `${(100 * trainCount) / largest}%` }}
                  aria-hidden="true"
                />
                <span className="bar-value">{groupDigits(trainCount)}</span>
              </td>
              <td>{groupDigits(statistics.testClassCounts[c] ?? 0)}</td>
              <td>{distance(statistics.intraClassDistances[c] ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The cell colour: the accent blue at `shade` over white, made opaque so that it, and the dark
 * text on it, look the same in light and dark themes.
 */
const cellBackground = (shade: number): string => {
  const mix = (channel: number): number => Math.round(255 * (1 - shade) + channel * shade);
  return `rgb(${mix(0)}, ${mix(98)}, ${mix(163)})`;
};

/** Distances between class centres as a small shaded matrix: the darker, the closer (the more alike). */
function SimilarityMatrix({
  statistics,
  names,
}: {
  readonly statistics: DataStatistics;
  readonly names: readonly string[];
}) {
  const k = statistics.numClasses;
  const values = [...statistics.centroidDistances].filter((_, index) => index % (k + 1) !== 0);
  const nearest = Math.min(...values);
  const farthest = Math.max(...values);
  const closeness = (value: number): number =>
    farthest > nearest ? (farthest - value) / (farthest - nearest) : 1;
  // Short names (digits) head the columns themselves; long ones are numbered, the rows say which is which.
  const isShort = names.every((name) => name.length <= 3);
  const columnHead = (name: string, index: number): string => (isShort ? name : String(index + 1));
  return (
    <table className="similarity-matrix">
      <caption>{t('dataset.facts.matrixCaption')}</caption>
      <thead>
        <tr>
          <td className={isShort ? 'corner narrow' : 'corner'} />
          {names.map((name, c) => (
            <th key={name} scope="col" title={name}>
              {columnHead(name, c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name, row) => (
          <tr key={name}>
            <th scope="row" title={name}>
              {isShort ? name : `${row + 1} ${name}`}
            </th>
            {names.map((other, column) => {
              const value = statistics.centroidDistances[row * k + column] ?? 0;
              // Capped so dark text keeps a 4.5:1 contrast on the closest pair's cell too.
              const shade = row === column ? 0 : 0.08 + 0.57 * closeness(value);
              return (
                <td
                  key={other}
                  title={`${name} – ${other}: ${distance(value)}`}
                  style={{
                    background: cellBackground(shade),
                    color: '#1d2330',
                  }}
                >
                  {row === column ? '·' : cellText(value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "What the data says": counts, balance, spread, similarity and the hints that tie them to the other ingredients. */
export function DataFacts({
  analysis,
  timing,
}: {
  readonly analysis: DatasetAnalysis;
  readonly timing: AnalysisTiming | null;
}) {
  const { statistics } = analysis;
  const classNames = analysis.classNames.map(shownClassName);
  const pair = statistics.mostSimilarPair;
  const isRegression = statistics.task === 'regression';
  const summary = statistics.targetSummary;
  return (
    <details className="data-facts" open data-testid="data-facts">
      <summary>
        <h3>{t('dataset.facts.title')}</h3>
      </summary>
      <p className="fact-line">
        {[
          t('dataset.facts.counts', {
            train: groupDigits(statistics.trainCount),
            test: groupDigits(statistics.testCount),
          }),
          isRegression
            ? t('dataset.facts.realTarget')
            : t('dataset.facts.classes', { count: statistics.numClasses }),
          featureText(analysis.exampleShape, statistics.numFeatures),
        ].join(' · ')}
      </p>
      {isRegression && summary && (
        <p className="fact-line">
          {t('dataset.facts.target', {
            mean: summary.mean.toFixed(2),
            deviation: summary.standardDeviation.toFixed(2),
            min: summary.min.toFixed(2),
            max: summary.max.toFixed(2),
          })}
        </p>
      )}
      {!isRegression && <ClassTable statistics={statistics} names={classNames} />}
      {!isRegression && statistics.numClasses > 1 && statistics.numClasses <= MAX_MATRIX_CLASSES && (
        <SimilarityMatrix statistics={statistics} names={classNames} />
      )}
      {pair && (
        <p className="fact-line" data-testid="most-similar-pair">
          {mostAlikeLine(
            classNames[pair.first] ?? String(pair.first),
            classNames[pair.second] ?? String(pair.second),
            distance(pair.distance),
          )}
        </p>
      )}
      <ul className="data-hints">
        {statistics.hints.map((hint) => (
          <li key={JSON.stringify(hint.message)} className={`hint-${hint.topic}`}>
            {textOf(hint.message)}
          </li>
        ))}
      </ul>
      {timing?.where === 'worker' && (
        <p className="hint" data-testid="analysis-timing">
          {t('dataset.facts.timing', {
            load: (timing.loadMs / 1000).toFixed(2),
            analyse: (timing.analyseMs / 1000).toFixed(2),
          })}
        </p>
      )}
    </details>
  );
}
