import type { BoundaryGrid } from '../../core/run/types';
import { classColour } from '../theme';

/** A 2-D context of an on-screen canvas or of an offscreen layer: the plane draws on either. */
export type PlaneContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Traces (does not paint) the marker of class `classIndex` centred on (x, y): circle, square,
 * triangle, diamond, inverted triangle, hexagon, then again, so that classes differ by shape as
 * well as by colour for people who cannot tell the colours apart.
 */
export function traceClassMarker(
  context: PlaneContext,
  x: number,
  y: number,
  radius: number,
  classIndex: number,
): void {
  const shape = classIndex % 6;
  context.beginPath();
  if (shape === 0) {
    context.arc(x, y, radius, 0, 2 * Math.PI);
    return;
  }
  // Polygons get a slightly larger radius so that their area matches the circle's.
  const corners = [4, 3, 4, 3, 6][shape - 1] ?? 4;
  const turn = [Math.PI / 4, -Math.PI / 2, 0, Math.PI / 2, 0][shape - 1] ?? 0;
  const polygonRadius = radius * (corners === 3 ? 1.45 : 1.2);
  for (let corner = 0; corner < corners; corner++) {
    const angle = turn + (2 * Math.PI * corner) / corners;
    const cornerX = x + polygonRadius * Math.cos(angle);
    const cornerY = y + polygonRadius * Math.sin(angle);
    if (corner === 0) context.moveTo(cornerX, cornerY);
    else context.lineTo(cornerX, cornerY);
  }
  context.closePath();
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
  // Each class's colour parsed once, not once per cell: this runs up to 20 times a second.
  const palette: Array<[number, number, number]> = [];
  for (let cell = 0; cell < grid.size * grid.size; cell++) {
    const classIndex = grid.classIndex[cell] as number;
    palette[classIndex] ??= parseHex(classColour(classIndex));
    const [red, green, blue] = palette[classIndex];
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
  scratch.getContext('2d', CANVAS_OPTIONS)?.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(scratch, 0, 0, sizePx, sizePx);
}

/**
 * Options of every 2-D context the page makes: a software (CPU) canvas. The page's canvases are
 * small (a 260-pixel plane, image previews, a QR code), so software drawing costs them nothing,
 * while the first GPU-accelerated canvas of a page starts the GPU context in one long main-thread
 * task (see docs/decisions/startup.md).
 */
export const CANVAS_OPTIONS: CanvasRenderingContext2DSettings = { willReadFrequently: true };

/**
 * Opens the page's GPU channel for 2-D canvases before any view needs it. The first 2-D context of
 * a page, even a software one, waits on the main thread while the GPU process opens a command
 * buffer for it, longest when the GPU process is busy (rasterising the page's first frames, say).
 * Left to the first view, that wait joined the app's first effects in one long task; called as the
 * page starts, in a task of its own, it waits with nothing else added (see docs/decisions/startup.md).
 */
export function openCanvasChannelEarly(): void {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  canvas.getContext('2d', CANVAS_OPTIONS)?.fillRect(0, 0, 1, 1);
}

/** Prepares a canvas for crisp drawing at the screen's pixel ratio; returns its context. */
export function prepareCanvas(canvas: HTMLCanvasElement, sizePx: number): CanvasRenderingContext2D | null {
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(sizePx * ratio);
  canvas.height = Math.round(sizePx * ratio);
  const context = canvas.getContext('2d', CANVAS_OPTIONS);
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/** Clears a square plane canvas of `sizePx` to the plane's light background (the same in both themes). */
export function clearPlane(context: CanvasRenderingContext2D, sizePx: number): void {
  context.fillStyle = '#f7f7f7';
  context.fillRect(0, 0, sizePx, sizePx);
}
