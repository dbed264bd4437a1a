import { useEffect, useState } from 'react';

/**
 * Charts take turns to mount, one piece per task. A chart's first render is recharts' heaviest
 * work (its store, axes and grid: 40-70 ms of CPU for the first chart while the code is still
 * cold, measured here with a run training); two charts mounting together made one long task at
 * every page load. A turn is granted after the next frame, once the page has painted and the
 * chart's container has been measured, and the next turn only once the previous one has committed.
 */

/** A queue of turns, granted one at a time through `schedule`. */
export interface TurnQueue {
  /** Waits for a turn: `grant` is called when it comes. The returned function leaves the queue. */
  readonly wait: (grant: () => void) => () => void;
  /** The granted turn is over: the next one may be granted. */
  readonly done: () => void;
}

/** A turn queue that grants each turn in a callback of `schedule` (a later task in the app). */
export function createTurnQueue(schedule: (callback: () => void) => void): TurnQueue {
  const waiting: Array<() => void> = [];
  let isBusy = false;
  const grantNextSoon = (): void => {
    isBusy = true;
    schedule(() => {
      const grant = waiting.shift();
      if (grant) grant();
      else isBusy = false;
    });
  };
  return {
    wait(grant) {
      // Copied so that a component waiting twice has two entries, each removed on its own.
      const entry = (): void => grant();
      waiting.push(entry);
      if (!isBusy) grantNextSoon();
      return () => {
        // Once granted, the entry has left the queue already.
        const index = waiting.indexOf(entry);
        if (index >= 0) waiting.splice(index, 1);
      };
    },
    done: grantNextSoon,
  };
}

/** After the coming frame has painted, in a task of its own. */
const afterNextFrame = (callback: () => void): void => {
  requestAnimationFrame(() => setTimeout(callback, 0));
};

const chartTurns = createTurnQueue(afterNextFrame);

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
