import { describe, expect, it } from 'vitest';
import { createTurnQueue } from './turnQueue';

/** A queue whose scheduled callbacks run only when the test says: each run is one "task". */
function manualQueue() {
  const scheduled: Array<() => void> = [];
  const queue = createTurnQueue((callback) => scheduled.push(callback));
  const runTask = (): void => scheduled.shift()?.();
  return { queue, scheduled, runTask };
}

describe('turns to mount', () => {
  it('grants one turn per task, the next only once the granted one is done', () => {
    const { queue, scheduled, runTask } = manualQueue();
    const granted: string[] = [];
    queue.wait(() => granted.push('loss'));
    queue.wait(() => granted.push('accuracy'));
    expect(granted).toEqual([]);
    runTask();
    expect(granted).toEqual(['loss']);
    // Nothing more is scheduled until the loss chart has committed.
    expect(scheduled).toHaveLength(0);
    queue.done();
    expect(granted).toEqual(['loss']);
    runTask();
    expect(granted).toEqual(['loss', 'accuracy']);
    queue.done();
    runTask();
    // A latecomer is granted in a task of its own.
    queue.wait(() => granted.push('late'));
    runTask();
    expect(granted).toEqual(['loss', 'accuracy', 'late']);
  });

  it('forgets a component that leaves before its turn, and never holds up the others', () => {
    const { queue, runTask } = manualQueue();
    const granted: string[] = [];
    queue.wait(() => granted.push('first'));
    const leave = queue.wait(() => granted.push('gone'));
    queue.wait(() => granted.push('third'));
    leave();
    runTask();
    queue.done();
    runTask();
    expect(granted).toEqual(['first', 'third']);
  });

  it('waits with the first scheduler when idle and with the second for a turn that follows one', () => {
    const afterFrame: Array<() => void> = [];
    const afterTask: Array<() => void> = [];
    const queue = createTurnQueue(
      (callback) => afterFrame.push(callback),
      (callback) => afterTask.push(callback),
    );
    const granted: string[] = [];
    queue.wait(() => granted.push('loss 1'));
    queue.wait(() => granted.push('loss 2'));
    expect([afterFrame.length, afterTask.length]).toEqual([1, 0]);
    afterFrame.shift()?.();
    queue.done();
    expect([afterFrame.length, afterTask.length]).toEqual([0, 1]);
    afterTask.shift()?.();
    expect(granted).toEqual(['loss 1', 'loss 2']);
    // Done with nobody waiting: the queue goes idle, and a newcomer waits for a frame again.
    queue.done();
    afterTask.shift()?.();
    queue.wait(() => granted.push('accuracy 1'));
    expect([afterFrame.length, afterTask.length]).toEqual([1, 0]);
    afterFrame.shift()?.();
    expect(granted).toEqual(['loss 1', 'loss 2', 'accuracy 1']);
  });
});
