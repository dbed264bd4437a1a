import { useEffect, useRef } from 'react';
import type { ImagePreview } from '../../core/datasets/analysis';
import { t } from '../../core/i18n/translate';
import { CANVAS_OPTIONS } from '../common/planeDrawing';

/** Sample images shown per class row. */
const IMAGES_SHOWN = 6;

/** Screen pixels of one image: tiny images are enlarged, 28×28 ones drawn as they are. */
const cellSizePx = (height: number): number => (height >= 20 ? height : height * 3);

/** One class's sample images side by side on a canvas, dark ink on white. */
function ClassRow({ preview, classIndex }: { readonly preview: ImagePreview; readonly classIndex: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { height, width, perClass, pixels } = preview;
  const shown = Math.min(IMAGES_SHOWN, preview.sampleCounts[classIndex] ?? 0);
  const cellPx = cellSizePx(height);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d', CANVAS_OPTIONS);
    if (!canvas || !context) return;
    canvas.width = shown * width;
    canvas.height = height;
    const image = new ImageData(Math.max(1, shown * width), height);
    for (let slot = 0; slot < shown; slot++) {
      const source = (classIndex * perClass + slot) * height * width;
      for (let row = 0; row < height; row++) {
        for (let column = 0; column < width; column++) {
          const ink = 255 - (pixels[source + row * width + column] as number);
          const offset = (row * shown * width + slot * width + column) * 4;
          image.data[offset] = ink;
          image.data[offset + 1] = ink;
          image.data[offset + 2] = ink;
          image.data[offset + 3] = 255;
        }
      }
    }
    context.putImageData(image, 0, 0);
  }, [classIndex, height, width, perClass, pixels, shown]);

  return (
    <canvas
      ref={canvasRef}
      className="image-row"
      style={{ width: shown * cellPx, height: cellPx }}
      role="img"
      aria-label={t('dataset.images.rowAria', { count: shown })}
    />
  );
}

/** A grid of sample training images, one row per class with its name. */
export function ImageGrid({
  preview,
  classNames,
}: {
  readonly preview: ImagePreview;
  readonly classNames: readonly string[];
}) {
  return (
    <figure className="data-preview images" data-testid="data-preview">
      <ul className="image-grid" aria-label={t('dataset.images.gridAria', { count: classNames.length })}>
        {classNames.map((name, classIndex) => (
          <li key={name} className="image-grid-row">
            <span className="image-class-name">{name}</span>
            <ClassRow preview={preview} classIndex={classIndex} />
          </li>
        ))}
      </ul>
      <figcaption>{t('dataset.images.caption', { height: preview.height, width: preview.width })}</figcaption>
    </figure>
  );
}
