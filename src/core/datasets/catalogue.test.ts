import { describe, expect, it } from 'vitest';
import { SHIPPED_DATASET_IDS, SHIPPED_DATASETS } from './catalogue';

describe('shipped data set catalogue', () => {
  it('lists tabular sets, then image sets', () => {
    expect(SHIPPED_DATASET_IDS).toEqual(['iris', 'wine', 'breastCancer', 'digits', 'mnist', 'fashionMnist']);
  });

  it.each(SHIPPED_DATASET_IDS)('%s is consistent with itself', (id) => {
    const spec = SHIPPED_DATASETS[id];
    expect(spec.id).toBe(id);
    expect(spec.classNames).toHaveLength(spec.numClasses);
    expect(new Set(spec.classNames).size).toBe(spec.numClasses);
    expect(spec.fileName).toMatch(/^[a-z-]+\.bin\.gz$/);
    expect(spec.licence).toMatch(/CC BY 4\.0|MIT/);
    expect(spec.description.length).toBeGreaterThan(10);
    if (spec.split) expect(spec.split.train + spec.split.test).toBe(spec.count);
    if (spec.family === 'tabular') {
      expect(spec.shape).toEqual([spec.featureNames.length]);
    } else {
      expect(spec.featureNames).toEqual([]);
      expect(spec.shape).toHaveLength(3);
      expect(spec.shape[2]).toBe(1);
    }
  });

  it('names Fashion-MNIST classes in label order', () => {
    expect(SHIPPED_DATASETS.fashionMnist.classNames[0]).toBe('T-shirt/top');
    expect(SHIPPED_DATASETS.fashionMnist.classNames[6]).toBe('Shirt');
    expect(SHIPPED_DATASETS.fashionMnist.classNames[9]).toBe('Ankle boot');
    expect(SHIPPED_DATASETS.breastCancer.featureNames[0]).toBe('mean radius');
    expect(SHIPPED_DATASETS.breastCancer.featureNames[10]).toBe('radius error');
    expect(SHIPPED_DATASETS.breastCancer.featureNames[29]).toBe('worst fractal dimension');
  });
});
