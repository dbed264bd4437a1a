/**
 * Reading V8 CPU profiles (the Chrome DevTools Protocol's Profiler.Profile): self time per
 * function, and per source module of an unminified Vite chunk, whose `// <path>` comments say
 * which module each line came from.
 */

/** The parts of a Profiler.Profile this module reads. */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
    };
    readonly children?: readonly number[];
  }>;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** A name and the self time spent in it, in milliseconds and as a share of the profile. */
export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

/** Line (0-based) at which each region of a chunk starts, and the module it came from. */
export type RegionMap = ReadonlyArray<{ readonly line: number; readonly module: string }>;

/** The module markers of an unminified chunk, in line order. */
export function regionMap(source: string): RegionMap {
  const regions: Array<{ line: number; module: string }> = [];
  source.split('\n').forEach((text, line) => {
    // Rolldown starts each module of an unminified chunk with a line comment holding its path, at column 0.
    const match = /^\/\/(?:#region)? (\S+\.[cm]?[jt]sx?)$/.exec(text);
    if (match?.[1]) regions.push({ line, module: match[1] });
  });
  return regions;
}

/** The module of a chunk line: the last region starting at or before it. */
function moduleAt(regions: RegionMap, line: number): string {
  let module = '(chunk prelude)';
  for (const region of regions) {
    if (region.line > line) break;
    module = region.module;
  }
  return module;
}

/** How finely self time is grouped: by source file, or by npm package (the app's own files by folder). */
export type ModuleGranularity = 'file' | 'package';

/** A short name of a module path: "@tensorflow/tfjs-core engine.js", "src/train/tfjs/run.ts", or their package/folder. */
function shortModule(module: string, granularity: ModuleGranularity): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:.*\/)?([^/]+)$/.exec(module);
  if (inPackage) return granularity === 'package' ? `${inPackage[1]}` : `${inPackage[1]} ${inPackage[2]}`;
  const own = /(?:^|\/)(src\/.+)$/.exec(module)?.[1] ?? module;
  return granularity === 'package' ? own.split('/').slice(0, 2).join('/') : own;
}

/**
 * Self time per key, largest first. `keyOf` names a sample's function (or its module); V8's
 * own pseudo-frames ((idle), (program), (garbage collector)) keep their names.
 */
function selfTimes(profile: CpuProfile, keyOf: (node: CpuProfile['nodes'][number]) => string): SelfTime[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let allMs = 0;
  samples.forEach((id, i) => {
    const node = nodes.get(id);
    const ms = (deltas[i] ?? 0) / 1000;
    if (!node) return;
    const key = node.callFrame.functionName.startsWith('(') ? node.callFrame.functionName : keyOf(node);
    totals.set(key, (totals.get(key) ?? 0) + ms);
    allMs += ms;
  });
  return [...totals.entries()]
    .map(([name, ms]) => ({ name, ms, share: allMs > 0 ? ms / allMs : 0 }))
    .sort((a, b) => b.ms - a.ms);
}

/** Self time per function ("name file:line"). */
export function selfTimeByFunction(profile: CpuProfile): SelfTime[] {
  return selfTimes(profile, ({ callFrame }) => {
    const file = callFrame.url.split('/').pop() || '(native)';
    return `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}`;
  });
}

/** Self time per source module (or package), for frames in chunks whose modules are known (by chunk file name). */
export function selfTimeByModule(
  profile: CpuProfile,
  regionsByChunk: ReadonlyMap<string, RegionMap>,
  granularity: ModuleGranularity,
): SelfTime[] {
  return selfTimes(profile, ({ callFrame }) => {
    const file = callFrame.url.split('/').pop() ?? '';
    const regions = regionsByChunk.get(file);
    if (!regions) return file || '(native)';
    return shortModule(moduleAt(regions, callFrame.lineNumber), granularity);
  });
}

/**
 * Inclusive time of the app's own functions (modules under src/): each sample counts once for
 * every distinct own function on its stack, so "step" includes the tfjs work it calls.
 */
export function inclusiveTimeOfOwnCode(
  profile: CpuProfile,
  regionsByChunk: ReadonlyMap<string, RegionMap>,
): SelfTime[] {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const ownName = new Map<number, string | null>();
  for (const node of profile.nodes) {
    const file = node.callFrame.url.split('/').pop() ?? '';
    const regions = regionsByChunk.get(file);
    const module = regions ? shortModule(moduleAt(regions, node.callFrame.lineNumber), 'file') : '';
    ownName.set(
      node.id,
      module.startsWith('src/') ? `${node.callFrame.functionName || '(anonymous)'} (${module})` : null,
    );
  }
  const totals = new Map<string, number>();
  let allMs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    allMs += ms;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
      const name = ownName.get(node);
      if (name && !seen.has(name)) {
        seen.add(name);
        totals.set(name, (totals.get(name) ?? 0) + ms);
      }
    }
  });
  return [...totals.entries()]
    .map(([name, ms]) => ({ name, ms, share: allMs > 0 ? ms / allMs : 0 }))
    .sort((a, b) => b.ms - a.ms);
}
