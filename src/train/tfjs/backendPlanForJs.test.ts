/** The tfjs backend plan for a run the JavaScript engine was chosen for but cannot compute. */
import { describe, expect, it } from 'vitest';
import { inWords } from '../../../test/kits/reasonWords';
import { backendPlan } from './backend';

describe('engine choice', () => {
  it('says why a network the JavaScript engine cannot compute went to tfjs', () => {
    const plan = backendPlan(
      'js',
      { parameterCount: 60_000, hasConvolution: true },
      { kind: 'software', renderer: 'SwiftShader' },
    );
    expect(plan[0]?.backend).toBe('wasm');
    expect(inWords(plan[0])?.reason).toMatch(
      /js was chosen but computes dense, dropout and flatten layers only/,
    );
  });
});
