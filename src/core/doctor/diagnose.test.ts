/**
 * One block per rule of the doctor: a synthetic history that must trigger it and near-misses just
 * beyond its thresholds that must not. The histories are shaped on real curves of the default
 * spiral (docs/decisions/doctor.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { Experiment, LossId } from '../experiment/experiment';
import { modelInputOf } from '../model/modelInput';
import { MetricHistory } from '../run/metricHistory';
import { diagnose, type Finding } from './diagnose';
import { applyFix } from './fixes';
import { DOCTOR_RULES, type FindingId } from './rules';

/** Per-epoch values from epoch 0; accuracies default to a well-trained run's. */
interface Curves {
  readonly trainLoss: readonly number[];
  readonly testLoss?: readonly number[];
  readonly trainAccuracy?: readonly number[];
  readonly testAccuracy?: readonly number[];
}

function historyOf(curves: Curves): MetricHistory {
  const count = curves.trainLoss.length;
  const history = new MetricHistory();
  history.append({
    epoch: Float64Array.from({ length: count }, (_, i) => i),
    trainLoss: Float64Array.from(curves.trainLoss),
    testLoss: Float64Array.from(curves.testLoss ?? curves.trainLoss),
    trainAccuracy: Float64Array.from(curves.trainAccuracy ?? Array(count).fill(0.95)),
    testAccuracy: Float64Array.from(curves.testAccuracy ?? Array(count).fill(0.95)),
    elapsedMs: Float64Array.from({ length: count }, (_, i) => i * 10),
  });
  return history;
}

const sgd = (learningRate: number): Experiment => ({
  ...DEFAULT_EXPERIMENT,
  optimizer: { id: 'sgd', params: { learningRate, momentum: 0, nesterov: false } },
});

function findings(
  curves: Curves,
  experiment: Experiment = DEFAULT_EXPERIMENT,
  divergedAtEpoch: number | null = null,
): readonly Finding[] {
  return diagnose({
    history: historyOf(curves),
    experiment,
    divergedAtEpoch,
    modelInput: modelInputOf(experiment.dataset),
  });
}

const ids = (list: readonly Finding[]): FindingId[] => list.map((finding) => finding.id);
const find = (list: readonly Finding[], id: FindingId): Finding | undefined =>
  list.find((finding) => finding.id === id);

/** A loss falling smoothly from 0.69 towards 0.05: a run that learns. */
const learning = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => 0.05 + 0.64 * Math.exp(-i / 30));

describe('diagnose', () => {
  it('finds nothing in an empty history, nor in a run that learns well', () => {
    expect(findings({ trainLoss: [] })).toEqual([]);
    expect(findings({ trainLoss: learning(300) })).toEqual([]);
  });

  describe('diverged', () => {
    it('is found once the run reports a non-finite loss, naming the epoch, and supersedes the rest', () => {
      const list = findings({ trainLoss: [0.69, 3, 9] }, sgd(100), 3);
      expect(ids(list)).toEqual(['diverged']);
      expect(list[0]?.evidence.epoch).toBe(3);
      expect(list[0]?.fixes[0]).toEqual({ kind: 'learningRate', from: 100, to: 0.1 });
    });
    it('is not found while every loss is finite', () => {
      expect(find(findings({ trainLoss: [0.69, 3, 9] }, sgd(100), null), 'diverged')).toBeUndefined();
    });
  });

  describe('thrashing', () => {
    // As SGD at lr 100 on the spiral: the loss jumps between 0.5 and 9, accuracy flips around 50%.
    const thrash = (count: number, low: number, high: number, accuracy: number): Curves => ({
      trainLoss: Array.from({ length: count }, (_, i) => (i === 0 ? 0.69 : i % 3 === 0 ? low : high)),
      testAccuracy: Array.from({ length: count }, (_, i) =>
        i % 2 === 0 ? accuracy - 0.07 : accuracy + 0.07,
      ),
    });
    it('is found when the loss swings widely at chance, and proposes a learning rate for the optimizer', () => {
      const list = findings(thrash(60, 0.5, 9, 0.5), sgd(100));
      expect(ids(list)[0]).toBe('thrashing');
      expect(ids(list)).not.toContain('exploding');
      expect(list[0]?.fixes[0]).toEqual({ kind: 'learningRate', from: 100, to: 0.1 });
      expect(applyFix(sgd(100), list[0]?.fixes[0] as never).optimizer.params.learningRate).toBe(0.1);
    });
    it('is not found when accuracy is clear of chance, when the swing is small, or before the window fills', () => {
      expect(find(findings(thrash(60, 0.5, 9, 0.75), sgd(100)), 'thrashing')).toBeUndefined();
      // A swing of 0.3 is under half the starting loss 0.69.
      expect(find(findings(thrash(60, 0.6, 0.9, 0.5), sgd(100)), 'thrashing')).toBeUndefined();
      const { windowEpochs } = DOCTOR_RULES.thrashing.thresholds;
      expect(find(findings(thrash(windowEpochs, 0.5, 9, 0.5), sgd(100)), 'thrashing')).toBeUndefined();
    });
    it('never fires on a loss that falls steadily, whatever its accuracy', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 21, max: 200 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (count, acc) => {
            const list = findings({ trainLoss: learning(count), testAccuracy: Array(count).fill(acc) });
            return find(list, 'thrashing') === undefined;
          },
        ),
      );
    });
  });

  describe('exploding', () => {
    it('is found when the recent loss is at least three times its start (here 4.09 / 0.69 ≈ 6)', () => {
      const trainLoss = [0.69, ...Array.from({ length: 20 }, (_, i) => 0.69 + i * 0.2)];
      const list = findings({ trainLoss }, sgd(1));
      const finding = find(list, 'exploding');
      expect(finding?.evidence.times).toBe(6);
      expect(finding?.fixes).toContainEqual({ kind: 'clipNorm', to: 1 });
    });
    it('is not found at 2.9 times the start', () => {
      const trainLoss = [0.69, ...Array(20).fill(0.69 * 2.9)];
      expect(find(findings({ trainLoss }, sgd(1)), 'exploding')).toBeUndefined();
    });
  });

  describe('overfitting', () => {
    /** Test loss lowest at `best`, then rising by `rise` per epoch; train loss falling throughout. */
    const overfit = (count: number, best: number, rise: number): Curves => ({
      trainLoss: Array.from({ length: count }, (_, i) => 0.7 * Math.exp(-i / 20)),
      testLoss: Array.from({ length: count }, (_, i) =>
        i <= best ? 0.7 - 0.01 * i : 0.7 - 0.01 * best + rise * (i - best),
      ),
    });
    it('names the epoch where the test loss was lowest and offers L2, dropout and fewer epochs', () => {
      const list = findings(overfit(100, 20, 0.02));
      const finding = find(list, 'overfitting');
      expect(finding?.epoch).toBe(20);
      expect(finding?.evidence.epoch).toBe(20);
      expect(finding?.fixes).toEqual([
        { kind: 'l2', from: 0, to: 0.001 },
        { kind: 'dropout', rate: 0.2 },
        { kind: 'epochs', from: 500, to: 20 },
      ]);
      const dropped = applyFix(DEFAULT_EXPERIMENT, { kind: 'dropout', rate: 0.2 }).model.hiddenLayers;
      expect(dropped.map((layer) => layer.kind)).toEqual(['dense', 'dropout', 'dense', 'dropout']);
    });
    it('is not found when the test loss has risen too little, too recently, or the train loss is flat', () => {
      // 0.5 → 0.55 is a rise of 10% (under 20%).
      expect(find(findings(overfit(100, 20, 0.05 / 80)), 'overfitting')).toBeUndefined();
      expect(find(findings(overfit(29, 20, 0.05)), 'overfitting')).toBeUndefined();
      const flat = { ...overfit(100, 20, 0.02), trainLoss: Array(100).fill(0.5) };
      expect(find(findings(flat), 'overfitting')).toBeUndefined();
    });
  });

  describe('loss mismatch', () => {
    const withLoss = (loss: LossId, numClasses: number): Experiment => ({
      ...DEFAULT_EXPERIMENT,
      dataset: { ...DEFAULT_EXPERIMENT.dataset, numClasses },
      loss,
    });
    it('is found for binary cross-entropy on three classes and proposes categorical cross-entropy', () => {
      const finding = find(
        findings({ trainLoss: learning(5) }, withLoss('binaryCrossentropy', 3)),
        'lossMismatch',
      );
      expect(finding?.fixes).toEqual([{ kind: 'loss', to: 'categoricalCrossentropy' }]);
    });
    it('is not found for a loss that fits, nor before any metrics', () => {
      expect(
        find(findings({ trainLoss: learning(5) }, withLoss('categoricalCrossentropy', 3)), 'lossMismatch'),
      ).toBeUndefined();
      expect(findings({ trainLoss: [] }, withLoss('binaryCrossentropy', 3))).toEqual([]);
    });
  });

  describe('learning rate too low', () => {
    const barely = (count: number, fall: number): Curves => ({
      trainLoss: Array.from({ length: count }, (_, i) => 0.6922 * (1 - (fall * i) / (count - 1))),
      trainAccuracy: Array(count).fill(0.46),
      testAccuracy: Array(count).fill(0.57),
    });
    it('is found when the loss fell under 1% in 30 epochs, proposing the optimizer’s typical rate', () => {
      const list = findings(barely(31, 0.001), sgd(1e-6));
      expect(ids(list)).toEqual(['learningRateTooLow']);
      expect(list[0]?.fixes).toEqual([{ kind: 'learningRate', from: 1e-6, to: 0.1 }]);
    });
    it('is not found before 30 epochs, after a 2% fall, or at a typical learning rate', () => {
      expect(find(findings(barely(30, 0.001), sgd(1e-6)), 'learningRateTooLow')).toBeUndefined();
      expect(find(findings(barely(31, 0.02), sgd(1e-6)), 'learningRateTooLow')).toBeUndefined();
      expect(find(findings(barely(31, 0.001), sgd(0.1)), 'learningRateTooLow')).toBeUndefined();
    });
  });

  describe('plateau', () => {
    const stuck = (count: number, fall: number, score: number): Curves => ({
      trainLoss: [0.69, ...Array.from({ length: count - 1 }, (_, i) => 0.5 * (1 - (fall * i) / (count - 2)))],
      trainAccuracy: Array(count).fill(score),
    });
    it('is found when the loss has stopped falling well short of fitting, offering a faster optimizer', () => {
      const finding = find(findings(stuck(120, 0.001, 0.7), sgd(0.01)), 'plateau');
      expect(finding?.fixes).toEqual([
        { kind: 'learningRate', from: 0.01, to: 0.1 },
        { kind: 'optimizer', to: 'adam', learningRate: 0.01 },
      ]);
    });
    it('is not found while the loss still falls, nor once the run fits its training data', () => {
      expect(find(findings(stuck(120, 0.1, 0.7), sgd(0.01)), 'plateau')).toBeUndefined();
      expect(find(findings(stuck(120, 0.001, 0.95), sgd(0.01)), 'plateau')).toBeUndefined();
    });
  });
});
