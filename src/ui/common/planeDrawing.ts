import { PLANE_EXTENT } from '../../core/datasets/plane';
import type { LabeledData } from '../../core/datasets/types';
import type { BoundaryGrid } from '../../worker/protocol';
import { classColour } from '../theme';

const toPixel = (coordinate: number, sizePx: number): number =>
  ((coordinate + PLANE_EXTENT) / (2 * PLANE_EXTENT)) * sizePx;

/**
 * Draws labelled 2-D points on a square canvas of `sizePx`: training points filled, test points
 * as rings, so the two parts of the split differ by shape as well as colour.
 */
export function drawPoints(
  context: CanvasRenderingContext2D,
  data: LabeledData,
  sizePx: number,
  isTest: boolean,
): void {
  const radius = Math.max(2, sizePx / 110);
  context.lineWidth = Math.max(1, radius / 2);
  for (let i = 0; i < data.count; i++) {
    const x = toPixel(data.features[2 * i] as number, sizePx);
    const y = sizePx - toPixel(data.features[2 * i + 1] as number, sizePx);
    const colour = classColour(data.labels[i] as number);
    context.beginPath();
    context.arc(x, y, radius, 0, 2 * Math.PI);
    if (isTest) {
      context.fillStyle = '#ffffff';
      context.fill();
      context.strokeStyle = colour;
      context.stroke();
    } else {
      context.fillStyle = colour;
      context.fill();
      context.strokeStyle = 'rgba(255,255,255,0.9)';
      context.stroke();
    }
  }
}

const parseHex = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/**
 * Paints a decision-boundary grid: each cell takes its predicted class's colour, paler where the
 * network is unsure (confidence near 1/k), then scales it up smoothly to fill the canvas.
 */
export function drawBoundary(
  context: CanvasRenderingContext2D,
  grid: BoundaryGrid,
  numClasses: number,
  sizePx: number,
): void {
  const image = new ImageData(grid.size, grid.size);
  const chance = 1 / Math.max(2, numClasses);
  for (let cell = 0; cell < grid.size * grid.size; cell++) {
    const [red, green, blue] = parseHex(classColour(grid.classIndex[cell] as number));
    const confidence = grid.confidence[cell] as number;
    // 0 at chance level, 1 when certain; a floor keeps the winning side visible.
    const strength = 0.12 + 0.6 * Math.min(1, Math.max(0, (confidence - chance) / (1 - chance)));
    const offset = cell * 4;
    image.data[offset] = Math.round(255 + (red - 255) * strength);
    image.data[offset + 1] = Math.round(255 + (green - 255) * strength);
    image.data[offset + 2] = Math.round(255 + (blue - 255) * strength);
    image.data[offset + 3] = 255;
  }
  const scratch = new OffscreenCanvas(grid.size, grid.size);
  scratch.getContext('2d')?.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(scratch, 0, 0, sizePx, sizePx);
}

/** Prepares a canvas for crisp drawing at the screen's pixel ratio; returns its context. */
export function prepareCanvas(canvas: HTMLCanvasElement, sizePx: number): CanvasRenderingContext2D | null {
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(sizePx * ratio);
  canvas.height = Math.round(sizePx * ratio);
  const context = canvas.getContext('2d');
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
