/**
 * The training worker's tfjs chunk, loaded by one dynamic import the first time a run needs tfjs
 * (training.worker.ts). backendSetup comes first, so that the wasm backend is pointed at the app's
 * own .wasm files before any backend starts; Node tests use tfjsEngine.ts directly, since Node
 * cannot resolve backendSetup's `?url` imports.
 */
import './backendSetup';

export { createTfjsEngine } from './engine';
