/**
 * The training worker's entry chunk holds no tfjs: a JavaScript-engine run answers without waiting
 * for 1 MB of tfjs to be fetched and compiled. Checked on the source's static import graph (what a
 * bundler puts in the entry chunk, scripts/importGraph.ts): cheap, and it names the import that
 * broke the rule. e2e/bundle.spec.ts checks the built chunks themselves.
 */
import { describe, expect, it } from 'vitest';
import { chainTo, type StaticGraph, staticGraph } from '../../../scripts/importGraph';

const WORKER_ENTRY = 'src/worker/training/training.worker.ts';
const TFJS_CHUNK_ENTRY = 'src/train/tfjs/tfjsWorkerEntry.ts';

const tfjsImports = (graph: StaticGraph): string[] =>
  graph.packages
    .filter(({ specifier }) => specifier.startsWith('@tensorflow/'))
    .map(({ specifier, file }) => `${specifier} in ${chainTo(graph, file)}`);

describe('the training worker entry', () => {
  const entryGraph = staticGraph(WORKER_ENTRY);

  it('reaches the scheduler, the JavaScript engine and the data set loader statically', () => {
    for (const file of [
      'src/train/schedule/scheduler.ts',
      'src/train/schedule/engineChoice.ts',
      'src/train/js/run.ts',
      'src/worker/data/datasetLoader.ts',
    ]) {
      expect(entryGraph.importedBy.has(file), file).toBe(true);
    }
  });

  it("imports nothing of '@tensorflow/*' statically", () => {
    expect(tfjsImports(entryGraph)).toEqual([]);
  });

  it('reaches tfjs through exactly one dynamic import, of the tfjs chunk, which does hold tfjs', () => {
    expect(entryGraph.dynamicImports).toEqual([{ target: TFJS_CHUNK_ENTRY, file: WORKER_ENTRY }]);
    const chunkImports = tfjsImports(staticGraph(TFJS_CHUNK_ENTRY));
    expect(chunkImports.some((line) => line.startsWith('@tensorflow/tfjs in'))).toBe(true);
    expect(chunkImports.some((line) => line.startsWith('@tensorflow/tfjs-backend-wasm in'))).toBe(true);
  });

  it('leaves the WebGPU backend out of the tfjs chunk: a chunk of its own, loaded only when tried', () => {
    const chunkGraph = staticGraph(TFJS_CHUNK_ENTRY);
    expect(tfjsImports(chunkGraph).filter((line) => line.includes('webgpu'))).toEqual([]);
    expect(chunkGraph.dynamicImports).toContainEqual({
      target: '@tensorflow/tfjs-backend-webgpu',
      file: 'src/train/tfjs/backend.ts',
    });
  });
});
