/** The files of each format from a small trained state, and the size limit that refuses a file in words. */
import { describe, expect, it } from 'vitest';
import { buildSplitDataset } from '../../../core/datasets/generate';
import { DEFAULT_EXPERIMENT } from '../../../core/experiment/defaults';
import { MessageError } from '../messageError';
import { initialParameters, networkLayout } from '../networkLayout';
import { exportFiles } from './exportFiles';
import type { TrainedState } from './trainedState';

const dataset = buildSplitDataset({ ...DEFAULT_EXPERIMENT.dataset, numPoints: 40 });
const layout = networkLayout(DEFAULT_EXPERIMENT, dataset);
const STATE: TrainedState = {
  experiment: DEFAULT_EXPERIMENT,
  layout,
  dataset,
  epoch: 7,
  params: initialParameters(layout, 1),
  movingStatistics: new Map(),
};
const text = (bytes: ArrayBuffer | undefined) => new TextDecoder().decode(bytes);

describe('exportFiles', () => {
  it('writes each weight so that it reads back as the same float32', () => {
    const [file] = exportFiles('weights', STATE);
    const document = JSON.parse(text(file?.bytes));
    const values = document.layers.flatMap(
      (layer: { kernel: { values: number[] }; bias: { values: number[] } }) => [
        ...layer.kernel.values,
        ...layer.bias.values,
      ],
    );
    expect(Float32Array.from(values)).toEqual(STATE.params);
  });

  it('writes the split as CSV: training rows first, features exactly, labels as class indices', () => {
    const [file] = exportFiles('data', STATE);
    const rows = text(file?.bytes).trim().split('\n');
    expect(rows[0]).toBe('split,x1,x2,label');
    expect(rows).toHaveLength(1 + dataset.train.count + dataset.test.count);
    const firstTest = rows[1 + dataset.train.count]?.split(',') ?? [];
    expect(firstTest[0]).toBe('test');
    expect(Math.fround(Number(firstTest[1]))).toBe(dataset.test.features[0]);
    expect(Number(firstTest[3])).toBe(dataset.test.labels[0]);
  });

  it('refuses, in words, a file larger than the limit', () => {
    for (const format of ['model', 'weights', 'data', 'pytorch'] as const) {
      const large = () => exportFiles(format, STATE, 500);
      expect(large).toThrow(MessageError);
      try {
        large();
      } catch (error) {
        expect((error as MessageError).ref).toMatchObject({
          key: 'export.error.tooLarge',
          params: { limit: 1 },
        });
      }
    }
    expect(exportFiles('pytorch', STATE, 1_000_000)).toHaveLength(1);
  });
});
