import { describe, expect, it } from 'vitest';
import type { LayerConfig } from '../experiment/experiment';
import { MODEL_LIMITS } from '../registries/training';
import { addLayer, moveLayer, patchLayer, removeLayer, withRegularization } from './layerEdits';

const dense: LayerConfig = { kind: 'dense', units: 8, activation: 'tanh', initializer: 'he' };
const conv: LayerConfig = {
  kind: 'conv2d',
  filters: 4,
  kernelSize: 3,
  stride: 1,
  padding: 'same',
  activation: 'relu',
};
const pool: LayerConfig = { kind: 'maxPool2d', poolSize: 2 };

describe('layer edits', () => {
  it('patches only the fields a kind has', () => {
    expect(patchLayer(dense, { units: 4, filters: 9, rate: 0.5 })).toEqual({ ...dense, units: 4 });
    expect(patchLayer(conv, { padding: 'valid', units: 3, initializer: 'lecun' })).toEqual({
      ...conv,
      padding: 'valid',
      initializer: 'lecun',
    });
    expect(patchLayer(pool, { poolSize: 3, activation: 'relu' })).toEqual({ kind: 'maxPool2d', poolSize: 3 });
    expect(patchLayer({ kind: 'flatten' }, { units: 3 })).toEqual({ kind: 'flatten' });
  });

  it('sets and removes a layer’s own regularization, leaving no empty key behind', () => {
    const own = withRegularization(dense, { l1: 0.01, l2: 0 });
    expect(own).toEqual({ ...dense, regularization: { l1: 0.01, l2: 0 } });
    const removed = withRegularization(own, null);
    expect(removed).toEqual(dense);
    expect('regularization' in removed).toBe(false);
    expect(withRegularization(pool, { l1: 1, l2: 1 })).toBe(pool);
  });

  it('adds a copy of the last dense layer, or a fresh layer of another kind, up to the limit', () => {
    expect(addLayer([dense, pool], 'dense')).toEqual([dense, pool, dense]);
    expect(addLayer([], 'dense')).toEqual([{ kind: 'dense', units: 16, activation: 'relu' }]);
    expect(addLayer([dense], 'conv2d').at(-1)).toEqual({
      kind: 'conv2d',
      filters: 8,
      kernelSize: 3,
      stride: 1,
      padding: 'same',
      activation: 'relu',
    });
    const full = Array<LayerConfig>(MODEL_LIMITS.maxHiddenLayers).fill(pool);
    expect(addLayer(full, 'flatten')).toBe(full);
  });

  it('moves a layer up or down, and not past either end', () => {
    const stack = [dense, conv, pool];
    expect(moveLayer(stack, 2, -1)).toEqual([dense, pool, conv]);
    expect(moveLayer(stack, 0, 1)).toEqual([conv, dense, pool]);
    expect(moveLayer(stack, 0, -1)).toBe(stack);
    expect(moveLayer(stack, 2, 1)).toBe(stack);
    expect(removeLayer(stack, 1)).toEqual([dense, pool]);
  });
});
