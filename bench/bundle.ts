/**
 * Bundle sizes of a production build (main entry chunk, training worker chunk, wasm binaries;
 * raw and gzip) and the check that a normal build carries none of the bench build's hooks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file's size, raw and gzip-compressed, in bytes. */
export interface FileSize {
  readonly name: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** The sizes the performance issue budgets. */
export interface BundleSizes {
  readonly main: FileSize;
  readonly worker: FileSize;
  /** The chunk holding tfjs, which the training worker imports only when a run needs it; null if the build has none. */
  readonly workerTfjs: FileSize | null;
  readonly wasm: readonly FileSize[];
}

/** Strings only the bench build may contain: the store exposure and the probe. */
const BENCH_ONLY_MARKERS = ['__playgroundStore', '__benchProbe', '__runBaseline'];

const sizeOf = (directory: string, name: string): FileSize => {
  const bytes = readFileSync(join(directory, name));
  return { name, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
};

/** Sizes of the build in `distDir`: the entry script of index.html, the training worker, the wasm files. */
export function bundleSizes(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${distDir}/index.html names no module entry script`);
  const assetsDir = join(distDir, 'assets');
  const assets = readdirSync(assetsDir);
  const worker = assets.find((name) => /^training\.worker.*\.js$/.test(name));
  if (!worker) throw new Error(`${assetsDir} has no training.worker chunk`);
  const workerTfjs = assets.find((name) => /^tfjsWorkerEntry-.*\.js$/.test(name));
  return {
    main: sizeOf(assetsDir, entry),
    worker: sizeOf(assetsDir, worker),
    workerTfjs: workerTfjs ? sizeOf(assetsDir, workerTfjs) : null,
    wasm: assets.filter((name) => name.endsWith('.wasm')).map((name) => sizeOf(assetsDir, name)),
  };
}

/** Throws when a normal build's scripts contain a bench-only hook (the store must not leak to users). */
export function assertNoBenchHooks(distDir: string): void {
  const assetsDir = join(distDir, 'assets');
  for (const name of readdirSync(assetsDir).filter((file) => file.endsWith('.js'))) {
    const source = readFileSync(join(assetsDir, name), 'utf8');
    const found = BENCH_ONLY_MARKERS.find((marker) => source.includes(marker));
    if (found)
      throw new Error(`The normal build's ${name} contains ${found}: bench hooks must stay in bench mode`);
  }
}
