import { describe, expect, it } from 'vitest';
import {
  BASE_PARAMS,
  expectMatches,
  OPTIMIZER_IDS,
  RULE_CASES,
  SCHEDULES,
} from '../../../test/oracles/optimizerCases';
import { runBoth } from '../../../test/oracles/optimizerReferences';
import { createOptimizer } from './optimizers';

// The same tables as the tfjs engine's (tfjs/optimizers.test.ts), run on the engine that trains the default.
describe('the plain-JavaScript optimizers match float64 references of Keras 3 update rules', () => {
  it.each(RULE_CASES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    expectMatches('js', rule.id, rule.params, rule.relative);
  });

  it('fills missing hyper-parameters with the registry defaults', () => {
    const history = runBoth('adam', { learningRate: 0.1 }, 3, {}, {}, 'js');
    const full = runBoth(
      'adam',
      { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
      3,
      {},
      {},
      'js',
    );
    expect(history.at(-1)?.actual).toEqual(full.at(-1)?.actual);
  });
});

describe('the plain-JavaScript optimizers under live changes, schedules and clipping', () => {
  it.each(OPTIMIZER_IDS)('%s keeps its slot state across a learning-rate change', (id) => {
    const changes = { 5: { learningRate: (BASE_PARAMS[id].learningRate as number) * 0.3 } };
    expectMatches('js', id, BASE_PARAMS[id], 1e-4, { changes });
  });

  it.each(OPTIMIZER_IDS)('%s keeps its slot state across a change of its other settings', (id) => {
    const other = id === 'sgd' ? { momentum: 0.5 } : id === 'adadelta' ? { rho: 0.8 } : { epsilon: 1e-3 };
    expectMatches('js', id, BASE_PARAMS[id], 1e-4, { changes: { 4: other } });
  });

  it.each(SCHEDULES.map((schedule) => [schedule.id, schedule] as const))(
    '%s schedule with every optimizer, at the rate the optimizer reports',
    (_id, schedule) => {
      for (const id of OPTIMIZER_IDS) {
        expectMatches('js', id, BASE_PARAMS[id], 1e-4, { steps: 16, extras: { schedule, stepsPerEpoch: 3 } });
      }
    },
  );

  it('clips the gradient of all weights together, with every optimizer', () => {
    for (const id of OPTIMIZER_IDS) {
      expectMatches('js', id, BASE_PARAMS[id], 1e-4, { steps: 10, extras: { clipNorm: 0.5 } });
    }
  });

  it('switching momentum off and on again restarts the velocity from zero', () => {
    const optimizer = createOptimizer({ id: 'sgd', params: { learningRate: 1, momentum: 0.9 } }, 1, 1);
    const w = new Float32Array([0]);
    const g = new Float64Array([1]);
    optimizer.applyGradients(w, g); // v = −1, w = −1
    optimizer.setParams({ momentum: 0 });
    optimizer.setParams({ momentum: 0.5 });
    optimizer.applyGradients(w, g); // v = 0.5·0 − 1 = −1, w = −2
    expect(w[0]).toBe(-2);
  });
});
