import { useEffect, useState } from 'react';
import { createTurnQueue, type TurnQueue } from '../../core/chart/turnQueue';

/**
 * Charts take turns to mount, one piece per task. A chart's first render is recharts' heaviest
 * work (its store, axes and grid), and two charts mounting together made one long task at every
 * page load. The first turn is granted after the next frame, once the page has painted and the
 * chart's container has been measured; each later one only once the previous one has committed,
 * in the next task. Waiting for a frame before every turn as well made the charts whole later,
 * with no fewer long tasks. The figures: docs/decisions/charts.md.
 */

/** After the coming frame has painted, in a task of its own. */
const afterNextFrame = (callback: () => void): void => {
  requestAnimationFrame(() => setTimeout(callback, 0));
};

/** In a task of its own, with no wait for a frame. */
const afterThisTask = (callback: () => void): void => {
  setTimeout(callback, 0);
};

const chartTurns = createTurnQueue(afterNextFrame, afterThisTask);

/**
 * How many of its `stageCount` turns this component has had: 0 at first, then one more per turn,
 * each in a later task than the last.
 */
export function useMountStage(stageCount: number, queue: TurnQueue = chartTurns): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= stageCount) return;
    let isGranted = false;
    const leave = queue.wait(() => {
      isGranted = true;
      setStage((previous) => previous + 1);
    });
    return () => {
      leave();
      // Granted, and now either committed with the content or gone: the next one may go.
      if (isGranted) queue.done();
    };
  }, [stage, stageCount, queue]);
  return stage;
}
