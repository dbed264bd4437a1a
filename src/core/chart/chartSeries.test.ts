import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedBand } from '../compare/seedBands';
import { MetricHistory } from '../run/metricHistory';
import { type ChartOptions, DEFAULT_CHART_OPTIONS } from './chartOptions';
import { buildCurveLines, type CurveLines, type CurveSource, latestMeans } from './chartSeries';
import { exponentialMovingAverage } from './smoothedColumns';

const LOSS = { trainKey: 'trainLoss', testKey: 'testLoss' } as const;

/** A seed's run: train loss as given, test loss 0.5 higher, epochs 1.., `msPerEpoch` apart. */
function run(trainLoss: readonly number[], msPerEpoch = 100): MetricHistory {
  const history = new MetricHistory();
  history.append({
    epoch: trainLoss.map((_, i) => i + 1),
    trainLoss,
    testLoss: trainLoss.map((value) => value + 0.5),
    trainAccuracy: trainLoss.map(() => 0.5),
    testAccuracy: trainLoss.map(() => 0.5),
    elapsedMs: trainLoss.map((_, i) => (i + 1) * msPerEpoch),
  });
  return history;
}

const source = (histories: MetricHistory[], trainingSetSize = 400, variantIndex = 0): CurveSource => ({
  variantIndex,
  label: `${'AB'[variantIndex]} · SGD`,
  histories,
  trainingSetSize,
});

const options = (changes: Partial<ChartOptions> = {}): ChartOptions => ({
  ...DEFAULT_CHART_OPTIONS,
  ...changes,
});

/** The train lines of a single source. */
function trainLines(histories: MetricHistory[], changes: Partial<ChartOptions> = {}, maxPoints = 300) {
  const [train] = buildCurveLines([source(histories)], LOSS, options(changes), maxPoints);
  if (!train) throw new Error('no train lines');
  return train;
}

const ys = (curve: CurveLines) => curve.mean.map((point) => point.y);

const ZIGZAG = [1, 0.2, 0.9, 0.1, 0.8, 0.05, 0.7];

describe('curve lines', () => {
  it('gives each source its train and test curves from the chosen metrics, in order', () => {
    const lines = buildCurveLines(
      [source([run([1, 0.5])]), source([run([2, 1])], 400, 1)],
      LOSS,
      options(),
      300,
    );
    expect(lines.map((curve) => [curve.label, curve.split])).toEqual([
      ['A · SGD', 'train'],
      ['A · SGD', 'test'],
      ['B · SGD', 'train'],
      ['B · SGD', 'test'],
    ]);
    expect(ys(lines[1] as CurveLines)).toEqual([1.5, 1]);
    expect(ys(lines[2] as CurveLines)).toEqual([2, 1]);
  });

  it('draws the raw values alone when smoothing is 0', () => {
    const curve = trainLines([run(ZIGZAG)]);
    expect(ys(curve)).toEqual(ZIGZAG);
    expect(curve.rawMean).toEqual([]);
  });

  it('smooths the mean and keeps the raw curve to draw faint behind it', () => {
    const curve = trainLines([run(ZIGZAG)], { smoothing: 0.6 });
    expect(ys(curve)).toEqual(exponentialMovingAverage(ZIGZAG, 0.6));
    expect(ys(curve)).not.toEqual(ZIGZAG);
    expect(curve.rawMean.map((point) => point.y)).toEqual(ZIGZAG);
    expect(curve.rawMean.map((point) => point.x)).toEqual(curve.mean.map((point) => point.x));
  });

  it('has no band for one seed, and the mean with its min-max band for three', () => {
    expect(trainLines([run([1, 2, 3])]).band).toEqual([]);
    const curve = trainLines([run([1, 2, 3]), run([3, 2, 1]), run([2, 5, 2])]);
    expect(ys(curve)).toEqual([2, 3, 2]);
    expect(curve.band).toEqual([
      { x: 1, range: [1, 3] },
      { x: 2, range: [2, 5] },
      { x: 3, range: [1, 3] },
    ]);
  });

  it('aggregates seeds exactly as seedBand does, diverged ones included', () => {
    const value = fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(Number.NaN));
    const seedValues = fc.array(value, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(seedValues, { minLength: 2, maxLength: 5 }), (seeds) => {
        const expected = seedBand(seeds);
        const curve = trainLines(seeds.map((values) => run(values)));
        expect(ys(curve)).toEqual(expected.mean);
        const gapOrValue = (values: number[]) =>
          values.map((item, i) => (Number.isFinite(expected.mean[i]) ? item : Number.NaN));
        expect(curve.band.map((point) => point.range[0])).toEqual(gapOrValue(expected.min));
        expect(curve.band.map((point) => point.range[1])).toEqual(gapOrValue(expected.max));
      }),
    );
  });

  it('keeps the smoothed mean inside its smoothed band', () => {
    const seedValues = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
      minLength: 8,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(seedValues, { minLength: 2, maxLength: 5 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (seeds, smoothing) => {
          const curve = trainLines(
            seeds.map((values) => run(values)),
            { smoothing },
          );
          expect(curve.band.map((point) => point.x)).toEqual(curve.mean.map((point) => point.x));
          curve.band.forEach((point, i) => {
            const mean = curve.mean[i]?.y as number;
            expect(point.range[0]).toBeLessThanOrEqual(mean);
            expect(mean).toBeLessThanOrEqual(point.range[1]);
          });
        },
      ),
    );
  });

  it('counts only the epochs every seed has reached', () => {
    const curve = trainLines([run([1, 1, 1, 1, 1]), run([3, 3, 3])]);
    expect(curve.mean.map((point) => point.x)).toEqual([1, 2, 3]);
    expect(curve.band).toHaveLength(3);
  });

  it('puts the curves on the chosen x-axis: epochs, examples seen, or mean seconds over seeds', () => {
    const seeds = [run([1, 1, 1], 100), run([1, 1, 1], 300)];
    const xs = (xAxis: ChartOptions['xAxis']) => trainLines(seeds, { xAxis }).mean.map((point) => point.x);
    expect(xs('epochs')).toEqual([1, 2, 3]);
    expect(xs('examples')).toEqual([400, 800, 1200]);
    expect(xs('time')).toEqual([0.2, 0.4, 0.6]);
    expect(trainLines(seeds, { xAxis: 'time' }).band.map((point) => point.x)).toEqual([0.2, 0.4, 0.6]);
  });

  it('leaves out of a log axis every point it cannot show', () => {
    const values = [1, 0, -2, Number.NaN, Number.POSITIVE_INFINITY, 0.5];
    const curve = trainLines([run(values), run(values.map((value) => value * 2))], { isLogScale: true });
    expect(curve.mean).toEqual([
      { x: 1, y: 1.5 },
      { x: 6, y: 0.75 },
    ]);
    expect(curve.band).toEqual([
      { x: 1, range: [1, 2] },
      { x: 6, range: [0.5, 1] },
    ]);
  });

  it('turns an infinite value into a gap on a linear axis, so it cannot stretch the axis', () => {
    const curve = trainLines([run([1, Number.POSITIVE_INFINITY, 0.5])]);
    expect(ys(curve)).toEqual([1, Number.NaN, 0.5]);
  });

  it('survives a diverged seed: the mean and band stop where it turned to NaN', () => {
    const diverged = run([1, 0.8, Number.NaN, Number.NaN]);
    for (const smoothing of [0, 0.6]) {
      const curve = trainLines([run([1, 0.6, 0.4, 0.3]), diverged], { smoothing });
      expect(ys(curve).slice(0, 2).every(Number.isFinite)).toBe(true);
      expect(ys(curve).slice(2).every(Number.isNaN)).toBe(true);
      expect(curve.band.slice(2).every((point) => point.range.every(Number.isNaN))).toBe(true);
      const onLog = trainLines([run([1, 0.6, 0.4, 0.3]), diverged], { smoothing, isLogScale: true });
      expect(onLog.mean.map((point) => point.x)).toEqual([1, 2]);
      expect(onLog.band.map((point) => point.x)).toEqual([1, 2]);
    }
  });

  it('draws nothing, without failing, for a source with no runs or no epochs yet', () => {
    for (const histories of [[], [new MetricHistory()], [new MetricHistory(), run([1, 2])]]) {
      for (const curve of buildCurveLines([source(histories)], LOSS, options({ smoothing: 0.6 }), 300)) {
        expect(curve).toMatchObject({ mean: [], rawMean: [], band: [] });
      }
      expect(latestMeans(source(histories), LOSS)).toBeNull();
    }
  });

  it('cuts long curves down to the points per line, band edges aligned to their x', () => {
    const length = 5000;
    const wave = (phase: number) => Array.from({ length }, (_, i) => 2 + Math.sin(i / 40 + phase));
    const histories = [run(wave(0)), run(wave(1)), run(wave(2))];
    const curve = trainLines(histories, { smoothing: 0.5 }, 300);
    expect(curve.mean.length).toBeLessThanOrEqual(300);
    expect(curve.rawMean.length).toBeLessThanOrEqual(300);
    expect(curve.band.length).toBeLessThanOrEqual(300);
    expect(curve.mean[0]?.x).toBe(1);
    expect(curve.mean.at(-1)?.x).toBe(length);
    const full = trainLines(histories, { smoothing: 0.5 }, Number.POSITIVE_INFINITY);
    const fullBandAt = new Map(full.band.map((point) => [point.x, point.range]));
    for (const point of curve.band) expect(point.range).toEqual(fullBandAt.get(point.x));
  });
});

describe('latest means', () => {
  it('is the raw mean over seeds at the last epoch all of them reached', () => {
    expect(latestMeans(source([run([1, 0.5, 0.1]), run([3, 1.5])]), LOSS)).toEqual({
      epoch: 2,
      train: 1,
      test: 1.5,
    });
  });
});
