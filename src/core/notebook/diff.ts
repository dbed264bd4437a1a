import { linkPairs } from './table';

/** One link key whose value is not the same in every run compared: the value of each, in their order ('' when absent). */
export interface SettingsDifference {
  readonly key: string;
  readonly values: readonly string[];
}

/** The link keys whose values differ between the runs' links, in the order the links write them; none for fewer than two. */
export function settingsDiff(links: readonly string[]): SettingsDifference[] {
  if (links.length < 2) return [];
  const maps = links.map(linkPairs);
  const keys = new Set(maps.flatMap((pairs) => [...pairs.keys()]));
  const differences: SettingsDifference[] = [];
  for (const key of keys) {
    const values = maps.map((pairs) => pairs.get(key) ?? '');
    if (new Set(values).size > 1) differences.push({ key, values });
  }
  return differences;
}
