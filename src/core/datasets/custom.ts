/** A person's own data: an uploaded CSV or points drawn on the plane. It lives in the tab, never in a link. */

import { PLANE_EXTENT } from './plane';
import type { Dataset } from './types';

/** Where own data came from. */
export type CustomSource = 'csv' | 'points';

/** Own data with the names the panel shows. */
export interface CustomDataset extends Dataset {
  readonly source: CustomSource;
  /** The file name, or a phrase for drawn points. */
  readonly name: string;
  /** Class names by class index. */
  readonly classNames: readonly string[];
  /** Feature column names (x and y for drawn points). */
  readonly featureNames: readonly string[];
}

/** One point drawn on the plane. */
export interface DrawnPoint {
  readonly x: number;
  readonly y: number;
  readonly classIndex: number;
}

/** Most points a person may draw: enough to shape a boundary, few enough to stay instant. */
export const MAX_DRAWN_POINTS = 1000;
/** Classes offered when drawing: the first of the app's seven class colours that stay distinct. */
export const DRAWN_CLASS_COUNT = 4;
/** Fewest drawn points a run accepts: at least one to train on and one to test. */
export const MIN_DRAWN_POINTS = 2;

/** Display name of drawn points. */
export const DRAWN_POINTS_NAME = 'Points drawn on the plane';

/** Class names of drawn points: the colours' order, so that 'class 1' is the first colour. */
export const DRAWN_CLASS_NAMES: readonly string[] = Array.from(
  { length: DRAWN_CLASS_COUNT },
  (_, index) => `class ${index + 1}`,
);

/**
 * Drawn points as a data set. The class count is the highest class drawn plus one, at least 2, so
 * that a binary problem stays binary until a third colour is used.
 */
export function drawnPointsDataset(points: readonly DrawnPoint[]): CustomDataset {
  const features = new Float32Array(points.length * 2);
  const labels = new Uint8Array(points.length);
  let highest = 1;
  points.forEach((point, i) => {
    features[2 * i] = point.x;
    features[2 * i + 1] = point.y;
    labels[i] = point.classIndex;
    highest = Math.max(highest, point.classIndex);
  });
  return {
    source: 'points',
    name: DRAWN_POINTS_NAME,
    features,
    labels,
    count: points.length,
    numFeatures: 2,
    numClasses: highest + 1,
    exampleShape: [2],
    task: 'classification',
    classNames: DRAWN_CLASS_NAMES.slice(0, highest + 1),
    featureNames: ['x', 'y'],
  };
}

/** `points` with one more at (x, y) of `classIndex`, inside the plane; unchanged when full or off the plane. */
export function withPointAdded(
  points: readonly DrawnPoint[],
  x: number,
  y: number,
  classIndex: number,
): readonly DrawnPoint[] {
  const isOnPlane = Math.abs(x) <= PLANE_EXTENT && Math.abs(y) <= PLANE_EXTENT;
  const isKnownClass = Number.isInteger(classIndex) && classIndex >= 0 && classIndex < DRAWN_CLASS_COUNT;
  if (!isOnPlane || !isKnownClass || points.length >= MAX_DRAWN_POINTS) return points;
  return [...points, { x, y, classIndex }];
}

/** `points` without those within `radius` (plane units) of (x, y); the same array when none is that close. */
export function withPointsRemovedNear(
  points: readonly DrawnPoint[],
  x: number,
  y: number,
  radius: number,
): readonly DrawnPoint[] {
  const kept = points.filter((point) => Math.hypot(point.x - x, point.y - y) > radius);
  return kept.length === points.length ? points : kept;
}
