/**
 * A repository's static import graph, as a bundler fills one chunk: which modules an entry reaches
 * through static imports, which packages they import and which dynamic imports they make. The
 * training worker's test uses it to keep tfjs out of the worker's entry chunk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Static imports and re-exports, side-effect imports included. `import type` and `export type`
 * are erased; `import { type X }` is not: under verbatimModuleSyntax it stays as `import {}`,
 * which still loads the module.
 */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module's text without comments, so that an import in a doc comment counts for nothing. */
const withoutComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** What one module imports: statically (value imports only) and through import(). */
export function importsOf(source: string): {
  readonly staticSpecifiers: string[];
  readonly dynamicSpecifiers: string[];
} {
  const code = withoutComments(source);
  const staticSpecifiers = [...code.matchAll(STATIC_IMPORT)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2] as string);
  const dynamicSpecifiers = [...code.matchAll(DYNAMIC_IMPORT)].map((match) => match[1] as string);
  return { staticSpecifiers, dynamicSpecifiers };
}

/** The repository file a relative specifier names (query such as `?url` dropped), as a repo-relative path. */
function resolveRelative(fromFile: string, specifier: string): string {
  const base = resolve(REPO_ROOT, dirname(fromFile), specifier.replace(/\?.*$/, ''));
  const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
  );
  if (!file) throw new Error(`${fromFile}: cannot resolve '${specifier}'`);
  return relative(REPO_ROOT, file);
}

/** A module graph walked along static imports only, as a bundler fills one chunk. */
export interface StaticGraph {
  /** Each module reached, with the module that first imported it (null for the entry). */
  readonly importedBy: ReadonlyMap<string, string | null>;
  /** Package imports, each with the module that makes it. */
  readonly packages: ReadonlyArray<{ readonly specifier: string; readonly file: string }>;
  /** Dynamic imports met, resolved (a package's as written), each with the module that makes it. */
  readonly dynamicImports: ReadonlyArray<{ readonly target: string; readonly file: string }>;
}

export function staticGraph(entry: string): StaticGraph {
  const importedBy = new Map<string, string | null>([[entry, null]]);
  const packages: Array<{ specifier: string; file: string }> = [];
  const dynamicImports: Array<{ target: string; file: string }> = [];
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const { staticSpecifiers, dynamicSpecifiers } = importsOf(readFileSync(resolve(REPO_ROOT, file), 'utf8'));
    for (const specifier of staticSpecifiers) {
      if (!specifier.startsWith('.')) {
        packages.push({ specifier, file });
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (importedBy.has(target)) continue;
      importedBy.set(target, file);
      pending.push(target);
    }
    // A package imported dynamically is named as it is written: it is a chunk of its own too.
    for (const specifier of dynamicSpecifiers)
      dynamicImports.push({
        target: specifier.startsWith('.') ? resolveRelative(file, specifier) : specifier,
        file,
      });
  }
  return { importedBy, packages, dynamicImports };
}

/** "a.ts <- b.ts <- entry": how a module came into the graph, for a failure message. */
export function chainTo(graph: StaticGraph, file: string): string {
  const chain = [file];
  for (let parent = graph.importedBy.get(file); parent; parent = graph.importedBy.get(parent))
    chain.push(parent);
  return chain.join(' <- ');
}
