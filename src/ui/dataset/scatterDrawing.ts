/**
 * Canvas drawing of scatter previews at any scale (the plane, two features or two principal
 * components) and of regression values, which are coloured on a diverging scale instead of by class.
 */
import type { ScatterPart } from '../../core/datasets/analysis';
import type { BoundaryGrid } from '../../core/run/types';
import { CANVAS_OPTIONS, type PlaneContext, traceClassMarker } from '../common/planeDrawing';
import { classColour } from '../theme';

/** Ends of the regression colour scale: -1 is orange, +1 blue, 0 white (TensorFlow Playground's). */
const LOW_RGB: readonly [number, number, number] = [0xe6, 0x9f, 0x00];
const HIGH_RGB: readonly [number, number, number] = [0x00, 0x72, 0xb2];

/** RGB of a regression value, clamped to [-1, 1]: white at 0, deeper towards the ends. */
export function regressionRgb(value: number): [number, number, number] {
  const clamped = Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
  const end = clamped < 0 ? LOW_RGB : HIGH_RGB;
  const strength = Math.abs(clamped);
  return [
    Math.round(255 + (end[0] - 255) * strength),
    Math.round(255 + (end[1] - 255) * strength),
    Math.round(255 + (end[2] - 255) * strength),
  ];
}

const rgbText = ([red, green, blue]: readonly [number, number, number]): string =>
  `rgb(${red},${green},${blue})`;

/** Pixel of a coordinate on a square canvas of `sizePx` showing [-extent, extent]. */
const toPixel = (coordinate: number, extent: number, sizePx: number): number =>
  ((coordinate + extent) / (2 * extent)) * sizePx;

/**
 * Draws one part of a scatter: training points filled, test points as rings (shape as well as
 * colour tells the parts apart). Colour is the class, or the target's value for regression.
 */
export function drawScatterPart(
  context: PlaneContext,
  part: ScatterPart,
  extent: number,
  sizePx: number,
  isTest: boolean,
): void {
  const count = part.labels.length;
  const radius = Math.max(2, sizePx / 110);
  context.lineWidth = Math.max(1, radius / 2);
  for (let i = 0; i < count; i++) {
    const x = toPixel(part.points[2 * i] as number, extent, sizePx);
    const y = sizePx - toPixel(part.points[2 * i + 1] as number, extent, sizePx);
    const target = part.targets?.[i];
    if (target !== undefined) {
      context.beginPath();
      context.arc(x, y, radius, 0, 2 * Math.PI);
      // A value's colour, outlined in a darker shade of itself so that values near 0 (white) still show.
      const rgb = regressionRgb(target);
      context.fillStyle = isTest ? '#ffffff' : rgbText(rgb);
      context.fill();
      context.strokeStyle = rgbText([rgb[0] * 0.65, rgb[1] * 0.65, rgb[2] * 0.65]);
      context.stroke();
      continue;
    }
    const classIndex = part.labels[i] as number;
    const colour = classColour(classIndex);
    // Each class has its own marker shape, so that colour is never the only cue.
    traceClassMarker(context, x, y, radius, classIndex);
    context.fillStyle = isTest ? '#ffffff' : colour;
    context.fill();
    context.strokeStyle = isTest ? colour : 'rgba(255,255,255,0.9)';
    context.stroke();
  }
}

/**
 * Paints a regression network's surface: each cell of the grid coloured by its prediction, which
 * the worker sends squashed to 0..1 as `confidence` (0.5 is a prediction of 0).
 */
export function drawSurface(context: CanvasRenderingContext2D, grid: BoundaryGrid, sizePx: number): void {
  const image = new ImageData(grid.size, grid.size);
  for (let cell = 0; cell < grid.size * grid.size; cell++) {
    const [red, green, blue] = regressionRgb(2 * (grid.confidence[cell] as number) - 1);
    const offset = cell * 4;
    // Paler than the points so that they stand out against it.
    image.data[offset] = Math.round(255 + (red - 255) * 0.7);
    image.data[offset + 1] = Math.round(255 + (green - 255) * 0.7);
    image.data[offset + 2] = Math.round(255 + (blue - 255) * 0.7);
    image.data[offset + 3] = 255;
  }
  const scratch = new OffscreenCanvas(grid.size, grid.size);
  scratch.getContext('2d', CANVAS_OPTIONS)?.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(scratch, 0, 0, sizePx, sizePx);
}

/** Light axes through the origin, so that the scale's centre is visible. */
export function drawAxes(context: CanvasRenderingContext2D, sizePx: number): void {
  context.strokeStyle = 'rgba(0,0,0,0.12)';
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(sizePx / 2, 0);
  context.lineTo(sizePx / 2, sizePx);
  context.moveTo(0, sizePx / 2);
  context.lineTo(sizePx, sizePx / 2);
  context.stroke();
}
