import { describe, expect, it } from 'vitest';
import {
  type DrawnPoint,
  drawnPointsDataset,
  MAX_DRAWN_POINTS,
  withPointAdded,
  withPointsRemovedNear,
} from './custom';

describe('drawn points', () => {
  it('adds points of known classes inside the plane, up to the limit', () => {
    let points: readonly DrawnPoint[] = [];
    points = withPointAdded(points, 0.5, -0.5, 1);
    expect(points).toEqual([{ x: 0.5, y: -0.5, classIndex: 1 }]);
    expect(withPointAdded(points, 2, 0, 0)).toBe(points);
    expect(withPointAdded(points, 0, 0, 9)).toBe(points);
    const full = Array.from({ length: MAX_DRAWN_POINTS }, () => ({ x: 0, y: 0, classIndex: 0 }));
    expect(withPointAdded(full, 0.1, 0.1, 0)).toBe(full);
  });

  it('removes the points near a place and nothing else', () => {
    const points = [
      { x: 0, y: 0, classIndex: 0 },
      { x: 0.05, y: 0, classIndex: 1 },
      { x: 0.5, y: 0.5, classIndex: 0 },
    ];
    expect(withPointsRemovedNear(points, 0.02, 0, 0.1)).toEqual([{ x: 0.5, y: 0.5, classIndex: 0 }]);
    expect(withPointsRemovedNear(points, -1, -1, 0.1)).toBe(points);
  });

  it('become a 2-D data set with at least two classes', () => {
    const data = drawnPointsDataset([
      { x: 0.1, y: 0.2, classIndex: 0 },
      { x: -0.3, y: 0.4, classIndex: 0 },
    ]);
    expect(data).toMatchObject({
      count: 2,
      numFeatures: 2,
      numClasses: 2,
      source: 'points',
      exampleShape: [2],
    });
    expect([...data.features]).toEqual([0.1, 0.2, -0.3, 0.4].map(Math.fround));
    expect(drawnPointsDataset([{ x: 0, y: 0, classIndex: 3 }]).classNames).toEqual([
      'class 1',
      'class 2',
      'class 3',
      'class 4',
    ]);
  });
});
