/** Half the side of the square of the 2-D plane that previews and boundaries show: [-E, E]². */
export const PLANE_EXTENT = 1.2;

/** Cells per side of the decision-boundary grid. */
export const BOUNDARY_GRID_SIZE = 48;

/**
 * Centres of the boundary grid's cells as (x, y) pairs, row-major from the top-left corner
 * (x = -E, y = +E), the order a canvas paints in.
 */
export function boundaryGridPoints(size: number): Float32Array {
  const points = new Float32Array(size * size * 2);
  const cell = (2 * PLANE_EXTENT) / size;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const offset = (row * size + column) * 2;
      points[offset] = -PLANE_EXTENT + (column + 0.5) * cell;
      points[offset + 1] = PLANE_EXTENT - (row + 0.5) * cell;
    }
  }
  return points;
}
