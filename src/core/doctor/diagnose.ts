/**
 * The training doctor: a pure function from a run's metric history and its experiment to what went
 * wrong, each finding with its evidence from the run and the fixes that answer it. The rules and
 * their thresholds are data in rules.ts; the words are made when shown (findingText.ts).
 */
import type { Experiment } from '../experiment/experiment';
import { lossAdvice, naturalLoss } from '../experiment/lossAdvisor';
import type { MessageParams } from '../i18n/catalogue';
import type { ModelInput } from '../model/modelInput';
import type { MetricKey } from '../run/metricHistory';
import { canAddDropout, type FixChange } from './fixes';
import {
  DOCTOR_RULES,
  FIRST_L2,
  FIX_CLIP_NORM,
  FIX_DROPOUT_RATE,
  type FindingId,
  lowerLearningRate,
  RULES_BY_RANK,
  TYPICAL_LEARNING_RATE,
} from './rules';

/** What diagnose reads of a run's history (a MetricHistory; plain columns in tests). */
export interface MetricSeries {
  readonly length: number;
  epochValues(): ArrayLike<number>;
  values(key: MetricKey): ArrayLike<number>;
}

/** Everything a diagnosis is made from. */
export interface DiagnosisInput {
  readonly history: MetricSeries;
  readonly experiment: Experiment;
  /** The epoch whose loss was not a finite number, once the run has diverged. */
  readonly divergedAtEpoch: number | null;
  /** The data set's shape, task and classes; null while own data is not loaded. */
  readonly modelInput: ModelInput | null;
}

/** One thing the doctor found in a run. */
export interface Finding {
  readonly id: FindingId;
  /** The epoch the finding is about: where it began (overfitting, divergence) or the latest one judged. */
  readonly epoch: number;
  /** Figures from the run, as the placeholders of the rule's explanation. */
  readonly evidence: MessageParams;
  /** One-click changes of the experiment, the most likely first. */
  readonly fixes: readonly FixChange[];
}

/** A run with nothing found. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

const loss3 = (value: number): string => value.toFixed(3);
const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`;

function meanOf(values: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] as number;
  return sum / Math.max(to - from, 1);
}

function rangeOf(values: ArrayLike<number>, from: number, to: number): { low: number; high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const value = values[i] as number;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return { low, high };
}

/** What every rule reads, taken from the history once. */
interface Curves {
  readonly count: number;
  readonly epochs: ArrayLike<number>;
  readonly trainLoss: ArrayLike<number>;
  readonly testLoss: ArrayLike<number>;
  readonly trainScore: ArrayLike<number>;
  readonly testScore: ArrayLike<number>;
  readonly startLoss: number;
  /** Epochs trained: the last epoch recorded minus the first. */
  readonly trained: number;
  readonly lastEpoch: number;
  readonly learningRate: number | null;
  /** Accuracy of guessing (1 / classes), or R² 0 for regression. */
  readonly chance: number;
}

type Rule = (curves: Curves, input: DiagnosisInput) => Finding | null;

/** Fixes for a learning rate that is too high: a lower one, clipping if off, and Adam for another optimizer. */
function calmerFixes(input: DiagnosisInput, learningRate: number | null, withAdam: boolean): FixChange[] {
  const { optimizer } = input.experiment;
  const fixes: FixChange[] = [];
  if (learningRate !== null)
    fixes.push({
      kind: 'learningRate',
      from: learningRate,
      to: lowerLearningRate(optimizer.id, learningRate),
    });
  if (withAdam && optimizer.id !== 'adam')
    fixes.push({ kind: 'optimizer', to: 'adam', learningRate: TYPICAL_LEARNING_RATE.adam });
  if (optimizer.clipNorm === undefined) fixes.push({ kind: 'clipNorm', to: FIX_CLIP_NORM });
  return fixes;
}

const RULES: Readonly<Record<FindingId, Rule>> = {
  diverged: (curves, input) =>
    input.divergedAtEpoch === null
      ? null
      : {
          id: 'diverged',
          epoch: input.divergedAtEpoch,
          evidence: { epoch: input.divergedAtEpoch, start: loss3(curves.startLoss) },
          fixes: calmerFixes(input, curves.learningRate, true),
        },

  thrashing: (curves, input) => {
    const { windowEpochs, swingOfStartLoss, chanceBand } = DOCTOR_RULES.thrashing.thresholds;
    if (curves.count <= windowEpochs) return null;
    const from = curves.count - windowEpochs;
    const { low, high } = rangeOf(curves.trainLoss, from, curves.count);
    const accuracy = meanOf(curves.testScore, from, curves.count);
    const isSwinging = high - low >= swingOfStartLoss * curves.startLoss && high > curves.startLoss;
    if (!isSwinging || Math.abs(accuracy - curves.chance) > chanceBand) return null;
    const evidence: Record<string, string | number> = {
      epochs: windowEpochs,
      low: loss3(low),
      high: loss3(high),
      start: loss3(curves.startLoss),
      accuracy: percent(accuracy),
      chance: percent(curves.chance),
    };
    return {
      id: 'thrashing',
      epoch: curves.lastEpoch,
      evidence,
      fixes: calmerFixes(input, curves.learningRate, false),
    };
  },

  exploding: (curves, input) => {
    const { windowEpochs, timesStartLoss } = DOCTOR_RULES.exploding.thresholds;
    if (curves.count <= windowEpochs || curves.startLoss <= 0) return null;
    const recent = meanOf(curves.trainLoss, curves.count - windowEpochs, curves.count);
    if (recent < timesStartLoss * curves.startLoss) return null;
    return {
      id: 'exploding',
      epoch: curves.lastEpoch,
      evidence: {
        start: loss3(curves.startLoss),
        now: loss3(recent),
        times: Math.round(recent / curves.startLoss),
        epochs: windowEpochs,
      },
      fixes: calmerFixes(input, curves.learningRate, false),
    };
  },

  overfitting: (curves, input) => {
    const { windowEpochs, epochsSinceBest, testLossRise, testLossRiseAbsolute, trainLossFall } =
      DOCTOR_RULES.overfitting.thresholds;
    if (curves.count <= windowEpochs) return null;
    let best = 0;
    for (let i = 1; i < curves.count; i++)
      if ((curves.testLoss[i] as number) < (curves.testLoss[best] as number)) best = i;
    const began = curves.epochs[best] as number;
    if (curves.lastEpoch - began < epochsSinceBest) return null;
    const from = curves.count - windowEpochs;
    const bestTest = curves.testLoss[best] as number;
    const testNow = meanOf(curves.testLoss, from, curves.count);
    const trainThen = curves.trainLoss[best] as number;
    const trainNow = meanOf(curves.trainLoss, from, curves.count);
    const hasRisen = testNow >= bestTest * (1 + testLossRise) && testNow - bestTest >= testLossRiseAbsolute;
    if (!hasRisen || trainNow > trainThen * (1 - trainLossFall)) return null;
    const { training, model } = input.experiment;
    const fixes: FixChange[] = [];
    const l2 = training.l2;
    if (l2 < 1) fixes.push({ kind: 'l2', from: l2, to: l2 > 0 ? Math.min(l2 * 10, 1) : FIRST_L2 });
    if (canAddDropout(model.hiddenLayers)) fixes.push({ kind: 'dropout', rate: FIX_DROPOUT_RATE });
    if (began >= 1 && began < training.epochs)
      fixes.push({ kind: 'epochs', from: training.epochs, to: began });
    return {
      id: 'overfitting',
      epoch: began,
      evidence: {
        epoch: began,
        bestTestLoss: loss3(bestTest),
        testLoss: loss3(testNow),
        trainLossThen: loss3(trainThen),
        trainLoss: loss3(trainNow),
      },
      fixes,
    };
  },

  lossMismatch: (curves, input) => {
    const { modelInput, experiment } = input;
    if (!modelInput || lossAdvice(experiment.loss, modelInput).fit !== 'mismatch') return null;
    const natural = naturalLoss(modelInput.task, modelInput.numClasses);
    return {
      id: 'lossMismatch',
      epoch: curves.lastEpoch,
      evidence: { classes: modelInput.numClasses },
      fixes: [{ kind: 'loss', to: natural }],
    };
  },

  learningRateTooLow: (curves, input) => {
    const { afterEpochs, relativeFall } = DOCTOR_RULES.learningRateTooLow.thresholds;
    const { learningRate } = curves;
    const typical = TYPICAL_LEARNING_RATE[input.experiment.optimizer.id];
    if (curves.trained < afterEpochs || learningRate === null || learningRate >= typical) return null;
    const { low } = rangeOf(curves.trainLoss, 0, curves.count);
    const fall = (curves.startLoss - low) / Math.abs(curves.startLoss);
    if (!(fall < relativeFall)) return null;
    return {
      id: 'learningRateTooLow',
      epoch: curves.lastEpoch,
      evidence: {
        epochs: curves.trained,
        start: loss3(curves.startLoss),
        best: loss3(low),
        fall: percent(Math.max(fall, 0)),
      },
      fixes: [{ kind: 'learningRate', from: learningRate, to: typical }],
    };
  },

  plateau: (curves, input) => {
    const { windowEpochs, relativeFall, goodScore } = DOCTOR_RULES.plateau.thresholds;
    if (curves.count <= windowEpochs) return null;
    const tenth = Math.max(Math.round(windowEpochs / 10), 1);
    const from = curves.count - windowEpochs;
    const before = meanOf(curves.trainLoss, from, from + tenth);
    const after = meanOf(curves.trainLoss, curves.count - tenth, curves.count);
    const score = meanOf(curves.trainScore, curves.count - tenth, curves.count);
    if ((before - after) / Math.abs(before) >= relativeFall || score >= goodScore) return null;
    const { optimizer } = input.experiment;
    const fixes: FixChange[] = [];
    const { learningRate } = curves;
    if (learningRate !== null && learningRate < 10)
      fixes.push({ kind: 'learningRate', from: learningRate, to: learningRate * 10 });
    if (optimizer.id !== 'adam')
      fixes.push({ kind: 'optimizer', to: 'adam', learningRate: TYPICAL_LEARNING_RATE.adam });
    return {
      id: 'plateau',
      epoch: curves.lastEpoch,
      evidence: { epochs: windowEpochs, before: loss3(before), after: loss3(after), score: percent(score) },
      fixes,
    };
  },
};

/** The curves every rule reads, or null when there is nothing to judge yet. */
function curvesOf(input: DiagnosisInput): Curves | null {
  const { history, experiment, modelInput } = input;
  const count = history.length;
  if (count === 0) return null;
  const epochs = history.epochValues();
  const trainLoss = history.values('trainLoss');
  const learningRate = experiment.optimizer.params.learningRate;
  const isRegression = modelInput?.task === 'regression';
  const classes = modelInput?.numClasses ?? experiment.dataset.numClasses;
  return {
    count,
    epochs,
    trainLoss,
    testLoss: history.values('testLoss'),
    trainScore: history.values('trainAccuracy'),
    testScore: history.values('testAccuracy'),
    startLoss: trainLoss[0] as number,
    trained: (epochs[count - 1] as number) - (epochs[0] as number),
    lastEpoch: epochs[count - 1] as number,
    learningRate: typeof learningRate === 'number' ? learningRate : null,
    chance: isRegression ? 0 : 1 / Math.max(classes, 1),
  };
}

/** Every finding that holds for the run, worst first, without those a worse one makes redundant. */
export function diagnose(input: DiagnosisInput): readonly Finding[] {
  const curves = curvesOf(input);
  if (!curves) return NO_FINDINGS;
  const found = RULES_BY_RANK.flatMap((id) => {
    const finding = RULES[id](curves, input);
    return finding ? [finding] : [];
  });
  if (found.length === 0) return NO_FINDINGS;
  const superseded = new Set<FindingId>(
    found.flatMap((finding): readonly FindingId[] => DOCTOR_RULES[finding.id].supersedes),
  );
  return found.filter((finding) => !superseded.has(finding.id));
}
