import { useEffect, useMemo, useRef } from 'react';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { DatasetConfig } from '../../core/experiment';
import { drawPoints, prepareCanvas } from '../common/planeDrawing';

const PREVIEW_SIZE_PX = 180;

/** A small scatter plot of the data set, coloured by class: filled dots train, rings test. */
export function ScatterPreview({ config }: { readonly config: DatasetConfig }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const split = useMemo(() => buildSplitDataset(config), [config]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const context = prepareCanvas(canvas, PREVIEW_SIZE_PX);
    if (!context) return;
    context.fillStyle = '#f7f7f7';
    context.fillRect(0, 0, PREVIEW_SIZE_PX, PREVIEW_SIZE_PX);
    drawPoints(context, split.train, PREVIEW_SIZE_PX, false);
    drawPoints(context, split.test, PREVIEW_SIZE_PX, true);
  }, [split]);

  return (
    <canvas
      ref={canvasRef}
      className="scatter-preview"
      style={{ width: PREVIEW_SIZE_PX, height: PREVIEW_SIZE_PX }}
      role="img"
      aria-label={`Preview: ${split.train.count} training points (filled) and ${split.test.count} test points (rings), ${split.numClasses} classes`}
    />
  );
}
