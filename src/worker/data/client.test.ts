import { describe, expect, it } from 'vitest';
import { DataProblem, dataRefOf } from '../../core/datasets/dataProblem';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import { textOf } from '../../core/i18n/translate';
import { DataClient } from './client';
import type { DataCommand, DataEvent } from './protocol';

/** A stand-in Worker: records what it is sent and lets the test play the worker's side. */
class FakeWorker extends EventTarget {
  readonly received: DataCommand[] = [];
  isTerminated = false;

  postMessage(command: DataCommand): void {
    this.received.push(command);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  answer(event: DataEvent): void {
    this.dispatchEvent(new MessageEvent('message', { data: event }));
  }

  /** An uncaught error in the worker, as the page sees it; returns whether the client kept it from the console. */
  crash(message: string): boolean {
    const event = Object.assign(new Event('error', { cancelable: true }), { message });
    this.dispatchEvent(event);
    return event.defaultPrevented;
  }

  sendUnreadable(): void {
    this.dispatchEvent(new MessageEvent('messageerror'));
  }
}

/** A client on fake workers, and the workers it started, in order. */
function setup() {
  const workers: FakeWorker[] = [];
  const client = new DataClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

const IRIS = { config: { ...DEFAULT_EXPERIMENT.dataset, id: 'iris' as const } };
const csvFile = () => new Blob(['x,y\n1,a\n'], { type: 'text/csv' });

const STILL_WAITING = Symbol('still waiting');

/** What a promise was rejected with, in words (English, as tests run); it must have settled by the next task. */
async function rejectionText(promise: Promise<unknown>): Promise<string> {
  const outcome: unknown = await Promise.race([
    promise.then(
      () => expect.fail('expected a rejection'),
      (reason: unknown) => reason,
    ),
    new Promise((resolve) => setTimeout(() => resolve(STILL_WAITING), 0)),
  ]);
  expect(outcome, 'the request was answered').not.toBe(STILL_WAITING);
  expect(outcome).toBeInstanceOf(DataProblem);
  return textOf(dataRefOf(outcome));
}

describe('DataClient when the data worker fails', () => {
  it('starts no worker for generated sets, and one for a shipped set', async () => {
    const { client, workers } = setup();
    await client.analyse({ config: DEFAULT_EXPERIMENT.dataset });
    expect(workers).toHaveLength(0);
    void client.analyse(IRIS);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((command) => command.type)).toEqual(['analyse']);
  });

  it('a crash rejects every waiting request with its message, without the browser prefix, and ends the worker', async () => {
    const { client, workers } = setup();
    const analysis = client.analyse(IRIS);
    const parsing = client.readCsv({ fileId: 1, file: csvFile(), fileName: 'own.csv' });
    const worker = workers[0];
    expect(worker?.received).toHaveLength(2);

    expect(worker?.crash('Uncaught RangeError: Array buffer allocation failed')).toBe(true);
    expect(await rejectionText(analysis)).toBe('the data worker stopped: Array buffer allocation failed');
    expect(await rejectionText(parsing)).toBe('the data worker stopped: Array buffer allocation failed');
    expect(worker?.isTerminated).toBe(true);
  });

  it('a crash without a message says the reason is unknown', async () => {
    const { client, workers } = setup();
    const analysis = client.analyse(IRIS);
    workers[0]?.crash('');
    expect(await rejectionText(analysis)).toBe('the data worker stopped: unknown error');
  });

  it('an unreadable message fails the waiting requests too', async () => {
    const { client, workers } = setup();
    const parsing = client.readCsv({ fileId: 0, file: csvFile(), fileName: 'own.csv' });
    workers[0]?.sendUnreadable();
    expect(await rejectionText(parsing)).toBe('a message from the data worker was unreadable');
    expect(workers[0]?.isTerminated).toBe(true);
  });

  it('the next request after a crash starts a fresh worker, which answers it', async () => {
    const { client, workers } = setup();
    const failed = client.analyse(IRIS);
    workers[0]?.crash('Uncaught Error: simulated crash');
    await rejectionText(failed);

    const parsing = client.readCsv({ fileId: 1, file: csvFile(), fileName: 'own.csv' });
    expect(workers).toHaveLength(2);
    const fresh = workers[1];
    const command = fresh?.received[0];
    expect(command?.type).toBe('readCsv');
    // The first worker's requests are gone: its answer would now reach nobody.
    expect(command?.requestId).toBe(2);
    const reading = { fileName: 'own.csv' } as unknown as Extract<DataEvent, { type: 'csvRead' }>['reading'];
    fresh?.answer({ type: 'csvRead', requestId: 2, reading });
    await expect(parsing).resolves.toBe(reading);
    expect(fresh?.isTerminated).toBe(false);
  });

  it('a failure the worker reports itself rejects only its own request and keeps the worker', async () => {
    const { client, workers } = setup();
    const analysis = client.analyse(IRIS);
    const parsing = client.readCsv({ fileId: 1, file: csvFile(), fileName: 'own.csv' });
    const worker = workers[0];
    worker?.answer({
      type: 'failed',
      requestId: 1,
      message: { key: 'dataset.error.refused', params: { name: 'Iris', answer: '404 Not Found' } },
    });
    expect(await rejectionText(analysis)).toBe('Could not load Iris: the server answered 404 Not Found.');
    expect(worker?.isTerminated).toBe(false);
    worker?.crash('Uncaught Error: later');
    expect(await rejectionText(parsing)).toBe('the data worker stopped: later');
  });
});
