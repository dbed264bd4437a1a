/** Page-side preparation of commands to the workers: where the shipped files are, and own data to transfer. */

import type { WorkerCommand } from '../training/protocol';
import { DATASETS_FOLDER } from './datasetLoader';
import { copyCustomData, customDataBuffers } from './transfer';

/**
 * Absolute URL of the shipped files' folder, beside the page (so the build works under any
 * sub-path); undefined where there is no page (Node tests).
 */
export function datasetsFolderUrl(): string | undefined {
  const base = globalThis.document?.baseURI;
  return base ? new URL(DATASETS_FOLDER, base).href : undefined;
}

/**
 * A command ready to post: a load gets the shipped files' folder and a copy of any own data, whose
 * buffers are transferred (moved, not cloned) while the page keeps its original.
 */
export function prepareForPosting(command: WorkerCommand): {
  readonly message: WorkerCommand;
  readonly transfer: ArrayBuffer[];
} {
  if (command.type !== 'load' && command.type !== 'findLearningRate')
    return { message: command, transfer: [] };
  const customData = command.customData ? copyCustomData(command.customData) : undefined;
  const datasetsUrl = command.datasetsUrl ?? datasetsFolderUrl();
  if (!customData && datasetsUrl === command.datasetsUrl) return { message: command, transfer: [] };
  const message: WorkerCommand = {
    ...command,
    ...(datasetsUrl ? { datasetsUrl } : {}),
    ...(customData ? { customData } : {}),
  };
  return { message, transfer: customData ? customDataBuffers(customData) : [] };
}
