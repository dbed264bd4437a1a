/** Small synthetic image sets for tests of convolutional networks, before (and besides) the shipped ones. */
import type { LabeledData, SplitDataset } from '../core/datasets/types';
import { createRng } from '../core/rng';

/**
 * Bars on a noisy `size`×`size` canvas: class 0 a horizontal bar, class 1 a vertical bar, class 2 a
 * diagonal, each at a random position, pixels in 0..1. Convolutions find them wherever they are.
 */
export function barImages(count: number, seed: number, size = 8, numClasses = 3): LabeledData {
  const rng = createRng(seed);
  const features = new Float32Array(count * size * size);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % numClasses;
    labels[i] = label;
    const offset = i * size * size;
    for (let pixel = 0; pixel < size * size; pixel++) features[offset + pixel] = 0.2 * rng.next();
    const position = rng.nextInt(size);
    for (let step = 0; step < size; step++) {
      const [row, column] = label === 0 ? [position, step] : label === 1 ? [step, position] : [step, step];
      features[offset + row * size + column] = 0.8 + 0.2 * rng.next();
    }
  }
  return { features, labels, count };
}

/** A split bar-image set with [size, size, 1] examples. */
export function barImageSplit(trainCount: number, testCount: number, size = 8, numClasses = 3): SplitDataset {
  return {
    train: barImages(trainCount, 1, size, numClasses),
    test: barImages(testCount, 2, size, numClasses),
    numFeatures: size * size,
    numClasses,
    exampleShape: [size, size, 1],
    task: 'classification',
  };
}
