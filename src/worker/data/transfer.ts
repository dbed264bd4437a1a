/** The buffers of large messages, listed for postMessage's transfer so that they move instead of being copied. */
import type { DatasetAnalysis } from '../../core/datasets/analysis';
import type { CustomDataset } from '../../core/datasets/custom';

/** The distinct buffers of typed arrays (a buffer listed twice would make postMessage throw). */
function buffersOf(arrays: readonly (ArrayBufferView | undefined)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

/** Buffers of own data: features, labels and any targets. */
export function customDataBuffers(data: CustomDataset): ArrayBuffer[] {
  return buffersOf([data.features, data.labels, data.targets]);
}

/** Own data with copies of its arrays, so that the copies can be transferred and the original kept. */
export function copyCustomData(data: CustomDataset): CustomDataset {
  const copy = { ...data, features: data.features.slice(), labels: data.labels.slice() };
  return data.targets ? { ...copy, targets: data.targets.slice() } : copy;
}

/** Buffers of an analysis: its preview and the class-distance matrix. */
export function analysisBuffers(analysis: DatasetAnalysis): ArrayBuffer[] {
  const { preview, statistics } = analysis;
  const previewArrays =
    preview.kind === 'images'
      ? [preview.pixels]
      : [
          preview.train.points,
          preview.train.labels,
          preview.train.targets,
          preview.test.points,
          preview.test.labels,
          preview.test.targets,
        ];
  return buffersOf([...previewArrays, statistics.centroidDistances]);
}
