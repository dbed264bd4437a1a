/**
 * The split as CSV: one row per example, training rows first, with its split, its features as the
 * network sees them (after the app's preparation) and its class index or regression target. Built
 * row by row so that a set too large for a download is refused before its text exists whole.
 */

import type { LabeledData, SplitDataset } from '../../../core/datasets/types';
import { EXPORT_MAX_BYTES } from '../../../core/run/exportFormat';
import { MessageError } from '../messageError';
import { float32Text } from './weightsJson';

/** The header: split, x1 … xn, and label (classification) or target (regression). */
export function csvHeader(dataset: SplitDataset): string {
  const features = Array.from({ length: dataset.numFeatures }, (_, i) => `x${i + 1}`);
  return ['split', ...features, dataset.task === 'regression' ? 'target' : 'label'].join(',');
}

/** The text of a file would pass `maxBytes`: the words say how large it would be and the limit. */
export function tooLargeError(bytes: number, maxBytes: number): MessageError {
  const megabytes = (value: number) => Math.ceil(value / (1024 * 1024));
  return new MessageError({
    key: 'export.error.tooLarge',
    params: { size: megabytes(bytes), limit: megabytes(maxBytes) },
  });
}

/** The CSV's bytes (UTF-8, one "\n" per row); throws export.error.tooLarge beyond `maxBytes`. */
export function dataCsv(dataset: SplitDataset, maxBytes = EXPORT_MAX_BYTES): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode(`${csvHeader(dataset)}\n`)];
  let length = chunks[0]?.length ?? 0;
  const width = dataset.numFeatures;
  const addSplit = (name: string, part: LabeledData): void => {
    for (let row = 0; row < part.count; row++) {
      const cells = [name];
      for (let j = 0; j < width; j++) cells.push(float32Text(part.features[row * width + j] ?? 0));
      const target = part.targets?.[row];
      cells.push(
        dataset.task === 'regression' && target !== undefined
          ? float32Text(target)
          : String(part.labels[row]),
      );
      const bytes = encoder.encode(`${cells.join(',')}\n`);
      length += bytes.length;
      if (length > maxBytes) {
        // The rows left are about as long as those written: the size said is an estimate.
        const rowsDone = row + 1 + (name === 'test' ? dataset.train.count : 0);
        const total = dataset.train.count + dataset.test.count;
        throw tooLargeError((length / rowsDone) * total, maxBytes);
      }
      chunks.push(bytes);
    }
  };
  addSplit('train', dataset.train);
  addSplit('test', dataset.test);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
