import { useEffect, useRef } from 'react';
import { PLANE_EXTENT } from '../../core/datasets/plane';
import type { SplitDataset } from '../../core/datasets/types';
import { plural, t } from '../../core/i18n/translate';
import type { BoundaryGrid } from '../../core/run/types';
import { groupDigits } from '../../core/util/numberText';
import { selectExampleShape, selectPlaneSplit } from '../../store/datasetSelectors';
import type { PlaygroundState } from '../../store/playgroundState';
import { playgroundStore } from '../../store/playgroundStore';
import { usePlayground } from '../../store/usePlayground';
import {
  CANVAS_OPTIONS,
  clearPlane,
  drawBoundary,
  type PlaneContext,
  prepareCanvas,
} from '../common/planeDrawing';
import { drawScatterPart, drawSurface } from '../dataset/scatterDrawing';

/** Side of the view of a single run. */
export const VIEW_SIZE_PX = 260;

/** The boundary of a variant's first seed, the one the worker draws. */
const boundaryOf = (state: PlaygroundState, variantIndex: number): BoundaryGrid | null =>
  state.runs.find((run) => run.variantIndex === variantIndex && run.seedIndex === 0)?.boundary ?? null;

/** Draws a split's points on the plane: filled training points, test rings, coloured by class or target. */
function drawSplit(context: PlaneContext, split: SplitDataset, extent: number, sizePx: number): void {
  drawScatterPart(
    context,
    { points: split.train.features, labels: split.train.labels, ...targetsOf(split.train) },
    extent,
    sizePx,
    false,
  );
  drawScatterPart(
    context,
    { points: split.test.features, labels: split.test.labels, ...targetsOf(split.test) },
    extent,
    sizePx,
    true,
  );
}

const targetsOf = (part: SplitDataset['train']): { targets?: Float32Array } =>
  part.targets ? { targets: part.targets } : {};

/**
 * The decision boundary of the network over the 2-D plane (for regression, the fitted surface),
 * with the data on top. It repaints from a store subscription, outside React, because it changes
 * up to fifteen times a second. Data that does not lie on the plane has no such picture.
 */
export function BoundaryView({
  variantIndex = 0,
  sizePx = VIEW_SIZE_PX,
  caption = null,
}: {
  readonly variantIndex?: number;
  readonly sizePx?: number;
  /** The variant's name in a race ("A · SGD"); null for a single run. */
  readonly caption?: string | null;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const hasPlane = usePlayground((state) => selectPlaneSplit(state) !== null);
  const isRegression = usePlayground((state) => selectPlaneSplit(state)?.task === 'regression');
  const featureCount = usePlayground((state) =>
    selectExampleShape(state).reduce((product, size) => product * size, 1),
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!hasPlane || !canvas) return;
    const context = prepareCanvas(canvas, sizePx);
    if (!context) return;
    let frame = 0;
    // The points change only with the data, the boundary up to 20 times a second: the points are
    // drawn once onto a layer of the canvas's own resolution and copied on top of each boundary.
    let pointsLayer: { readonly split: SplitDataset; readonly canvas: OffscreenCanvas } | null = null;
    const pointsOf = (split: SplitDataset): OffscreenCanvas | null => {
      if (pointsLayer?.split === split) return pointsLayer.canvas;
      const layer = new OffscreenCanvas(canvas.width, canvas.height);
      const layerContext = layer.getContext('2d', CANVAS_OPTIONS);
      if (!layerContext) return null;
      layerContext.setTransform(context.getTransform());
      drawSplit(layerContext, split, PLANE_EXTENT, sizePx);
      pointsLayer = { split, canvas: layer };
      return layer;
    };

    const paint = (): void => {
      frame = 0;
      const state = playgroundStore.getState();
      const split = selectPlaneSplit(state);
      if (!split) return;
      clearPlane(context, sizePx);
      const boundary = boundaryOf(state, variantIndex);
      if (boundary) {
        if (split.task === 'regression') drawSurface(context, boundary, sizePx);
        else drawBoundary(context, boundary, split.numClasses, sizePx);
      }
      const points = pointsOf(split);
      if (points) context.drawImage(points, 0, 0, sizePx, sizePx);
      else drawSplit(context, split, PLANE_EXTENT, sizePx);
    };
    // At most one paint per animation frame however often the grid arrives.
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    paint();
    const unsubscribe = playgroundStore.subscribe((state, previous) => {
      if (
        boundaryOf(state, variantIndex) !== boundaryOf(previous, variantIndex) ||
        state.experiment.dataset !== previous.experiment.dataset ||
        state.customData !== previous.customData
      )
        schedule();
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [hasPlane, variantIndex, sizePx]);

  if (!hasPlane) {
    return (
      <figure className="boundary-view boundary-none" style={{ width: sizePx }} data-testid="boundary-none">
        <p className="hint">
          {t(featureCount === 2 ? 'training.noBoundaryOwnScales' : 'training.noBoundary', {
            features: plural('training.features', featureCount, { count: groupDigits(featureCount) }),
          })}
        </p>
      </figure>
    );
  }
  return (
    <figure className="boundary-view">
      <canvas
        ref={canvasRef}
        style={{ width: sizePx, height: sizePx }}
        role="img"
        aria-label={t(isRegression ? 'training.surfaceLabel' : 'training.boundaryLabel')}
        data-testid="boundary-canvas"
      />
      <figcaption>
        {caption ?? t(isRegression ? 'training.fittedSurface' : 'training.decisionBoundary')}
      </figcaption>
    </figure>
  );
}
