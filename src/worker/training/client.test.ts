import { afterEach, describe, expect, it, vi } from 'vitest';
import { textOf } from '../../core/i18n/translate';
import { reasonOf } from '../../core/run/backendMeasurement';
import { TRAINING_WORKER_NAME_PREFIX, TrainingClient } from './client';
import { WEBGL_CONTEXT_LOST_MESSAGE, type WorkerCommand, type WorkerEvent } from './protocol';

/** The event with a failure's message in words (English, as tests run). */
const inWords = (event: WorkerEvent | undefined) =>
  event?.type === 'runFailed' ? { ...event, message: textOf(event.message) } : event;

/** A stand-in Worker: records what it is sent and lets the test play the worker's side. */
class FakeWorker extends EventTarget {
  readonly received: WorkerCommand[] = [];
  isTerminated = false;

  constructor(readonly name: string) {
    super();
  }

  postMessage(command: WorkerCommand): void {
    this.received.push(command);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  answer(event: WorkerEvent): void {
    this.dispatchEvent(new MessageEvent('message', { data: event }));
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

/** A stand-in LockManager whose locks the test releases, as the browser does when a worker ends. */
class FakeLocks {
  private readonly waiting = new Map<string, () => void>();

  request(name: string, callback: () => void): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.set(name, () => {
        callback();
        resolve();
      });
    });
  }

  isRequested(name: string): boolean {
    return this.waiting.has(name);
  }

  /** The holder (the worker) is gone: the waiting request is granted. */
  release(name: string): void {
    this.waiting.get(name)?.();
    this.waiting.delete(name);
  }
}

/** A client on fake workers; `started` stands for a worker started before the client, taken once. */
function setup(startupTimeoutMs = 1000, started: FakeWorker | null = null) {
  const workers: FakeWorker[] = [];
  const events: WorkerEvent[] = [];
  const locks = new FakeLocks();
  let startedWorker = started;
  const client = new TrainingClient((event) => events.push(event), {
    createWorker: (name) => {
      const worker = new FakeWorker(name);
      workers.push(worker);
      return worker as unknown as Worker;
    },
    locks: locks as unknown as LockManager,
    startupTimeoutMs,
    takeStartedWorker: () => {
      const taken = startedWorker;
      startedWorker = null;
      return taken && { worker: taken as unknown as Worker, name: taken.name };
    },
  });
  return { client, workers, events, locks };
}

const loaded = (runId: string): WorkerEvent => ({
  type: 'runLoaded',
  runId,
  backend: 'wasm',
  backendReason: reasonOf('training.reason.jsSmall'),
  parameterCount: 1,
});

const load = (runId: string) => ({ type: 'load', runId }) as unknown as WorkerCommand;

afterEach(() => {
  vi.useRealTimers();
});

describe('TrainingClient', () => {
  it('takes over a worker started before it for the first run, and starts its own after a crash', () => {
    const early = new FakeWorker(`${TRAINING_WORKER_NAME_PREFIX}early`);
    const { client, workers, events, locks } = setup(1000, early);
    client.send(load('run-1'));
    expect(early.received).toEqual([load('run-1')]);
    expect(workers).toHaveLength(0);
    early.answer(loaded('run-1'));
    expect(events).toEqual([loaded('run-1')]);
    // Its lock, under the name it was started with, tells of a silent exit.
    expect(locks.isRequested(early.name)).toBe(true);
    early.crash('Uncaught Error: gone');
    expect(events.at(-1)).toMatchObject({ type: 'runFailed', runId: 'run-1' });
    client.send(load('run-2'));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toEqual([load('run-2')]);
  });

  it('reports a crash as a failed run with its message, then starts a fresh worker', () => {
    const { client, workers, events } = setup();
    client.send(load('run-1'));
    workers[0]?.answer(loaded('run-1'));
    workers[0]?.crash('Uncaught RangeError: out of memory');
    expect(inWords(events.at(-1))).toEqual({
      type: 'runFailed',
      runId: 'run-1',
      message: 'The training worker crashed: out of memory',
    });
    expect(workers[0]?.isTerminated).toBe(true);
    client.send(load('run-2'));
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received).toEqual([load('run-2')]);
  });

  it('sends a crash as a message the page puts into words: a lost WebGL context and a silent death by name', () => {
    const { client, workers, events } = setup();
    client.send(load('run-1'));
    workers[0]?.answer(loaded('run-1'));
    workers[0]?.crash(`Uncaught Error: ${WEBGL_CONTEXT_LOST_MESSAGE}`);
    expect(events.at(-1)).toEqual({
      type: 'runFailed',
      runId: 'run-1',
      message: { key: 'training.error.webglContextLost' },
    });
    expect(inWords(events.at(-1))).toHaveProperty(
      'message',
      'The training worker crashed: the WebGL context was lost',
    );
    client.send(load('run-2'));
    workers[1]?.answer(loaded('run-2'));
    workers[1]?.crash('');
    expect(inWords(events.at(-1))).toHaveProperty(
      'message',
      'The training worker crashed: it stopped without a message',
    );
  });

  it('names each worker uniquely and notices one that exits silently through its lock', () => {
    const { client, workers, events, locks } = setup();
    client.send(load('run-1'));
    const name = workers[0]?.name ?? '';
    expect(name.startsWith(TRAINING_WORKER_NAME_PREFIX)).toBe(true);
    // Before its first message the worker may not hold its lock yet: the client must not ask.
    expect(locks.isRequested(name)).toBe(false);
    workers[0]?.answer(loaded('run-1'));
    expect(locks.isRequested(name)).toBe(true);
    locks.release(name);
    expect(events.at(-1)).toMatchObject({ type: 'runFailed', runId: 'run-1' });
    expect(inWords(events.at(-1))).toHaveProperty('message', expect.stringMatching(/stopped/));

    client.send(load('run-2'));
    expect(workers[1]?.name).not.toBe(name);
  });

  it('does not report a worker that it ended itself', () => {
    const { client, workers, events, locks } = setup();
    client.send(load('run-1'));
    workers[0]?.answer(loaded('run-1'));
    client.terminate();
    locks.release(workers[0]?.name ?? '');
    expect(events.filter((event) => event.type === 'runFailed')).toEqual([]);
  });

  it('fails the runs of a worker that never answers, and only of one that never answers', () => {
    vi.useFakeTimers();
    const { client, workers, events } = setup(1000);
    client.send(load('run-1'));
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events.map(inWords)).toEqual([
      {
        type: 'runFailed',
        runId: 'run-1',
        message: 'The training worker did not start within 1 s',
      },
    ]);

    client.send(load('run-2'));
    workers[1]?.answer(loaded('run-2'));
    client.send(load('run-3'));
    vi.advanceTimersByTime(5000);
    expect(events).toHaveLength(2);
  });
});
