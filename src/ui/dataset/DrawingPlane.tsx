import { type PointerEvent, useEffect, useId, useRef } from 'react';
import { DRAWN_CLASS_NAMES, MAX_DRAWN_POINTS } from '../../core/datasets/custom';
import { PLANE_EXTENT } from '../../core/datasets/plane';
import { plural, t } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import { selectDrawClass, selectDrawnPoints } from '../../store/datasetSelectors';
import { usePlayground } from '../../store/usePlayground';
import { clearPlane, prepareCanvas, traceClassMarker } from '../common/planeDrawing';
import { classColour } from '../theme';
import { drawAxes } from './scatterDrawing';

const PLANE_SIZE_PX = 240;
/** A press that moves less than this is a click (adds a point); more is a drag (removes points). */
const DRAG_THRESHOLD_PX = 4;
/** Radius of the eraser while dragging, in screen pixels. */
const ERASER_RADIUS_PX = 8;

const unitsPerPixel = (2 * PLANE_EXTENT) / PLANE_SIZE_PX;

/** Plane coordinates of a pointer event on the canvas. */
function planePoint(event: PointerEvent<HTMLCanvasElement>): { x: number; y: number } {
  const box = event.currentTarget.getBoundingClientRect();
  const scale = PLANE_SIZE_PX / Math.max(1, box.width);
  const px = (event.clientX - box.left) * scale;
  const py = (event.clientY - box.top) * scale;
  return { x: px * unitsPerPixel - PLANE_EXTENT, y: PLANE_EXTENT - py * unitsPerPixel };
}

/** The plane to draw own data on: click adds a point of the chosen class, dragging across points removes them. */
export function DrawingPlane() {
  const points = usePlayground(selectDrawnPoints);
  const drawClass = usePlayground(selectDrawClass);
  const addPoint = usePlayground((state) => state.addDrawnPoint);
  const removeNear = usePlayground((state) => state.removeDrawnPointsNear);
  const setDrawClass = usePlayground((state) => state.setDrawClass);
  const clear = usePlayground((state) => state.clearDrawnPoints);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const press = useRef<{ x: number; y: number; isDrag: boolean } | null>(null);
  const helpId = useId();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const context = prepareCanvas(canvas, PLANE_SIZE_PX);
    if (!context) return;
    clearPlane(context, PLANE_SIZE_PX);
    drawAxes(context, PLANE_SIZE_PX);
    const radius = 3.5;
    for (const point of points) {
      // The same marker per class as every other plane, so colour is never the only cue.
      traceClassMarker(
        context,
        (point.x + PLANE_EXTENT) / unitsPerPixel,
        (PLANE_EXTENT - point.y) / unitsPerPixel,
        radius,
        point.classIndex,
      );
      context.fillStyle = classColour(point.classIndex);
      context.fill();
      context.strokeStyle = 'rgba(255,255,255,0.9)';
      context.lineWidth = 1.5;
      context.stroke();
    }
  }, [points]);

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { x: event.clientX, y: event.clientY, isDrag: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>): void => {
    const current = press.current;
    if (!current) return;
    if (
      !current.isDrag &&
      Math.hypot(event.clientX - current.x, event.clientY - current.y) < DRAG_THRESHOLD_PX
    )
      return;
    current.isDrag = true;
    const { x, y } = planePoint(event);
    removeNear(x, y, ERASER_RADIUS_PX * unitsPerPixel);
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>): void => {
    const current = press.current;
    press.current = null;
    if (!current || current.isDrag) return;
    const { x, y } = planePoint(event);
    addPoint(x, y);
  };

  return (
    <div className="drawing">
      <fieldset className="radio-group class-choice">
        <legend>{t('dataset.draw.classToAdd')}</legend>
        {DRAWN_CLASS_NAMES.map((name, classIndex) => (
          <label key={name} className="class-option">
            <input
              type="radio"
              name="draw-class"
              checked={drawClass === classIndex}
              onChange={() => setDrawClass(classIndex)}
            />
            <span className="swatch" style={{ background: classColour(classIndex) }} aria-hidden="true" />
            {t('dataset.draw.className', { index: classIndex + 1 })}
          </label>
        ))}
      </fieldset>
      <canvas
        ref={canvasRef}
        className="drawing-plane"
        style={{ width: PLANE_SIZE_PX, height: PLANE_SIZE_PX }}
        aria-label={t('dataset.draw.plane')}
        aria-describedby={helpId}
        data-testid="drawing-plane"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          press.current = null;
        }}
      />
      <p id={helpId} className="hint">
        {t('dataset.draw.help', { max: groupDigits(MAX_DRAWN_POINTS) })}
      </p>
      <div className="drawing-actions">
        <span data-testid="drawn-count" aria-live="polite">
          {plural('dataset.draw.count', points.length, { count: groupDigits(points.length) })}
        </span>
        <button type="button" className="secondary" onClick={clear} disabled={points.length === 0}>
          {t('dataset.draw.clear')}
        </button>
      </div>
    </div>
  );
}
