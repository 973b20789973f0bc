/**
 * A small seeded pseudo-random generator for reproducible mock loops (no Math.random in core).
 * mulberry32: 32-bit state, fast, good enough for shuffling interview questions.
 * Pure.
 */

export type Rng = () => number;

/** Hashes a string or number seed to a 32-bit unsigned integer (FNV-1a over the text form). */
export function hashSeed(seed: string | number): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of floats in [0, 1) from a 32-bit seed. The same seed always gives the same sequence. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator derived from a seed and a label, so independent choices do not share one stream. */
export function rngFor(seed: string | number, label: string): Rng {
  return mulberry32(hashSeed(`${String(seed)}|${label}`));
}

/** A uniformly chosen index in [0, n), or -1 when n is 0. */
export function pickIndex(rng: Rng, n: number): number {
  return n <= 0 ? -1 : Math.min(n - 1, Math.floor(rng() * n));
}
