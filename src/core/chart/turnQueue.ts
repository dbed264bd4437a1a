/**
 * Turns taken one at a time: how the charts mount, one piece per task, so that no two of them
 * make one long task together (ui/charts/mountTurns.ts grants the turns after a frame or a task).
 */

/** A queue of turns, granted one at a time through `schedule`. */
export interface TurnQueue {
  /** Waits for a turn: `grant` is called when it comes. The returned function leaves the queue. */
  readonly wait: (grant: () => void) => () => void;
  /** The granted turn is over: the next one may be granted. */
  readonly done: () => void;
}

/**
 * A turn queue that grants each turn in a callback of a scheduler (a later task in the app):
 * `schedule` when the queue was idle, `scheduleNext` for a turn that follows one just done.
 */
export function createTurnQueue(
  schedule: (callback: () => void) => void,
  scheduleNext: (callback: () => void) => void = schedule,
): TurnQueue {
  const waiting: Array<() => void> = [];
  let isBusy = false;
  const grantNextSoon = (after: (callback: () => void) => void): void => {
    isBusy = true;
    after(() => {
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
      if (!isBusy) grantNextSoon(schedule);
      return () => {
        // Once granted, the entry has left the queue already.
        const index = waiting.indexOf(entry);
        if (index >= 0) waiting.splice(index, 1);
      };
    },
    done: () => grantNextSoon(scheduleNext),
  };
}
