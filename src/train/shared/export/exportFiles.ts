/** The files of each export format, made from a trained state; a file over the size limit is refused in words. */
import {
  EXPORT_FILE_NAMES,
  EXPORT_MAX_BYTES,
  type ExportFile,
  type ExportFormat,
} from '../../../core/run/exportFormat';
import { assertNever } from '../../../core/util/assert';
import { dataCsv, tooLargeError } from './dataCsv';
import { layersModelFiles } from './layersModel';
import { pytorchScript } from './pytorchScript';
import type { TrainedState } from './trainedState';
import { weightsJson } from './weightsJson';

/** A file from its bytes (copied into a buffer of their own, so that it can be transferred). */
function file(name: string, mimeType: string, bytes: Uint8Array, maxBytes: number): ExportFile {
  if (bytes.length > maxBytes) throw tooLargeError(bytes.length, maxBytes);
  return { name, mimeType, bytes: bytes.slice().buffer };
}

/** Bytes a float32 takes as JSON text at most ("-1.23456789e-10,"): checked before the text is made. */
const JSON_BYTES_PER_VALUE = 16;

/** The files of `format`; throws export.error.tooLarge for one larger than `maxBytes`. */
export function exportFiles(
  format: ExportFormat,
  state: TrainedState,
  maxBytes = EXPORT_MAX_BYTES,
): ExportFile[] {
  const encoder = new TextEncoder();
  const values = state.layout.parameterCount + state.layout.nonTrainableCount;
  switch (format) {
    case 'model': {
      if (values * 4 > maxBytes) throw tooLargeError(values * 4, maxBytes);
      const files = layersModelFiles(state);
      return [
        file(EXPORT_FILE_NAMES.modelJson, 'application/json', encoder.encode(files.modelJson), maxBytes),
        file(EXPORT_FILE_NAMES.modelWeights, 'application/octet-stream', files.weights, maxBytes),
      ];
    }
    case 'weights': {
      if (values * JSON_BYTES_PER_VALUE > maxBytes)
        throw tooLargeError(values * JSON_BYTES_PER_VALUE, maxBytes);
      const text = JSON.stringify(weightsJson(state));
      return [file(EXPORT_FILE_NAMES.weightsJson, 'application/json', encoder.encode(text), maxBytes)];
    }
    case 'data':
      return [file(EXPORT_FILE_NAMES.dataCsv, 'text/csv', dataCsv(state.dataset, maxBytes), maxBytes)];
    case 'pytorch':
      return [
        file(
          EXPORT_FILE_NAMES.pytorchScript,
          'text/x-python',
          encoder.encode(pytorchScript(state)),
          maxBytes,
        ),
      ];
    default:
      return assertNever(format);
  }
}
