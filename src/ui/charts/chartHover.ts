/** Where the pointer is over a chart's plot: what its tooltip, cursor and dots show. */
export interface ChartHover {
  /** The hovered x, in the x-axis' units. */
  readonly x: number;
  /** The pointer's place in pixels from the drawing's top left corner, and the drawing's width. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
}
