import type { ChartPalette } from '../core/chart/chartDrawing';
/** Okabe-Ito colours: distinguishable with the common forms of colour blindness. */
export const CLASS_COLOURS = [
  '#E69F00',
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
] as const;

/** Colour of class `index`. */
export function classColour(index: number): string {
  return CLASS_COLOURS[index % CLASS_COLOURS.length] ?? '#888888';
}

/** Colours of the chart series; train and test also differ in dash pattern, so colour is never the only cue. */
export const SERIES_COLOURS = { train: '#0072B2', test: '#D55E00' } as const;

/**
 * One Okabe-Ito colour per comparison variant (A to D): blue, vermillion, bluish green, reddish
 * purple, told apart with the common forms of colour blindness. The legend also names every line.
 */
export const VARIANT_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

/** Colour of variant `index` (0 for A). */
export function variantColour(index: number): string {
  return VARIANT_COLOURS[index % VARIANT_COLOURS.length] ?? '#888888';
}

/** Opacity of faint lines (raw curves, a previous run) and of their legend swatches. */
export const FAINT_OPACITY = 0.3;

/** The charts' colours: blue train and orange test for one run, one colour per variant in a race. */
export const CHART_PALETTE: ChartPalette = { splits: SERIES_COLOURS, variant: variantColour };
