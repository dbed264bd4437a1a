/**
 * buildCurveLines as the live charts call it: on histories that grow between calls. What it draws
 * must be exactly what a first call on the same data draws, and a call must cost the new epochs
 * plus the drawn points, not the whole run: counted as the values each stage reads of its input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, MetricHistory, type MetricKey } from '../run/metricHistory';
import { downsample } from './bucketDownsample';
import type { ChartOptions, ChartXAxis } from './chartOptions';
import { buildCurveLines, type CurveLines, type CurveSource } from './chartSeries';
import { keptColumnsOf } from './keptColumns';
import { type SeedStatistics, seedColumnsOf } from './seedColumns';
import { type SmoothedStatistics, smoothedColumnsOf } from './smoothedColumns';

const LOSS = { trainKey: 'trainLoss', testKey: 'testLoss' } as const;
const ACCURACY = { trainKey: 'trainAccuracy', testKey: 'testAccuracy' } as const;

/** One seed's whole run, column by column, appended to its history a piece at a time. */
type RunData = Record<MetricKey | 'epoch', number[]>;

/** A fixed pseudo-random sequence in [-0.5, 0.5) (a linear congruential generator). */
function noiseFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

interface RaceShape {
  readonly seeds: number;
  readonly epochs: number;
  readonly dataSeed: number;
  /** Epochs at the start where every seed's accuracy is exactly 0.5 (a constant start). */
  readonly constantStart: number;
  /** Epoch from which seed 0 is NaN, past the end when it never diverges. */
  readonly divergesAt: number;
}

/** Noisy falling losses, some at or below 0 (a log axis leaves them out), accuracies that start flat. */
function raceData(shape: RaceShape): RunData[] {
  const noise = noiseFrom(shape.dataSeed);
  return Array.from({ length: shape.seeds }, (_, seed) => {
    const data: RunData = {
      epoch: [],
      trainLoss: [],
      testLoss: [],
      trainAccuracy: [],
      testAccuracy: [],
      elapsedMs: [],
    };
    for (let i = 0; i < shape.epochs; i++) {
      const isDiverged = seed === 0 && i >= shape.divergesAt;
      const loss = 1 / (1 + 0.01 * (seed + 1) * i) + 0.4 * noise();
      data.epoch.push(i + 1);
      data.trainLoss.push(isDiverged ? Number.NaN : loss);
      data.testLoss.push(isDiverged ? Number.NaN : noise() < 0.45 ? loss + 0.2 : Number.POSITIVE_INFINITY);
      const accuracy = i < shape.constantStart ? 0.5 : 0.5 + noise();
      data.trainAccuracy.push(isDiverged ? Number.NaN : accuracy);
      data.testAccuracy.push(isDiverged ? Number.NaN : i < shape.constantStart ? 0.5 : accuracy * 0.9);
      data.elapsedMs.push((i + 1) * (40 + seed));
    }
    return data;
  });
}

/** Appends epochs [from, to) of `data` to `history`. */
function appendRange(history: MetricHistory, data: RunData, from: number, to: number): void {
  const slice = (key: MetricKey | 'epoch') => data[key].slice(from, to);
  history.append({
    epoch: slice('epoch'),
    ...(Object.fromEntries(METRIC_KEYS.map((key) => [key, slice(key)])) as Record<MetricKey, number[]>),
  });
}

const sourceOf = (histories: MetricHistory[]): CurveSource => ({
  variantIndex: 0,
  label: 'A · SGD',
  histories,
  trainingSetSize: 400,
});

/** New histories holding the first `length` epochs: a call on them starts from nothing. */
const copies = (race: readonly RunData[], length: number): MetricHistory[] =>
  race.map((data) => {
    const history = new MetricHistory();
    appendRange(history, data, 0, length);
    return history;
  });

/** Counts the values read of the arrays it wraps, whichever stage of the series reads them. */
class ReadCounter {
  reads = 0;

  /** A view of `values` counting one read per index read, and a subarray's length per subarray. */
  wrap(values: Float64Array): Float64Array {
    return new Proxy(values, {
      get: (target, property) => {
        if (property === 'subarray') {
          return (start = 0, end = target.length) => {
            this.reads += Math.max(0, end - start);
            return target.subarray(start, end);
          };
        }
        if (typeof property === 'string' && /^\d+$/.test(property)) this.reads++;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

/** A history whose values and epochs are read through `counter`. */
class CountedHistory extends MetricHistory {
  constructor(private readonly counter: ReadCounter) {
    super();
  }

  override epochValues(): Float64Array {
    return this.counter.wrap(super.epochValues());
  }

  override values(key: MetricKey): Float64Array {
    return this.counter.wrap(super.values(key));
  }
}

/** A noisy falling mean inside its min-max band, some of it at or below 0 (a log axis leaves that out). */
interface BandColumns {
  readonly mean: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

function bandColumns(length: number, seed: number): BandColumns {
  const noise = noiseFrom(seed);
  const mean = new Float64Array(length);
  const min = new Float64Array(length);
  const max = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const value = 1 / (1 + 0.01 * i) + 0.4 * noise();
    mean[i] = value;
    min[i] = value - Math.abs(noise());
    max[i] = value + Math.abs(noise());
  }
  return { mean, min, max };
}

/** Seed columns standing in for the first stage: their first `length` epochs, read through `counter`. */
class GrowingSeeds implements SeedStatistics {
  readonly generation = 0;
  length = 0;
  readonly hasBand = true;

  constructor(
    private readonly columns: BandColumns,
    private readonly counter: ReadCounter,
  ) {}

  get mean(): Float64Array {
    return this.counter.wrap(this.columns.mean);
  }

  get min(): Float64Array {
    return this.counter.wrap(this.columns.min);
  }

  get max(): Float64Array {
    return this.counter.wrap(this.columns.max);
  }
}

/** Smoothed columns standing in for the second stage: their first `length` epochs, read through `counter`. */
class GrowingSmoothed implements SmoothedStatistics {
  readonly generation = 0;
  length = 0;
  readonly isSmoothed = true;
  readonly hasBand = true;

  constructor(
    private readonly drawn: BandColumns,
    private readonly raw: BandColumns,
    private readonly counter: ReadCounter,
  ) {}

  get mean(): Float64Array {
    return this.counter.wrap(this.drawn.mean);
  }

  get rawMean(): Float64Array {
    return this.counter.wrap(this.raw.mean);
  }

  get lows(): Float64Array {
    return this.counter.wrap(this.drawn.min);
  }

  get highs(): Float64Array {
    return this.counter.wrap(this.drawn.max);
  }
}

/** Lengthens `stage` by pieces of 1 to 50 epochs (a fixed sequence) up to `end`, checking after each. */
function growInPieces(stage: { length: number }, end: number, check: (added: number) => void): void {
  const pieces = noiseFrom(3);
  while (stage.length < end) {
    const added = Math.min(end - stage.length, 1 + Math.floor((pieces() + 0.5) * 50));
    stage.length += added;
    check(added);
  }
}

const chartOptions = fc.record({
  xAxis: fc.constantFrom<ChartXAxis>('epochs', 'examples', 'time'),
  smoothing: fc.constantFrom(0, 0.6, 0.99),
  isLogScale: fc.boolean(),
});

describe('curve lines of growing histories', () => {
  it('draw after every append exactly what a first call on the same epochs draws (property)', () => {
    const shape = fc.record({
      seeds: fc.integer({ min: 1, max: 3 }),
      epochs: fc.integer({ min: 1, max: 700 }),
      dataSeed: fc.integer(),
      constantStart: fc.integer({ min: 0, max: 300 }),
      divergesAt: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(
        shape,
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }),
        // Two sets of options in turn, as two charts (or a changed option) share the histories.
        fc.tuple(chartOptions, chartOptions),
        fc.constantFrom(2, 3, 7, 20, 300),
        (raceShape, pieces, optionPair, maxPoints) => {
          const race = raceData(raceShape);
          const histories = race.map(() => new MetricHistory());
          const source = sourceOf(histories);
          for (let length = 0, call = 0; length < raceShape.epochs; call++) {
            const next = Math.min(raceShape.epochs, length + (pieces[call % pieces.length] as number));
            histories.forEach((history, seed) => {
              appendRange(history, race[seed] as RunData, length, next);
            });
            length = next;
            const options = optionPair[call % 2] as ChartOptions;
            const metrics = call % 3 === 0 ? ACCURACY : LOSS;
            const fresh = buildCurveLines([sourceOf(copies(race, length))], metrics, options, maxPoints);
            expect(buildCurveLines([source], metrics, options, maxPoints)).toEqual(fresh);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads only the new epochs of the histories and the drawn points on each call, however long the run', () => {
    const maxPoints = 300;
    const seeds = 3;
    const race = raceData({ seeds, epochs: 52_000, dataSeed: 7, constantStart: 0, divergesAt: 60_000 });
    const start = 50_000;
    const counter = new ReadCounter();
    const histories = race.map((data) => {
      const history = new CountedHistory(counter);
      appendRange(history, data, 0, start);
      return history;
    });
    const options: ChartOptions = { xAxis: 'time', smoothing: 0.6, isLogScale: true };
    const draw = () => buildCurveLines([sourceOf(histories)], LOSS, options, maxPoints);
    // What the chart smooths its train loss in: its later stages read this, not the histories.
    const smoothedTrainLoss = () =>
      smoothedColumnsOf(seedColumnsOf(histories, 'trainLoss'), options.smoothing);
    let before = counter.reads;
    draw();
    // The first call has the whole run to go through: the count does see full-length work.
    expect(counter.reads - before).toBeGreaterThan(start);
    const smoothed = smoothedTrainLoss();
    const { generation } = smoothed;
    const pieces = noiseFrom(3);
    const end = race[0]?.epoch.length ?? 0;
    for (let length = start; length < end; ) {
      const added = Math.min(end - length, 1 + Math.floor((pieces() + 0.5) * 50));
      histories.forEach((history, seed) => {
        appendRange(history, race[seed] as RunData, length, length + added);
      });
      length += added;
      before = counter.reads;
      draw();
      // Train and test, each: every seed's new epochs once, and at each drawn point (of the mean, the
      // raw mean and the band) its epoch and every seed's time.
      expect(counter.reads - before).toBeLessThanOrEqual(2 * (seeds * added + 3 * (1 + seeds) * maxPoints));
      // The later stages went on from where they were, rather than starting over.
      expect(smoothedTrainLoss()).toBe(smoothed);
      expect(smoothed.generation).toBe(generation);
    }
  });

  it('keeps a one-epoch spike and dip among 50,000 and at most maxPoints points per line', () => {
    const epochs = 50_000;
    const maxPoints = 300;
    const race = raceData({ seeds: 3, epochs, dataSeed: 11, constantStart: 0, divergesAt: epochs });
    for (const data of race) {
      data.trainLoss = data.trainLoss.map((_, i) => 1 + 0.01 * Math.sin(i / 100));
    }
    (race[1] as RunData).trainLoss[31_337] = 100;
    (race[2] as RunData).trainLoss[12_345] = -100;
    const histories = race.map(() => new MetricHistory());
    const train = (smoothing: number, points: number): CurveLines =>
      buildCurveLines(
        [sourceOf(histories)],
        LOSS,
        { xAxis: 'epochs', smoothing, isLogScale: false },
        points,
      )[0] as CurveLines;
    for (let length = 0; length < epochs; length += 1000) {
      histories.forEach((history, seed) => {
        appendRange(history, race[seed] as RunData, length, length + 1000);
      });
      train(0, maxPoints);
      train(0.6, maxPoints);
    }
    const spikeY = (100 + 2 * (1 + 0.01 * Math.sin(31_337 / 100))) / 3;
    for (const smoothing of [0, 0.6]) {
      const curve = train(smoothing, maxPoints);
      for (const line of [curve.mean, curve.rawMean, curve.band])
        expect(line.length).toBeLessThanOrEqual(maxPoints);
      const drawnRaw = smoothing === 0 ? curve.mean : curve.rawMean;
      expect(drawnRaw.find((point) => point.x === 31_338)?.y).toBeCloseTo(spikeY, 12);
      expect(drawnRaw.some((point) => point.x === 12_346)).toBe(true);
      // The band's highest high and lowest low are those of the whole, undownsampled band.
      const whole = train(smoothing, Number.POSITIVE_INFINITY);
      const highest = (band: CurveLines['band']) => Math.max(...band.map((point) => point.range[1]));
      const lowest = (band: CurveLines['band']) => Math.min(...band.map((point) => point.range[0]));
      expect(highest(curve.band)).toBe(highest(whole.band));
      expect(lowest(curve.band)).toBe(lowest(whole.band));
      expect(highest(curve.band)).toBeGreaterThan(smoothing === 0 ? 99 : 30);
    }
  });

  it('draws one raw seed at the points downsample keeps of it', () => {
    const race = raceData({ seeds: 1, epochs: 3000, dataSeed: 5, constantStart: 0, divergesAt: 2500 });
    const histories = [new MetricHistory()];
    for (let length = 0; length < 3000; length += 37) {
      appendRange(histories[0] as MetricHistory, race[0] as RunData, length, Math.min(3000, length + 37));
      buildCurveLines([sourceOf(histories)], LOSS, { xAxis: 'epochs', smoothing: 0, isLogScale: false }, 100);
    }
    const [train] = buildCurveLines(
      [sourceOf(histories)],
      LOSS,
      { xAxis: 'epochs', smoothing: 0, isLogScale: false },
      100,
    );
    const [seed] = race as [RunData];
    const expected = downsample(seed.epoch, seed.trainLoss, 100);
    expect(train?.mean.map((point) => point.x)).toEqual(expected.xs);
    expect(train?.mean.map((point) => point.y)).toEqual(expected.ys);
  });
});

describe('each stage of the series, as its input grows', () => {
  it('smooths only the new epochs of the seed columns on each call, raw or smoothed', () => {
    const start = 50_000;
    for (const smoothing of [0, 0.6]) {
      const counter = new ReadCounter();
      const seeds = new GrowingSeeds(bandColumns(start + 2000, 5), counter);
      seeds.length = start;
      let before = counter.reads;
      smoothedColumnsOf(seeds, smoothing);
      expect(counter.reads - before).toBeGreaterThan(start);
      growInPieces(seeds, start + 2000, (added) => {
        before = counter.reads;
        smoothedColumnsOf(seeds, smoothing);
        // A few reads of each new epoch's mean, min and max (unsmoothed, the mean once per band edge).
        expect(counter.reads - before).toBeLessThanOrEqual(4 * added);
      });
    }
  });

  it('keeps the points of only the new epochs on each call, on a linear or a log axis', () => {
    const start = 50_000;
    for (const isLogScale of [false, true]) {
      const counter = new ReadCounter();
      const smoothed = new GrowingSmoothed(
        bandColumns(start + 2000, 7),
        bandColumns(start + 2000, 8),
        counter,
      );
      smoothed.length = start;
      let before = counter.reads;
      keptColumnsOf(smoothed, isLogScale, 300);
      expect(counter.reads - before).toBeGreaterThan(start);
      growInPieces(smoothed, start + 2000, (added) => {
        before = counter.reads;
        keptColumnsOf(smoothed, isLogScale, 300);
        // Each of the four lines (mean, raw mean, band edges) checks its new epochs for a log axis (an
        // edge against both edges) and takes them into its buckets, with its previous last point.
        expect(counter.reads - before).toBeLessThanOrEqual(10 * added + 4);
      });
    }
  });
});

/** A history whose columns can be replaced by shorter ones, which a real run never does. */
class ReplaceableHistory extends MetricHistory {
  data: RunData;

  constructor(data: RunData) {
    super();
    this.data = data;
  }

  override get length(): number {
    return this.data.epoch.length;
  }

  override epochValues(): Float64Array {
    return Float64Array.from(this.data.epoch);
  }

  override values(key: MetricKey): Float64Array {
    return Float64Array.from(this.data[key]);
  }
}

describe('curve lines of a history that shrank', () => {
  it('start over rather than keep what no longer exists', () => {
    const [long, other] = raceData({ seeds: 2, epochs: 400, dataSeed: 9, constantStart: 0, divergesAt: 400 });
    const history = new ReplaceableHistory(long as RunData);
    const options: ChartOptions = { xAxis: 'epochs', smoothing: 0.6, isLogScale: false };
    buildCurveLines([sourceOf([history])], LOSS, options, 50);
    const shorter = Object.fromEntries(
      Object.entries(other as RunData).map(([key, values]) => [key, values.slice(0, 150)]),
    ) as RunData;
    history.data = shorter;
    const fresh = buildCurveLines([sourceOf([new ReplaceableHistory(shorter)])], LOSS, options, 50);
    expect(buildCurveLines([sourceOf([history])], LOSS, options, 50)).toEqual(fresh);
  });
});
