/**
 * The benchmark's output: one Markdown table (a row per scenario) followed by its notes, the
 * bundle sizes and the machine. Pure formatting of what the runs measured.
 */
import type { BaselineResult } from '../src/app/benchTypes';
import type { AppMeasurement } from './appRun';
import { bestBaseline } from './baseline';
import type { BundleSizes, FileSize } from './bundle';
import type { Scenario } from './scenarios';
import { median } from './stats';

/** Everything measured for one scenario. */
export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly app: AppMeasurement;
  /** Null when the scenario has no baseline. */
  readonly baseline: readonly BaselineResult[] | null;
  /** Training examples per epoch, when known. */
  readonly trainCount: number | null;
  readonly batchSize: number;
  /** The machine's 1-minute load average when the scenario started. */
  readonly loadAverage: number;
}

/** Where and when the figures were taken. */
export interface MachineInfo {
  readonly date: string;
  readonly cpus: number;
  readonly chromium: string;
  readonly loadAverage: string;
  readonly seconds: number;
  readonly baselineSeconds: number;
}

const NOT_SUPPORTED = 'n/a (not supported yet)';

/** A rate with as many digits as it deserves: 3,712 / 41.3 / 0.82. */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const fileText = (file: FileSize): string =>
  `${file.name} ${kilobytes(file.rawBytes)} raw / ${kilobytes(file.gzipBytes)} gzip`;

function baselineCell(results: readonly BaselineResult[] | null): string {
  if (!results) return '–';
  return results
    .map((result) =>
      result.isMeasured
        ? `${result.backend} ${formatRate(result.examplesPerSecond)} (${result.msPerStep.toFixed(2)} ms)`
        : `${result.backend} ✗`,
    )
    .join(' · ');
}

function row(result: ScenarioResult, footnote: string): string[] {
  const { app, baseline, trainCount, batchSize } = result;
  const best = baseline ? bestBaseline(baseline) : null;
  const bare = baselineCell(baseline);
  const bestEpochs = best ? `${formatRate(best.epochsPerSecond)} ${best.backend}` : '–';
  if (!app.isMeasured) {
    const label = app.isError ? 'n/a (harness error)' : NOT_SUPPORTED;
    const unmeasured = Array.from({ length: 7 }, () => '–');
    return [result.scenario.title, `${label}${footnote}`, ...unmeasured, bare, bestEpochs, '–'];
  }
  const examplesPerSecond = trainCount === null ? Number.NaN : app.epochsPerSecond * trainCount;
  const stepsPerEpoch = trainCount === null ? Number.NaN : Math.ceil(trainCount / batchSize);
  const msPerStep = 1000 / (app.epochsPerSecond * stepsPerEpoch);
  const taskCount = (count: number, longestMs: number): string =>
    count === 0 ? '0' : `${count} (longest ${Math.round(longestMs)} ms)`;
  const tasks =
    taskCount(app.longTaskCount, app.longestTaskMs) +
    (app.startupLongTaskCount > 0
      ? ` · start-up ${taskCount(app.startupLongTaskCount, app.startupLongestTaskMs)}`
      : '');
  const pause =
    app.pauseLatenciesMs.length === 0
      ? '–'
      : `${Math.round(median(app.pauseLatenciesMs))} (max ${Math.round(Math.max(...app.pauseLatenciesMs))})`;
  const ratio = best ? `${(examplesPerSecond / best.examplesPerSecond).toFixed(2)}× ${best.backend}` : '–';
  return [
    result.scenario.title,
    `${app.backend}${footnote}`,
    formatRate(app.epochsPerSecond),
    formatRate(examplesPerSecond),
    Number.isFinite(msPerStep) ? msPerStep.toFixed(2) : '–',
    `${(app.firstEpochMs / 1000).toFixed(2)} s (Train at ${(app.trainClickMs / 1000).toFixed(2)} s)`,
    app.boundariesPerSecond === null ? '–' : formatRate(app.boundariesPerSecond),
    tasks,
    pause,
    bare,
    bestEpochs,
    ratio,
  ];
}

/** The notes a row needs: why n/a, why a backend could not train, warnings, model mismatches. */
function notesOf(result: ScenarioResult): string[] {
  const { app, baseline } = result;
  const notes: string[] = [];
  if (!app.isMeasured) notes.push(`${app.isError ? 'harness error' : NOT_SUPPORTED}: ${app.reason}.`);
  else {
    notes.push(
      `ours on ${app.backend} ("${app.backendReason}"), ${app.epochsMeasured} epochs in ${app.measuredSeconds.toFixed(1)} s, ${app.rateWindows > 0 ? `median of ${app.rateWindows} windows` : 'overall rate'}; load average ${result.loadAverage.toFixed(1)} at the start.`,
    );
    if (app.warning) notes.push(`${app.warning}.`);
  }
  for (const failed of baseline ?? []) {
    if (!failed.isMeasured) notes.push(`bare tfjs on ${failed.backend} could not train: ${failed.message}.`);
  }
  const best = baseline ? bestBaseline(baseline) : null;
  if (app.isMeasured && best && app.parameterCount !== null && app.parameterCount !== best.parameterCount) {
    notes.push(
      `the bare model has ${best.parameterCount.toLocaleString('en-US')} parameters, ours ${app.parameterCount.toLocaleString('en-US')}: not the same model.`,
    );
  }
  return notes;
}

const HEADER = [
  'Scenario',
  'Backend (ours)',
  'Epochs/s',
  'Examples/s',
  'ms/step⁴',
  'First epoch¹',
  'Boundaries/s',
  'Long tasks >50 ms⁵',
  'Pause (ms)²',
  'Bare tfjs examples/s (ms/step)³',
  'Best bare epochs/s',
  'Ours ÷ best bare',
];

/** The whole report: the table, its notes, the bundle sizes and the machine. */
/** Issue 5's target: a race of two variants costs at most this many times one run's time per epoch. */
export const RACE_COST_TARGET = 2.2;

/**
 * A race's time per epoch as a multiple of one run's, in one round: the mean time per epoch of
 * its variants each trained alone in the same round (Adam's step costs more than SGD's, so the
 * race is compared with both, not with the cheaper one). Null when a side was not measured.
 */
function raceCostIn(round: readonly ScenarioResult[], race: ScenarioResult): number | null {
  const singles = (race.scenario.raceOf ?? []).map((id) =>
    round.find((candidate) => candidate.scenario.id === id),
  );
  if (singles.length === 0 || !race.app.isMeasured || race.app.epochsPerSecond <= 0) return null;
  const rates = singles.map((single) => (single?.app.isMeasured ? single.app.epochsPerSecond : 0));
  if (rates.some((rate) => rate <= 0)) return null;
  const meanSecondsPerEpoch = rates.reduce((sum, rate) => sum + 1 / rate, 0) / rates.length;
  return 1 / race.app.epochsPerSecond / meanSecondsPerEpoch;
}

/**
 * Each race's cost per epoch against its variants alone, round by round. Rounds measure the race
 * and its variants alone back to back, so that a change in the machine's load between two
 * scenarios moves one round's figure, not the verdict: that is the median over the rounds.
 */
export function raceCosts(rounds: ReadonlyArray<readonly ScenarioResult[]>): string[] {
  const lines: string[] = [];
  const races = (rounds[0] ?? []).filter((result) => (result.scenario.raceOf ?? []).length > 0);
  for (const { scenario } of races) {
    const measured = rounds.flatMap((round) => {
      const race = round.find((result) => result.scenario.id === scenario.id);
      const cost = race ? raceCostIn(round, race) : null;
      return race?.app.isMeasured && cost !== null ? [{ round, race: race.app, cost }] : [];
    });
    if (measured.length === 0) continue;
    const cost = median(measured.map((entry) => entry.cost));
    const verdict = cost <= RACE_COST_TARGET ? 'met' : 'not met';
    const perRound = measured.map(({ round, race, cost: roundCost }) => {
      const alone = (scenario.raceOf ?? [])
        .map((id) => {
          const single = round.find((candidate) => candidate.scenario.id === id)?.app;
          return `${id} ${single?.isMeasured ? single.epochsPerSecond.toFixed(1) : '–'}`;
        })
        .join(', ');
      const tasks =
        race.longTaskCount === 0
          ? 'no long task while training'
          : `${race.longTaskCount} long task${race.longTaskCount === 1 ? '' : 's'} while training (longest ${Math.round(race.longestTaskMs)} ms)`;
      return `${roundCost.toFixed(2)}× (${race.epochsPerSecond.toFixed(1)} epochs/s, ${tasks}; alone: ${alone} epochs/s)`;
    });
    const summary =
      measured.length === 1
        ? `${cost.toFixed(2)}× one run's time per epoch`
        : `${cost.toFixed(2)}× one run's time per epoch, the median of ${measured.length} rounds`;
    lines.push(
      '',
      `Race cost: ${scenario.id} takes ${summary} (target ≤ ${RACE_COST_TARGET}×: ${verdict}): ${perRound.join('; ')}.`,
    );
  }
  return lines;
}

/** Every scenario's epochs/s in each round, so that the spread between rounds shows. */
function roundRates(rounds: ReadonlyArray<readonly ScenarioResult[]>): string {
  const ids = (rounds[0] ?? []).map((result) => result.scenario.id);
  const rates = ids.map((id) => {
    const perRound = rounds.map((round) => {
      const app = round.find((result) => result.scenario.id === id)?.app;
      return app?.isMeasured ? formatRate(app.epochsPerSecond) : '–';
    });
    return `${id} ${perRound.join(' / ')}`;
  });
  return `Epochs/s in each of ${rounds.length} rounds: ${rates.join('; ')}.`;
}

export function formatReport(
  rounds: ReadonlyArray<readonly ScenarioResult[]>,
  bundle: BundleSizes,
  machine: MachineInfo,
): string {
  // The table shows the first round, which alone measured the bare baselines.
  const results = rounds[0] ?? [];
  const lines = [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`];
  const notes: string[] = [];
  for (const result of results) {
    const rowNotes = notesOf(result);
    const marks = rowNotes.map((_, i) => notes.length + i + 1);
    notes.push(...rowNotes);
    const footnote = marks.length > 0 ? ` [${marks.join(',')}]` : '';
    lines.push(`| ${row(result, footnote).join(' | ')} |`);
  }
  lines.push(...raceCosts(rounds));
  if (rounds.length > 1) lines.push('', roundRates(rounds));
  lines.push(
    '',
    `¹ From opening the link to the first completed epoch arriving in the page; a script in the page presses Train the moment it is enabled (the time in brackets), except for a scenario the bench sets up first (LeNet), where Playwright clicks it. ² From the click on Pause to the paused state: median of the clicks (and the slowest). ³ \`model.fit\` of the same layers, data and batch size in a worker, no UI, ${machine.baselineSeconds} s per backend after warm-up; examples/s = epochs/s × training examples. ⁴ Wall time per epoch ÷ optimizer steps per epoch: ours includes the per-epoch evaluation, shuffling and boundaries. ⁵ Main-thread tasks over 50 ms while training, from the end of the page's start-up (both charts drawn) to the end of the run; after "start-up", those between the Train press and that moment (Train is pressed while the charts' code still loads and renders).`,
    '',
    ...notes.map((note, i) => `[${i + 1}] ${note}`),
    '',
    `Bundle (normal build): main ${fileText(bundle.main)}; worker ${fileText(bundle.worker)}${bundle.workerTfjs ? ` + its tfjs chunk, loaded only for tfjs runs, ${fileText(bundle.workerTfjs)}` : ''}; wasm ${bundle.wasm.map((file) => `${kilobytes(file.gzipBytes)}`).join(', ')} gzip.`,
    `Machine: ${machine.date}, ${machine.cpus} cores, ${machine.chromium} headless (WebGL: SwiftShader), load average ${machine.loadAverage}; ${machine.seconds} s of training per scenario.`,
  );
  return lines.join('\n');
}
