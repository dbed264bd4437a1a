/**
 * The axes of a live chart, fixed by the app rather than fitted by recharts to each redraw's data:
 * a domain that ends on a round tick past the data, and its ticks. While curves merely grow inside
 * that domain the axes, grid, tick labels and tooltip positions stay the same objects, so recharts
 * has nothing to recompute and only the series paths are redrawn. The domain moves on only when the
 * data crosses its end, about every 20% of growth.
 */
import { isPositiveFinite } from './chartOptions';

/** An axis: its domain and the values labelled on it, ascending. */
export interface FixedAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** About this many intervals between ticks; round steps make it 4 to 8. */
const TARGET_INTERVALS = 5;

/** Drops the binary noise of sums of decimal steps (0.30000000000000004 → 0.3). */
const tidy = (value: number): number => Number(value.toPrecision(12));

/**
 * The round step (1, 2 or 5 × a power of ten) nearest to `rough` on a log scale, as d3's ticks
 * choose it: between 1 and 2 at √2, between 2 and 5 at √10, between 5 and 10 at √50.
 */
export function roundStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const mantissa = rough / power;
  const factor =
    mantissa >= Math.sqrt(50) ? 10 : mantissa >= Math.sqrt(10) ? 5 : mantissa >= Math.SQRT2 ? 2 : 1;
  return tidy(factor * power);
}

/**
 * A linear axis over [low, high] that includes zero, ends on whole steps and has 4 to 8 intervals.
 * `wholeSteps` keeps the step at 1 or more (epochs are whole). An empty or flat range gets [0, 1].
 */
export function linearAxis(low: number, high: number, wholeSteps = false): FixedAxis {
  const start = Math.min(0, Number.isFinite(low) ? low : 0);
  const end = Math.max(0, Number.isFinite(high) ? high : 0);
  if (end - start <= 0) return wholeSteps ? linearAxis(0, TARGET_INTERVALS, true) : linearAxis(0, 1);
  const fitted = roundStep((end - start) / TARGET_INTERVALS);
  const step = wholeSteps ? Math.max(1, fitted) : fitted;
  const first = Math.floor(start / step);
  const last = Math.ceil(end / step);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(tidy(k * step));
  return { domain: [tidy(first * step), tidy(last * step)], ticks };
}

/** The accuracy axis: 0% to 100% in quarters, whatever the data. */
export const PERCENT_AXIS: FixedAxis = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] };

/** Round-trips 10^k to the nearest double, so that 0.1 is 0.1 rather than 0.10000000000000002. */
const decade = (exponent: number): number => Number((10 ** exponent).toPrecision(12));

/**
 * A log y-axis over `values`: whole decades around them (non-positive and non-finite ones are
 * ignored), labelled at powers of ten, with 2× and 5× between them when the data spans a single decade.
 */
export function logAxis(values: Iterable<number>): FixedAxis {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!isPositiveFinite(value)) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  // Nothing to show yet: a loss usually starts within 0.1 to 10.
  if (low > high) return { domain: [0.1, 10], ticks: [0.1, 1, 10] };
  const lowExponent = Math.floor(Math.log10(low));
  const highExponent = Math.max(lowExponent + 1, Math.ceil(Math.log10(high)));
  const ticks: number[] = [];
  for (let exponent = lowExponent; exponent <= highExponent; exponent++) {
    const power = decade(exponent);
    ticks.push(power);
    if (highExponent - lowExponent === 1 && exponent < highExponent) {
      ticks.push(Number((2 * power).toPrecision(12)), Number((5 * power).toPrecision(12)));
    }
  }
  return { domain: [decade(lowExponent), decade(highExponent)], ticks };
}

/** What a growing x-axis remembers between redraws: its axis, what it measures, and the data's end and the time when it was chosen. */
export interface GrowingAxis {
  readonly axis: FixedAxis;
  /** What the axis measures (epochs, examples, seconds): another kind starts afresh. */
  readonly kind: string;
  readonly chosenAtX: number;
  readonly chosenAtMs: number;
}

/** Seconds of growth, at the pace the data has been growing, that a new x-axis leaves room for. */
export const AXIS_LOOKAHEAD_S = 2;

/**
 * The x-axis for data reaching `xHigh` at `nowMs`, given the one chosen before. It stays while the
 * data fits in it. When the data passes its end, the new axis leaves room for the next
 * AXIS_LOOKAHEAD_S seconds at the pace seen since the last choice (at most doubling it), so that a fast run's axis moves
 * on every few seconds instead of at every redraw (each move makes recharts redo its whole frame:
 * see docs/decisions/charts.md). Data that shrank (a new run) or another kind of axis starts afresh.
 * `wholeSteps`: see linearAxis. When the data is not `isGrowing` (no run trains), the axis fits
 * it, ending on the first round tick at or past it, rather than keeping room for growth that
 * will not come: a finished 500-epoch run ends on 500, not on 700.
 */
export function growAxis(
  previous: GrowingAxis | null,
  xHigh: number,
  nowMs: number,
  kind: string,
  wholeSteps: boolean,
  isGrowing = true,
): GrowingAxis {
  const high = Number.isFinite(xHigh) ? xHigh : 0;
  if (!isGrowing) {
    const fitted = linearAxis(0, high, wholeSteps);
    // An axis that already holds the data and ends no later than the fitted one stays: stepping a
    // paused run from epoch 157 to 158 would otherwise swap 0-160 in steps of 20 for 0-200 in
    // steps of 50, the curve still well inside the first.
    const isKept =
      previous !== null &&
      previous.kind === kind &&
      high >= previous.axis.domain[0] &&
      high <= previous.axis.domain[1] &&
      previous.axis.domain[1] <= fitted.domain[1];
    return isKept ? previous : { axis: fitted, kind, chosenAtX: high, chosenAtMs: nowMs };
  }
  let pace = 0;
  if (previous !== null && previous.kind === kind && high >= previous.chosenAtX) {
    if (high <= previous.axis.domain[1]) return previous;
    const elapsedS = (nowMs - previous.chosenAtMs) / 1000;
    if (elapsedS > 0) pace = (high - previous.chosenAtX) / elapsedS;
  }
  // At most as much room again as the data already fills, so that the curves never look lost in
  // an empty chart (a run paused in its first seconds), and the axis moves at most every doubling.
  const room = Math.min(pace * AXIS_LOOKAHEAD_S, high);
  return {
    axis: linearAxis(0, high + room, wholeSteps),
    kind,
    chosenAtX: high,
    chosenAtMs: nowMs,
  };
}

/**
 * Widths of a tick label's characters in em, the widest of the faces the app's font stack reaches
 * (see docs/decisions/charts.md), so that an estimate errs towards more room. Unknown characters
 * count as wide.
 */
const CHARACTER_EM: Readonly<Record<string, number>> = { '.': 0.33, ',': 0.33, '-': 0.37, k: 0.6, M: 0.9 };
const DIGIT_EM = 0.64;
const OTHER_EM = 1;

/** The width in pixels of a tick label, estimated from its characters: no text is measured in the page. */
export function estimatedLabelWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (const character of text) {
    em += character >= '0' && character <= '9' ? DIGIT_EM : (CHARACTER_EM[character] ?? OTHER_EM);
  }
  return em * fontSizePx;
}

/**
 * Every how many ticks a label goes so that the labels of evenly spaced ticks across `plotWidthPx`
 * keep `gapPx` apart: 1 for every tick. recharts would otherwise find that out by measuring every
 * label in the page, its grid doing so once more, on every move of the axis (a large share of a
 * chart's first render: see docs/decisions/charts.md).
 */
function labelStride(
  labels: readonly string[],
  plotWidthPx: number,
  fontSizePx: number,
  gapPx: number,
): number {
  const spacing = plotWidthPx / (labels.length - 1);
  const widest = Math.max(...labels.map((label) => estimatedLabelWidth(label, fontSizePx)));
  return Math.min(labels.length - 1, Math.max(1, Math.ceil((widest + gapPx) / spacing)));
}

/**
 * Which of evenly spaced ticks across `plotWidthPx` get a label, so that labels keep `gapPx`
 * apart: every one where they fit, else every second or third from the first, and always the last
 * (the axis' end: a finished run's last epoch), the thinned label before it giving way when the
 * two would be closer than the others. All while the width is not known yet.
 */
export function labelledTicks(
  labels: readonly string[],
  plotWidthPx: number | undefined,
  fontSizePx: number,
  gapPx: number,
): boolean[] {
  if (labels.length < 2 || plotWidthPx === undefined || !(plotWidthPx > 0)) return labels.map(() => true);
  const stride = labelStride(labels, plotWidthPx, fontSizePx, gapPx);
  const isLabelled = labels.map((_, index) => index % stride === 0);
  const last = labels.length - 1;
  if (!isLabelled[last]) {
    isLabelled[last] = true;
    // The stride never exceeds the last index, so this is never the first tick.
    isLabelled[last - (last % stride)] = false;
  }
  return isLabelled;
}
