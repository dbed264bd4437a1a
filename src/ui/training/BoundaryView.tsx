import { useEffect, useRef } from 'react';
import { buildSplitDataset } from '../../core/datasets/generate';
import type { SplitDataset } from '../../core/datasets/types';
import type { DatasetConfig } from '../../core/experiment';
import { playgroundStore } from '../../store/appStore';
import { drawBoundary, drawPoints, prepareCanvas } from '../common/planeDrawing';

const VIEW_SIZE_PX = 260;

/**
 * The decision boundary of the network over the 2-D plane, with the data on top. It repaints
 * from a store subscription, outside React, because it changes up to fifteen times a second.
 */
export function BoundaryView() {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const context = prepareCanvas(canvas, VIEW_SIZE_PX);
    if (!context) return;
    let splitConfig: DatasetConfig | null = null;
    let split: SplitDataset | null = null;
    let frame = 0;

    const paint = (): void => {
      frame = 0;
      const state = playgroundStore.getState();
      if (splitConfig !== state.experiment.dataset) {
        splitConfig = state.experiment.dataset;
        split = buildSplitDataset(splitConfig);
      }
      if (!split) return;
      context.fillStyle = '#f7f7f7';
      context.fillRect(0, 0, VIEW_SIZE_PX, VIEW_SIZE_PX);
      if (state.boundary) drawBoundary(context, state.boundary, split.numClasses, VIEW_SIZE_PX);
      drawPoints(context, split.train, VIEW_SIZE_PX, false);
      drawPoints(context, split.test, VIEW_SIZE_PX, true);
    };
    // At most one paint per animation frame however often the grid arrives.
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    paint();
    const unsubscribe = playgroundStore.subscribe((state, previous) => {
      if (state.boundary !== previous.boundary || state.experiment.dataset !== previous.experiment.dataset)
        schedule();
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  return (
    <figure className="boundary-view">
      <canvas
        ref={canvasRef}
        style={{ width: VIEW_SIZE_PX, height: VIEW_SIZE_PX }}
        role="img"
        aria-label="Decision boundary: background colour is the class the network predicts at each point; filled dots are training points, rings test points"
        data-testid="boundary-canvas"
      />
      <figcaption>Decision boundary</figcaption>
    </figure>
  );
}
