/**
 * Derivation of independent random streams (weights per layer, batch order per epoch, dropout per
 * step, the training rows a large set's train metrics are computed on) from one seed.
 */

/** Which use a derived seed serves; each gets its own stream so changing one never shifts another. */
export const SEED_STREAM = { weights: 1, shuffle: 2, dropout: 3, evaluationSample: 4 } as const;

/** A seed stream kind. */
export type SeedStream = (typeof SEED_STREAM)[keyof typeof SEED_STREAM];

/**
 * A 32-bit seed for item `index` of `stream` under `seed`, through a murmur3-style finaliser so
 * that neighbouring seeds and indices give unrelated streams (Mulberry32 alone would correlate them).
 */
export function deriveSeed(seed: number, stream: SeedStream, index: number): number {
  let hash = (seed >>> 0) ^ Math.imul(stream, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= Math.imul(index >>> 0, 0xc2b2ae35);
  hash = Math.imul(hash ^ (hash >>> 13), 0x27d4eb2f);
  return (hash ^ (hash >>> 16)) >>> 0;
}
