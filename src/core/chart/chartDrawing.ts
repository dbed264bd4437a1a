/**
 * What a comparison chart draws, element by element, before any of it becomes SVG: each line's
 * name, colour, dash and weight, each band, and the y-axis, from the curves of chartSeries.ts.
 * Kept free of React so that a test can check the legend, the colours and the dashes without a
 * browser's layout. Next: drawingReadout.ts reads it for the frame, chartPaths.ts draws it.
 */
import { t } from '../i18n/translate';
import type { MetricHistory, MetricKey } from '../run/metricHistory';
import { type FixedAxis, logAxis } from './chartAxes';
import { type DrawnMarker, drawnMarkers } from './chartMarkers';
import type { ChartOptions } from './chartOptions';
import {
  type BandPoint,
  buildCurveLines,
  type CurveLines,
  type CurveSource,
  type CurveSplit,
  type LatestMeans,
  type LinePoint,
  latestMeans,
  type MetricPair,
} from './chartSeries';
import { type PastCurve, pastLinePoints } from './pastCurves';

/** Only a loss spans orders of magnitude; accuracy and R² stay on a linear axis. */
const LOG_SCALE_KEYS: readonly MetricKey[] = ['trainLoss', 'testLoss'];

/** Whether the log-scale option applies to a chart of these metrics. */
export const canUseLogScale = (metrics: MetricPair): boolean => LOG_SCALE_KEYS.includes(metrics.trainKey);

/** Dash pattern of test lines and of their legend entries. */
export const TEST_DASH = '5 4';

/** The colours a drawing is drawn in: the app's theme, handed in from the UI. */
export interface ChartPalette {
  /** Train and test lines of a single variant, and of the previous run. */
  readonly splits: Readonly<Record<CurveSplit, string>>;
  /** One colour per variant (0 for A) when comparing. */
  readonly variant: (index: number) => string;
}

/** What a line stands for: a mean (bold, in the legend), a raw curve behind it, the previous run, or a past run from the notebook. */
export type LineRole = 'mean' | 'raw' | 'previous' | 'past';

/** One drawn line. */
export interface DrawnLine {
  /** Unique within the chart; also the React key. */
  readonly name: string;
  readonly role: LineRole;
  readonly colour: string;
  /** Test lines are dashed, so that colour is not the only cue. */
  readonly isDashed: boolean;
  /** Its own dash pattern (a past run's), in place of the test lines' one. */
  readonly dash?: string;
  /** Named in the legend and the tooltip; raw curves are not (their smoothed line is). */
  readonly isNamed: boolean;
  readonly points: LinePoint[];
}

/** One min-max band of the seeds. */
export interface DrawnBand {
  readonly key: string;
  readonly colour: string;
  readonly points: BandPoint[];
}

/** Everything a chart draws, in drawing order: bands behind, then raw, previous and mean lines. */
export interface ChartDrawing {
  readonly bands: DrawnBand[];
  readonly lines: DrawnLine[];
  /** Names in the legend's order: per variant train then test, the previous run last. */
  readonly legendNames: string[];
  /** What the chart's own legend shows: one entry per line of a single run; none in a race, whose legend both charts share. */
  readonly legend: LegendEntry[];
  /** A log y-axis's domain and ticks, or null for a linear axis. */
  readonly yLog: FixedAxis | null;
  /** Latest raw means of each curve source, for the table that speaks for the chart. */
  readonly latest: (LatestMeans | null)[];
  /** Changes made during the runs, as labelled vertical markers. */
  readonly markers: DrawnMarker[];
}

/** How a legend entry's swatch is drawn: a line of the run's, or (comparing) a variant's solid and dashed pair, or a key in the text colour. */
export type SwatchStyle = 'solid' | 'dashed' | 'pair';

/** One entry of the legend: a name, its swatch's colour and style, and whether it stands for a faint previous-run line. */
export interface LegendEntry {
  readonly name: string;
  readonly colour: string;
  readonly swatch: SwatchStyle;
  readonly isFaint: boolean;
  /** A dashed swatch's own pattern (a past run's); the test lines' one when absent. */
  readonly dash?: string;
}

/** Colour of the legend's key entries ("train", "test"), which stand for every variant: the text's own. */
export const KEY_COLOUR = 'currentColor';

/** Legend text of a line: "Train"/"Test" for a single variant, "A · SGD train" when comparing. */
const meanName = (curve: CurveLines, isComparing: boolean): string => {
  if (isComparing)
    return t(curve.split === 'train' ? 'charts.variantTrain' : 'charts.variantTest', {
      variant: curve.label,
    });
  return t(curve.split === 'train' ? 'charts.train' : 'charts.test');
};

/** Train and test in their own colours for a single variant; one colour per variant when comparing. */
const curveColour = (curve: CurveLines, isComparing: boolean, palette: ChartPalette): string =>
  isComparing ? palette.variant(curve.variantIndex) : palette.splits[curve.split];

function* drawnValues(bands: readonly DrawnBand[], lines: readonly DrawnLine[]): Generator<number> {
  for (const band of bands) for (const point of band.points) yield* point.range;
  for (const line of lines) for (const point of line.points) yield point.y;
}

/**
 * A race's legend, shared by both charts and drawn once above them (RaceLegend): each variant once,
 * its colour as a solid and a dashed stroke, then a key saying that solid is train and dashed is test.
 */
export function raceLegendEntries(variantLabels: readonly string[], palette: ChartPalette): LegendEntry[] {
  return [
    ...variantLabels.map(
      (label, index): LegendEntry => ({
        name: label,
        colour: palette.variant(index),
        swatch: 'pair',
        isFaint: false,
      }),
    ),
    { name: t('charts.keyTrain'), colour: KEY_COLOUR, swatch: 'solid', isFaint: false },
    { name: t('charts.keyTest'), colour: KEY_COLOUR, swatch: 'dashed', isFaint: false },
  ];
}

/**
 * The drawing of a chart of `curves` (one entry per variant) in `palette`'s colours. With a single
 * variant it looks like the one-run chart, with the previous run's lines faint; when comparing,
 * the previous run is left out (it trained only one of the variants).
 */
export function chartDrawing(
  curves: readonly CurveSource[],
  ghost: MetricHistory | null,
  metrics: MetricPair,
  options: ChartOptions,
  maxPointsPerLine: number,
  palette: ChartPalette,
  past: readonly PastCurve[] = [],
): ChartDrawing {
  const isComparing = curves.length > 1;
  const shownOptions = { ...options, isLogScale: options.isLogScale && canUseLogScale(metrics) };
  const curveLines = buildCurveLines(curves, metrics, shownOptions, maxPointsPerLine);
  const ghostSources: CurveSource[] =
    ghost && !isComparing
      ? [
          {
            variantIndex: 0,
            label: 'previous',
            histories: [ghost],
            trainingSetSize: curves[0]?.trainingSetSize ?? 0,
          },
        ]
      : [];
  const ghostLines = buildCurveLines(ghostSources, metrics, shownOptions, maxPointsPerLine);

  const bands = curveLines
    .filter((curve) => curve.band.length > 0)
    .map(
      (curve): DrawnBand => ({
        key: `${meanName(curve, isComparing)} (band)`,
        colour: curveColour(curve, isComparing, palette),
        points: curve.band,
      }),
    );
  const line = (curve: CurveLines, role: LineRole, name: string, points: LinePoint[]): DrawnLine => ({
    name,
    role,
    colour: role === 'previous' ? palette.splits[curve.split] : curveColour(curve, isComparing, palette),
    isDashed: curve.split === 'test',
    isNamed: role !== 'raw',
    points,
  });
  const rawLines = curveLines
    .filter((curve) => curve.rawMean.length > 0)
    .map((curve) => line(curve, 'raw', `${meanName(curve, isComparing)} (raw)`, curve.rawMean));
  const previousLines = ghostLines
    .filter((curve) => curve.mean.length > 0)
    .map((curve) =>
      line(curve, 'previous', t('charts.previous', { line: meanName(curve, false) }), curve.mean),
    );
  const meanLines = curveLines.map((curve) => line(curve, 'mean', meanName(curve, isComparing), curve.mean));
  // Past runs' test curves, each in its own colour and dash: their stored points are few enough to draw as they are.
  const pastLines = past.map(
    (curve): DrawnLine => ({
      name: curve.label,
      role: 'past',
      colour: curve.colour,
      isDashed: true,
      dash: curve.dash,
      isNamed: true,
      points: pastLinePoints(curve, metrics.testKey, options.xAxis),
    }),
  );
  const pastLegend = pastLines.map(
    (drawn): LegendEntry => ({
      name: drawn.name,
      colour: drawn.colour,
      swatch: 'dashed',
      isFaint: false,
      dash: drawn.dash ?? TEST_DASH,
    }),
  );
  const lines = [...rawLines, ...previousLines, ...pastLines, ...meanLines];

  return {
    bands,
    lines,
    legendNames: [...meanLines, ...previousLines, ...pastLines].map((drawn) => drawn.name),
    legend: [
      ...(isComparing
        ? []
        : [...meanLines, ...previousLines].map(
            (drawn): LegendEntry => ({
              name: drawn.name,
              colour: drawn.colour,
              swatch: drawn.isDashed ? 'dashed' : 'solid',
              isFaint: drawn.role === 'previous',
            }),
          )),
      ...pastLegend,
    ],
    yLog: shownOptions.isLogScale ? logAxis(drawnValues(bands, lines)) : null,
    latest: curves.map((source) => latestMeans(source, metrics)),
    // One run's markers in the text's colour; a race's in each variant's.
    markers: drawnMarkers(curves, options.xAxis, (source) =>
      isComparing ? palette.variant(source.variantIndex) : KEY_COLOUR,
    ),
  };
}
