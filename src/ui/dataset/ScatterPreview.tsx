import { useEffect, useRef } from 'react';
import type { ScatterPreview as ScatterData } from '../../core/datasets/analysis';
import { groupDigits } from '../../core/util/numberText';
import { clearPlane, prepareCanvas } from '../common/planeDrawing';
import { drawAxes, drawScatterPart } from './scatterDrawing';

const PREVIEW_SIZE_PX = 200;

/** A scatter of the data (the plane, two features or two principal components): filled dots train, rings test. */
export function ScatterPreview({
  preview,
  numClasses,
}: {
  readonly preview: ScatterData;
  readonly numClasses: number;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const context = prepareCanvas(canvas, PREVIEW_SIZE_PX);
    if (!context) return;
    clearPlane(context, PREVIEW_SIZE_PX);
    if (preview.axes !== 'plane') drawAxes(context, PREVIEW_SIZE_PX);
    drawScatterPart(context, preview.train, preview.extent, PREVIEW_SIZE_PX, false);
    drawScatterPart(context, preview.test, preview.extent, PREVIEW_SIZE_PX, true);
  }, [preview]);

  const trainCount = preview.train.labels.length;
  const testCount = preview.test.labels.length;
  const classes = preview.train.targets ? 'coloured by target value' : `${numClasses} classes`;
  return (
    <figure className="data-preview scatter">
      <canvas
        ref={canvasRef}
        className="scatter-preview"
        style={{ width: PREVIEW_SIZE_PX, height: PREVIEW_SIZE_PX }}
        role="img"
        aria-label={`Preview: ${trainCount} training points (filled) and ${testCount} test points (rings), ${classes}`}
        data-testid="data-preview"
      />
      <figcaption>
        {preview.axes === 'plane' ? (
          `The plane: ${preview.train.targets ? 'colour is the target (orange −1, white 0, blue +1); ' : ''}filled dots train, rings test.`
        ) : (
          <>
            Across: {preview.axisLabels[0]}. Up: {preview.axisLabels[1]}.
            {preview.axes === 'features' && ' Both standardised.'}
          </>
        )}
        {preview.omittedCount > 0 && ` ${groupDigits(preview.omittedCount)} more points are not drawn.`}
      </figcaption>
    </figure>
  );
}
