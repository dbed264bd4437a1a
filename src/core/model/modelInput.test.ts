import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { modelInputWithOwnData } from './modelInput';

describe('modelInputWithOwnData', () => {
  const ownData = { exampleShape: [5] };

  it("takes own data's shape only when the config is own data, and is unknown until it is loaded", () => {
    const custom = { ...DEFAULT_EXPERIMENT.dataset, id: 'custom' as const, numClasses: 3 };
    expect(modelInputWithOwnData(custom, ownData)).toEqual({
      exampleShape: [5],
      task: 'classification',
      numClasses: 3,
    });
    expect(modelInputWithOwnData(custom, null)).toBeNull();
  });

  it('ignores own data for a data set whose shape is known from its config', () => {
    const plane = DEFAULT_EXPERIMENT.dataset;
    expect(modelInputWithOwnData(plane, ownData)?.exampleShape).toEqual([2]);
  });
});
