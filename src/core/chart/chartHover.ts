/** Where the pointer is over a chart's plot: what its tooltip, cursor and dots show. */
export interface ChartHover {
  /** The hovered x, in the x-axis' units. */
  readonly x: number;
  /** The pointer's distance in pixels from the drawing's left edge, and the drawing's width: the tooltip goes on the side with more room. */
  readonly left: number;
  readonly width: number;
}
