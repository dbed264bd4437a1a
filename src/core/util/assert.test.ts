import { describe, expect, it } from 'vitest';
import { assertNever } from './assert';

describe('assertNever', () => {
  it('throws, naming what arrived and what kind of value it was', () => {
    const arrived = 'ellipse' as never;
    expect(() => assertNever(arrived, 'data set')).toThrow('Unexpected data set: ellipse');
    const event = { type: 'runExploded', runId: 'run-1' } as never;
    expect(() => assertNever(event, 'worker event')).toThrow(
      'Unexpected worker event: {"type":"runExploded","runId":"run-1"}',
    );
  });
});
