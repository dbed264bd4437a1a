import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  startTrainingWorkerEarly,
  TRAINING_WORKER_NAME_PREFIX,
  takeEarlyTrainingWorker,
} from './workerStart';

/** A stand-in for the browser's Worker: remembers its options and whether it was ended. */
class StubWorker extends EventTarget {
  static made: StubWorker[] = [];
  isTerminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    StubWorker.made.push(this);
  }

  terminate(): void {
    this.isTerminated = true;
  }
}

afterEach(() => {
  takeEarlyTrainingWorker();
  StubWorker.made = [];
  vi.unstubAllGlobals();
});

describe('the training worker started as the page opens', () => {
  it('is started once, as a named module worker, and handed to the first taker only', () => {
    vi.stubGlobal('Worker', StubWorker);
    startTrainingWorkerEarly();
    startTrainingWorkerEarly();
    expect(StubWorker.made).toHaveLength(1);
    const [made] = StubWorker.made;
    expect(made?.options.type).toBe('module');
    expect(made?.url.pathname).toMatch(/training\.worker\.ts$/);
    const taken = takeEarlyTrainingWorker();
    expect(taken?.worker).toBe(made);
    expect(taken?.name).toBe(made?.options.name);
    expect(taken?.name.startsWith(TRAINING_WORKER_NAME_PREFIX)).toBe(true);
    expect(takeEarlyTrainingWorker()).toBeNull();
  });

  it('is ended, not handed over, when it failed before anyone took it', () => {
    vi.stubGlobal('Worker', StubWorker);
    startTrainingWorkerEarly();
    const failure = new Event('error', { cancelable: true });
    StubWorker.made[0]?.dispatchEvent(failure);
    // Its failure is noted, not left to surface as the page's own error.
    expect(failure.defaultPrevented).toBe(true);
    expect(takeEarlyTrainingWorker()).toBeNull();
    expect(StubWorker.made[0]?.isTerminated).toBe(true);
  });

  it('is not started where there are no workers', () => {
    startTrainingWorkerEarly();
    expect(takeEarlyTrainingWorker()).toBeNull();
  });
});
