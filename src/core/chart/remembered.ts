/**
 * The entry of `key` in `map`, created when missing; the map forgets its least recently used
 * entries beyond `capacity`. Each stage of a chart's series keeps its cached columns this way.
 */
export function remembered<Value>(
  map: Map<string, Value>,
  key: string,
  capacity: number,
  create: () => Value,
): Value {
  const found = map.get(key);
  if (found) {
    // Re-inserted to count as the most recently used.
    map.delete(key);
    map.set(key, found);
    return found;
  }
  const created = create();
  map.set(key, created);
  for (const oldest of map.keys()) {
    if (map.size <= capacity) break;
    map.delete(oldest);
  }
  return created;
}
