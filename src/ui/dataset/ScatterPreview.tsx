import { useEffect, useRef } from 'react';
import type { ScatterPreview as ScatterData } from '../../core/datasets/analysis';
import { t } from '../../core/i18n/translate';
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
  const classes = preview.train.targets
    ? t('dataset.preview.byTarget')
    : t('dataset.preview.classes', { count: numClasses });
  const percent = (share: number): string => `${Math.round(share * 100)}%`;
  const [x, y] = preview.varianceShares
    ? [
        t('dataset.preview.pc1', { percent: percent(preview.varianceShares[0]) }),
        t('dataset.preview.pc2', { percent: percent(preview.varianceShares[1]) }),
      ]
    : preview.axisLabels;
  const axesKey = preview.axes === 'features' ? 'dataset.preview.axesStandardised' : 'dataset.preview.axes';
  return (
    <figure className="data-preview scatter">
      <canvas
        ref={canvasRef}
        className="scatter-preview"
        style={{ width: PREVIEW_SIZE_PX, height: PREVIEW_SIZE_PX }}
        role="img"
        aria-label={t('dataset.preview.aria', { train: trainCount, test: testCount, classes })}
        data-testid="data-preview"
      />
      <figcaption>
        {preview.axes === 'plane'
          ? t(preview.train.targets ? 'dataset.preview.planeTarget' : 'dataset.preview.plane')
          : t(axesKey, { x, y })}
        {preview.omittedCount > 0 &&
          t('dataset.preview.omitted', { count: groupDigits(preview.omittedCount) })}
      </figcaption>
    </figure>
  );
}
