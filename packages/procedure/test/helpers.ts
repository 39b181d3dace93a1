/** A deterministic random source replaying the given values in order (and failing loudly when exhausted). */
export function sequence(...values: number[]): () => number {
  let i = 0;
  return () => {
    if (i >= values.length) throw new Error('random source exhausted');
    return values[i++]!;
  };
}

/** mulberry32: a small seeded PRNG for property tests. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const never = (): number => {
  throw new Error('no lot expected');
};
