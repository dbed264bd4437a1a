/** A store wired to a recording worker connection, for the store's tests. */

import { createPlaygroundStore } from '../../src/store/createPlaygroundStore';
import type { WorkerCommand, WorkerEvent } from '../../src/worker/training/protocol';

/** A store whose commands are recorded in `sent` and whose worker events a test sends with `emit`, loaded at epoch 0. */
export function setupStore() {
  const sent: WorkerCommand[] = [];
  let emit: (event: WorkerEvent) => void = () => {};
  const store = createPlaygroundStore((onEvent) => {
    emit = onEvent;
    return { send: (command) => sent.push(command) };
  });
  store.getState().reset();
  return { store, sent, emit: (event: WorkerEvent) => emit(event) };
}

/** Metric columns for the given epochs: losses 1/(e+1) and 1.1/(e+1), accuracies 0.5 and 0.875, 10 ms per epoch. */
export const metricsFor = (epochs: number[]) => ({
  epoch: Float64Array.from(epochs),
  trainLoss: Float64Array.from(epochs, (e) => 1 / (e + 1)),
  trainAccuracy: Float64Array.from(epochs, () => 0.5),
  testLoss: Float64Array.from(epochs, (e) => 1.1 / (e + 1)),
  testAccuracy: Float64Array.from(epochs, () => 0.875),
  elapsedMs: Float64Array.from(epochs, (e) => e * 10),
});
